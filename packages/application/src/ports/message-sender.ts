/** The channels a brand talks to its customers through. */
export type MessageChannel = 'SMS' | 'EMAIL' | 'WHATSAPP';

/** A templated message to one recipient. */
export interface OutboundMessage {
  readonly brandId: string;
  readonly channel: MessageChannel;
  readonly to: string;
  readonly template: string;
  readonly variables: Readonly<Record<string, string>>;
}

/** Sends SMS, e-mail and WhatsApp messages through a provider (a sandbox when embedded). */
export interface MessageSender {
  send(message: OutboundMessage): Promise<{ readonly providerMessageId: string }>;
}
