import { describe, expect, it } from 'vitest';
import type { MessageSender } from '../../ports/message-sender.js';

/** What a contract run needs: a fresh sender and a way to read what reached the recipient. */
export interface MessageSenderFixture {
  readonly sender: MessageSender;
  /** The texts delivered to a recipient, oldest first, as the provider saw them. */
  delivered(to: string): Promise<readonly string[]>;
}

/**
 * The behaviour every MessageSender adapter shares: a templated message reaches its recipient rendered,
 * each send gets its own provider id, and a broken template is refused before anything is sent.
 */
export function describeMessageSenderContract(options: { name: string; create: () => Promise<MessageSenderFixture>; skip?: string }): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`MessageSender contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    it('delivers the rendered OTP text to the recipient', async () => {
      const f = await options.create();
      const result = await f.sender.send({ brandId: 'b1', channel: 'SMS', to: '+919812345678', template: 'otp', variables: { otp: '482913', brand: 'Acme', minutes: '5' } });
      expect(result.providerMessageId).not.toBe('');
      const texts = await f.delivered('+919812345678');
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain('482913');
      expect(texts[0]).toContain('Acme');
    });

    it('gives every send its own provider id', async () => {
      const f = await options.create();
      const msg = { brandId: 'b1', channel: 'SMS' as const, to: '+919811111111', template: 'otp', variables: { otp: '1', brand: 'A', minutes: '5' } };
      const a = await f.sender.send(msg);
      const b = await f.sender.send(msg);
      expect(a.providerMessageId).not.toBe(b.providerMessageId);
      expect(await f.delivered('+919811111111')).toHaveLength(2);
    });

    it('refuses a template with a missing variable and sends nothing', async () => {
      const f = await options.create();
      await expect(f.sender.send({ brandId: 'b1', channel: 'SMS', to: '+919822222222', template: 'otp', variables: { otp: '1' } })).rejects.toThrow(/variable/);
      expect(await f.delivered('+919822222222')).toHaveLength(0);
    });
  });
}
