import type { MessageSender, OutboundMessage } from '@los/application';
import { renderTemplate } from './templates.js';

/** Twilio account settings. */
export interface TwilioOptions {
  readonly accountSid: string;
  readonly authToken: string;
  /** The sender: an SMS number, or `whatsapp:+...` for WhatsApp. */
  readonly from: string;
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
  /** Injected for tests (a stub server's `request`); defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

/**
 * SMS and WhatsApp through Twilio's Programmable Messaging REST API: `POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded `To`, `From`, `Body`, HTTP basic auth with
 * the account SID and auth token; the created message's `sid` is the provider id (Twilio API reference,
 * "Create a Message resource"). A send is not retried here: repeating a POST could text twice.
 */
export class TwilioMessageSender implements MessageSender {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: TwilioOptions) {
    this.fetch = options.fetch ?? fetch;
  }

  async send(message: OutboundMessage): Promise<{ readonly providerMessageId: string }> {
    if (message.channel === 'EMAIL') throw new Error('Twilio Messaging does not send e-mail');
    const prefix = message.channel === 'WHATSAPP' ? 'whatsapp:' : '';
    const body = new URLSearchParams({ To: `${prefix}${message.to}`, From: this.options.from, Body: renderTemplate(message.template, message.variables) });
    const base = this.options.baseUrl ?? 'https://api.twilio.com';
    const auth = Buffer.from(`${this.options.accountSid}:${this.options.authToken}`).toString('base64');
    const response = await this.fetch(`${base}/2010-04-01/Accounts/${encodeURIComponent(this.options.accountSid)}/Messages.json`, {
      method: 'POST',
      headers: { authorization: `Basic ${auth}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
    const json = (await response.json().catch(() => ({}))) as { sid?: string; code?: number; message?: string };
    if (!response.ok || typeof json.sid !== 'string') {
      throw new Error(`Twilio rejected the message: HTTP ${response.status} ${json.code ?? ''} ${json.message ?? ''}`.trim());
    }
    return { providerMessageId: json.sid };
  }
}
