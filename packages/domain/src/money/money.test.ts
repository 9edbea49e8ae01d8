import { describe, expect, it } from 'vitest';
import { Money } from './money.js';

describe('Money', () => {
  it('adds without float error', () => {
    expect(Money.of('0.1').plus(Money.of('0.2')).toString()).toBe('0.3');
  });
  it('round-trips minor units', () => {
    expect(Money.fromMinor(123456n).toFixed()).toBe('1234.56');
    expect(Money.of('1234.56').toMinor()).toBe(123456n);
  });
});
