import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertSubscribable, consumerOfDeadLetter, errorText, newDeadLetterId, wantsEvent } from './subscription-rules.js';

describe('subscription rules', () => {
  it('finds the consumer again in any dead-letter id made for it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,30}$/), (consumer) => {
        expect(consumerOfDeadLetter(newDeadLetterId(consumer))).toBe(consumer);
      }),
    );
    expect(consumerOfDeadLetter('no-separator')).toBeNull();
  });

  it('matches exact types and `*` only', () => {
    expect(wantsEvent(['loan.applied'], 'loan.applied')).toBe(true);
    expect(wantsEvent(['loan.applied'], 'loan.applied.v2')).toBe(false);
    expect(wantsEvent(['*'], 'anything.at-all')).toBe(true);
  });

  it('refuses names that would be patterns or separators on the broker', () => {
    expect(() => assertSubscribable('mailer', ['loan.*'])).toThrow(RangeError);
    expect(() => assertSubscribable('mailer', ['loan.#'])).toThrow(RangeError);
    expect(() => assertSubscribable('mail:er', ['loan.applied'])).toThrow(RangeError);
    expect(() => assertSubscribable('mailer', [])).toThrow(RangeError);
    expect(() => assertSubscribable('mailer', ['loan.applied', '*'])).not.toThrow();
  });

  it('keeps error text bounded', () => {
    expect(errorText(new TypeError('bad'))).toBe('TypeError: bad');
    expect(errorText('x'.repeat(5000)).length).toBeLessThan(1100);
  });
});
