import { describe, expect, it } from 'vitest';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import { bounceCharge, penalCharge } from './penal-charge.js';

const R2 = { dp: 2, mode: 'HALF_UP' } as const;
const base = { overdueAmount: Money.of('10000'), daysPastDue: 10, graceDays: 3, gstRate: Rate.percent('18'), rounding: R2 };

describe('penalCharge', () => {
  it('charges a percentage per day after the grace days, with GST, as a separate amount', () => {
    const p = penalCharge({ ...base, policy: { kind: 'PERCENT', rate: Rate.percent('0.1'), per: 'DAY' } });
    // 7 chargeable days × 0.1% × 10000 = 70, GST 12.60.
    expect(p.chargeableDays).toBe(7);
    expect([p.charge.toFixed(), p.gst.toFixed(), p.total.toFixed()]).toEqual(['70.00', '12.60', '82.60']);
  });

  it('charges flat per started month or per instance, and respects a cap', () => {
    expect(penalCharge({ ...base, daysPastDue: 40, policy: { kind: 'FLAT', amount: Money.of('500'), per: 'MONTH' } }).charge.toFixed()).toBe('1000.00');
    expect(penalCharge({ ...base, policy: { kind: 'FLAT', amount: Money.of('500'), per: 'INSTANCE' } }).charge.toFixed()).toBe('500.00');
    expect(penalCharge({ ...base, policy: { kind: 'FLAT', amount: Money.of('50'), per: 'DAY' }, cap: Money.of('200') }).charge.toFixed()).toBe('200.00');
  });

  it('charges nothing within the grace days', () => {
    expect(penalCharge({ ...base, daysPastDue: 3, policy: { kind: 'FLAT', amount: Money.of('500'), per: 'INSTANCE' } }).total.isZero()).toBe(true);
    expect(() => penalCharge({ ...base, daysPastDue: -1, policy: { kind: 'FLAT', amount: Money.of('1'), per: 'DAY' } })).toThrow(/daysPastDue/);
  });

  it('adds GST to a bounce charge', () => {
    expect(bounceCharge(Money.of('500'), Rate.percent('18'), R2).total.toFixed()).toBe('590.00');
  });
});
