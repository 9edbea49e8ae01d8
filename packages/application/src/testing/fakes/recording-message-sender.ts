import type { MessageSender, OutboundMessage } from '../../ports/message-sender.js';

/** A MessageSender that keeps what it was asked to send. */
export class RecordingMessageSender implements MessageSender {
  readonly sent: OutboundMessage[] = [];

  async send(message: OutboundMessage): Promise<{ readonly providerMessageId: string }> {
    this.sent.push(message);
    return { providerMessageId: `recorded-${this.sent.length}` };
  }
}
