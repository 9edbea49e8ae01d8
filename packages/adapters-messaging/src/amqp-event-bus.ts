import amqp, { type ChannelModel } from 'amqplib';
import type { DeadLetter, EventBus, EventMessage, QueueDepth, QueueInspector, Subscription } from '@los/application';
import { silentLogger, type BusLogger } from './bus-logger.js';
import { AmqpConnection, type AmqpLink } from './amqp-connection.js';
import { AmqpConsumer } from './amqp-consumer.js';
import { AmqpDeadLetters } from './amqp-dead-letters.js';
import { readQueueDepths } from './amqp-queue-depths.js';
import { publishConfirmed, withTimeout } from './amqp-publish.js';
import { declareConsumer, declareExchange, deleteConsumer, type AmqpTopology } from './amqp-topology.js';
import { encodeEvent } from './event-codec.js';
import { assertRetryPolicy } from './retry-policy.js';
import { assertSubscribable, errorText } from './subscription-rules.js';

/** Options of {@link AmqpEventBus}. */
export interface AmqpEventBusOptions {
  /** `amqp://user:password@host:5672/vhost` */
  readonly url: string;
  /** Durable topic exchange events are published to; `los.events` when absent. */
  readonly exchange?: string;
  /** Queues are `<prefix>.<consumer>`, `.retry.<ms>ms` and `.dlq`; `los` when absent. */
  readonly queuePrefix?: string;
  /** Unacked deliveries the broker hands each consumer ahead; 10 when absent. Handling stays one at a time. */
  readonly prefetch?: number;
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs?: number;
  readonly logger?: BusLogger;
  /** First wait before redialling a lost connection, doubled per failure; 500 ms when absent. */
  readonly reconnectDelayMs?: number;
  /** Longest wait between redials; 30 s when absent. */
  readonly maxReconnectDelayMs?: number;
  /** How long `publish` waits for the broker's confirms (a broker under a resource alarm blocks publishers); 10 s when absent. */
  readonly publishTimeoutMs?: number;
  /** Opens a connection; amqplib's `connect` when absent (tests pass their own to cut the line). */
  readonly connect?: (url: string) => Promise<ChannelModel>;
}

interface Running {
  readonly link: AmqpLink;
  readonly consumer: Promise<AmqpConsumer>;
}

/**
 * The production event bus over RabbitMQ. Topology is declared by code on every (re)connect: a durable
 * topic exchange; per consumer a quorum queue bound by event type, delay queues that feed failed
 * messages back after their backoff, and a dead-letter queue. Publishing uses persistent messages and
 * publisher confirms; handlers ack manually.
 */
