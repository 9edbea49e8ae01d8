// Public API of @los/adapters-providers: provider clients and their sandbox simulators.

// --- messaging ---
/**
 * The embedded-mode SMS/e-mail/WhatsApp simulator.
 * @example const sms = new SandboxMessageSender({ onSend: (d) => log.info(d.text) }); sms.lastTo('+919812345678')?.text
 */
export { SandboxMessageSender, type SandboxDelivery } from './messaging/sandbox-message-sender.js';
/**
 * SMS and WhatsApp through Twilio's REST API.
 * @example new TwilioMessageSender({ accountSid, authToken, from: '+15005550006' })
 */
export { TwilioMessageSender, type TwilioOptions } from './messaging/twilio-message-sender.js';
/**
 * Renders a message template.
 * @example renderTemplate('otp', { otp: '123456', brand: 'Acme', minutes: '5' })
 */
export { renderTemplate } from './messaging/templates.js';
