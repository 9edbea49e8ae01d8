import type { MessageSender, OutboundMessage } from '@los/application';
import { renderTemplate } from './templates.js';

/** A message the sandbox accepted, with its rendered text. */
export interface SandboxDelivery {
  readonly providerMessageId: string;
  readonly message: OutboundMessage;
  readonly text: string;
}

/**
 * The embedded-mode messaging provider: a simulator that renders and records every message instead of
 * sending it, and hands each one to `onSend` (the app logs it, so a developer can read an OTP).
 *
 * Documented test identities: any recipient ending in `0000` (e.g. `+919800000000`) is undeliverable and
 * the send rejects with `SANDBOX_UNDELIVERABLE`, so failure paths can be exercised offline.
 */
export class SandboxMessageSender implements MessageSender {
  private readonly deliveries: SandboxDelivery[] = [];
  private counter = 0;

  constructor(private readonly options: { readonly onSend?: (delivery: SandboxDelivery) => void; readonly keep?: number } = {}) {}

  async send(message: OutboundMessage): Promise<{ readonly providerMessageId: string }> {
    const text = renderTemplate(message.template, message.variables);
    if (message.to.endsWith('0000')) throw new Error(`SANDBOX_UNDELIVERABLE: ${message.channel} to ${message.to} bounced`);
    this.counter += 1;
    const delivery: SandboxDelivery = { providerMessageId: `sandbox-${this.counter}`, message, text };
    this.deliveries.push(delivery);
    const keep = this.options.keep ?? 1000;
    if (this.deliveries.length > keep) this.deliveries.splice(0, this.deliveries.length - keep);
    this.options.onSend?.(delivery);
    return { providerMessageId: delivery.providerMessageId };
  }

  /** Everything sent to a recipient, oldest first. */
  sentTo(to: string): readonly SandboxDelivery[] {
    return this.deliveries.filter((d) => d.message.to === to);
  }

  /** The most recent message to a recipient, if any. */
  lastTo(to: string): SandboxDelivery | undefined {
    return this.sentTo(to).at(-1);
  }
}