export class AmqpEventBus implements EventBus, QueueInspector {
  private readonly topology: AmqpTopology;
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly running = new Map<string, Running>();
  private readonly connection: AmqpConnection;
  private readonly deadLetters: AmqpDeadLetters;
  private readonly logger: BusLogger;
  private readonly prefetch: number;
  private readonly connect: (url: string) => Promise<ChannelModel>;
  private started = false;
  private closed = false;
  private deadLetterTurn: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: AmqpEventBusOptions) {
    assertRetryPolicy(options);
    const { maxAttempts, baseDelayMs, maxDelayMs } = options;
    this.topology = { exchange: options.exchange ?? 'los.events', queuePrefix: options.queuePrefix ?? 'los', policy: { maxAttempts, baseDelayMs, maxDelayMs } };
    this.logger = options.logger ?? silentLogger;
    this.prefetch = options.prefetch ?? 10;
    this.connect = options.connect ?? ((url) => amqp.connect(url));
    this.deadLetters = new AmqpDeadLetters(this.topology, this.logger);
    this.connection = new AmqpConnection({
      url: options.url,
      connect: this.connect,
      reconnectDelayMs: options.reconnectDelayMs ?? 500,
      maxReconnectDelayMs: options.maxReconnectDelayMs ?? 30_000,
      logger: this.logger,
      setup: (link) => this.setup(link),
    });
  }

  /** Records the consumer and, when connected, declares its queues at once so events published from now on are kept for it. */
  async subscribe(subscription: Subscription): Promise<void> {
    if (this.closed) throw new Error('event bus is closed');
    assertSubscribable(subscription.consumer, subscription.eventTypes);
    if (this.subscriptions.has(subscription.consumer)) throw new Error(`consumer ${subscription.consumer} is already subscribed`);
    await this.connection.settled();
    this.subscriptions.set(subscription.consumer, subscription);
    const link = this.connection.current;
    if (link === null) return;
    await this.declare(link, [subscription]);
    if (this.started) await this.consume(link, subscription);
  }

  /** Resolves once the broker has confirmed every message; rejects while disconnected (nothing is dropped silently). */
  async publish(messages: readonly EventMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const link = await this.connection.ensure();
    const encoded = messages.map((message) => ({ message, body: encodeEvent(message) }));
    const confirmed = Promise.all(
      encoded.map(({ message, body }) =>
        publishConfirmed(link.publisher, this.topology.exchange, message.type, body, { messageId: message.id, type: message.type, contentType: 'application/json' }),
      ),
    );
    // A late confirm after the timeout only means the caller publishes again: consumers de-duplicate by id.
    await withTimeout(confirmed, this.options.publishTimeoutMs ?? 10_000, 'broker did not confirm the publish in time');
  }

  async start(): Promise<void> {
    if (this.closed) throw new Error('event bus is closed');
    if (this.started) return;
    this.started = true;
    let link: AmqpLink;
    try {
      link = await this.connection.ensure();
    } catch (error) {
      // Not started after all: a later start() must dial again.
      this.started = false;
      throw error;
    }
    for (const subscription of this.subscriptions.values()) await this.consume(link, subscription);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connection.close(async () => {
      await Promise.all([...this.running.values()].map(async ({ consumer }) => (await consumer.catch(() => null))?.stop()));
    });
  }

  async healthy(): Promise<boolean> {
    return !this.closed && this.connection.usable;
  }

  /** Without `consumer`, lists the consumers this bus subscribes; name one to read any consumer's dead letters. */
  async listDeadLetters(consumer?: string): Promise<DeadLetter[]> {
    return this.oneAtATime(async () => {
      const link = await this.connection.ensure();
      return this.deadLetters.list(link.connection, consumer === undefined ? [...this.subscriptions.keys()] : [consumer]);
    });
  }

  async replayDeadLetter(id: string): Promise<boolean> {
    return this.oneAtATime(async () => this.deadLetters.replay((await this.connection.ensure()).connection, id));
  }

  async discardDeadLetter(id: string): Promise<boolean> {
    return this.oneAtATime(async () => this.deadLetters.discard((await this.connection.ensure()).connection, id));
  }

  /** Ready messages and dead letters per consumer (this bus's subscribers unless named); rejects while disconnected. */
  async queueDepths(consumers?: readonly string[]): Promise<QueueDepth[]> {
    const link = await this.connection.ensure();
    return readQueueDepths(link.connection, this.topology, consumers ?? [...this.subscriptions.keys()]);
  }

  /** Deletes the exchange and every queue of the subscribed consumers, messages included: for tearing down a test namespace. */
  async deleteTopology(): Promise<void> {
    const connection = await this.connect(this.options.url);
    try {
      const channel = await connection.createChannel();
      for (const consumer of this.subscriptions.keys()) await deleteConsumer(channel, this.topology, consumer);
      await channel.deleteExchange(this.topology.exchange);
      await channel.close();
    } finally {
      await connection.close();
    }
  }

  private async setup(link: AmqpLink): Promise<void> {
    await this.declare(link, [...this.subscriptions.values()]);
    if (this.started) for (const subscription of this.subscriptions.values()) await this.consume(link, subscription);
  }

  private async declare(link: AmqpLink, subscriptions: readonly Subscription[]): Promise<void> {
    const channel = await link.connection.createChannel();
    channel.on('error', (error: unknown) => this.logger('error', 'topology declaration failed', { error: errorText(error) }));
    await declareExchange(channel, this.topology);
    for (const { consumer, eventTypes } of subscriptions) await declareConsumer(channel, this.topology, consumer, eventTypes);
    await channel.close();
  }

  private async consume(link: AmqpLink, subscription: Subscription): Promise<void> {
    const name = subscription.consumer;
    if (this.running.get(name)?.link === link) return;
    // Claimed before the first await so a concurrent start() and reconnect cannot both consume.
    const consumer = (async () => {
      const channel = await link.connection.createConfirmChannel();
      channel.on('error', (error: unknown) => this.logger('warn', 'consumer channel error', { consumer: name, error: errorText(error) }));
      channel.on('close', () => {
        // A consumer channel closed under a live link: rebuild everything through the redial.
        if (!this.closed && this.connection.current === link) link.connection.close().catch(() => undefined);
      });
      const started = new AmqpConsumer(channel, subscription, this.topology, this.logger);
      await started.start(this.prefetch);
      return started;
    })();
    this.running.set(name, { link, consumer });
    await consumer;
  }

  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const result = this.deadLetterTurn.then(work, work);
    this.deadLetterTurn = result.catch(() => undefined);
    return result;
  }
}
