import type { ChannelModel, ConfirmChannel } from 'amqplib';
import type { BusLogger } from './bus-logger.js';
import { withTimeout } from './amqp-publish.js';
import { errorText } from './subscription-rules.js';

/** A live connection and its publishing channel (confirm mode). */
export interface AmqpLink {
  readonly connection: ChannelModel;
  readonly publisher: ConfirmChannel;
}

interface AmqpConnectionOptions {
  readonly url: string;
  readonly connect: (url: string) => Promise<ChannelModel>;
  readonly reconnectDelayMs: number;
  readonly maxReconnectDelayMs: number;
  readonly logger: BusLogger;
  /** Declares the topology (and starts consumers) on a fresh link before anyone may use it. */
  readonly setup: (link: AmqpLink) => Promise<void>;
}

const noop = () => undefined;

/**
 * The bus's connection to the broker. The first use connects; a lost connection is redialled in the
 * background with exponential backoff, and while that goes on `ensure()` rejects rather than wait, so
 * a publisher (the outbox relay) fails fast and tries again later.
 */
export class AmqpConnection {
  private link: AmqpLink | null = null;
  private state: 'idle' | 'connected' | 'reconnecting' | 'closed' = 'idle';
  private blocked = false;
  private dialling: Promise<AmqpLink> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: AmqpConnectionOptions) {}

  /** The link when connected, else null. */
  get current(): AmqpLink | null {
    return this.state === 'connected' ? this.link : null;
  }

  get usable(): boolean {
    return this.current !== null && !this.blocked;
  }

  async ensure(): Promise<AmqpLink> {
    if (this.state === 'closed') throw new Error('event bus is closed');
    if (this.state === 'reconnecting') throw new Error('event bus is disconnected from the broker and reconnecting');
    return this.current ?? this.dial();
  }

  /** Waits for a connection attempt in progress, whatever its outcome. */
  async settled(): Promise<void> {
    await this.dialling?.catch(noop);
  }

  /** Stops redialling, lets `drain` finish on the live link (handlers ack there), then closes it. */
  async close(drain: () => Promise<void>): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    if (this.timer !== null) clearTimeout(this.timer);
    await this.settled();
    await drain();
    const link = this.link;
    this.link = null;
    // A half-dead socket may never answer Connection.Close; do not let shutdown hang on it.
    if (link) await withTimeout(link.connection.close(), 5000, 'broker did not confirm the close').catch(noop);
  }

  private dial(): Promise<AmqpLink> {
    this.dialling ??= this.open().finally(() => (this.dialling = null));
    return this.dialling;
  }

  private async open(): Promise<AmqpLink> {
    const connection = await this.options.connect(this.options.url);
    connection.on('error', (error: unknown) => this.options.logger('warn', 'broker connection error', { error: errorText(error) }));
    try {
      const publisher = await connection.createConfirmChannel();
      publisher.on('error', (error: unknown) => this.options.logger('warn', 'publishing channel error', { error: errorText(error) }));
      const link = { connection, publisher };
      await this.options.setup(link);
      if (this.state === 'closed') throw new Error('event bus closed while connecting');
      this.link = link;
      this.state = 'connected';
      this.blocked = false;
      connection.on('close', () => this.lost(link));
      connection.on('blocked', (reason: unknown) => {
        this.blocked = true;
        this.options.logger('warn', 'broker blocked publishing', { reason: String(reason) });
      });
      connection.on('unblocked', () => (this.blocked = false));
      // Without its publishing channel the link is useless: drop it and let the redial build a new one.
      publisher.on('close', () => {
        if (this.link === link) connection.close().catch(noop);
      });
      return link;
    } catch (error) {
      await connection.close().catch(noop);
      throw error;
    }
  }

  private lost(link: AmqpLink): void {
    if (this.link !== link || this.state === 'closed') return;
    this.link = null;
    this.state = 'reconnecting';
    this.options.logger('warn', 'broker connection lost, reconnecting', {});
    this.redial(0);
  }

  private redial(failures: number): void {
    const delay = Math.min(this.options.reconnectDelayMs * 2 ** failures, this.options.maxReconnectDelayMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.dial().then(
        () => this.options.logger('info', 'broker connection restored', { failures }),
        (error: unknown) => {
          if (this.state === 'closed') return;
          this.options.logger('warn', 'broker reconnect failed', { failures: failures + 1, error: errorText(error) });
          this.redial(failures + 1);
        },
      );
    }, delay);
  }
}
