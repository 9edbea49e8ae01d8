import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../local-date.js';
import { Money } from '../money/money.js';
import type { DueBucket } from '../servicing/repayment-waterfall.js';
import { accountBalances } from './account-balances.js';
import { type EntryHeader, type JournalEntry, reverse } from './journal-entry.js';
import { loanBalances } from './loan-balances.js';
import { postBouncedPayment } from './post-bounced-payment.js';
import { postCharge } from './post-charge.js';
import { postDisbursal } from './post-disbursal.js';
import { postExcessHeld } from './post-excess-held.js';
import { postInterestAccrual } from './post-interest-accrual.js';
import { postRepayment } from './post-repayment.js';
import { postWaiver } from './post-waiver.js';
import { trialBalance } from './trial-balance.js';

const paise = (max: number) => fc.integer({ min: 1, max }).map((p) => Money.fromMinor(p));
const orders = fc.shuffledSubarray<DueBucket>(['PENAL', 'FEES', 'INTEREST', 'PRINCIPAL'], { minLength: 4, maxLength: 4 });
const op = fc.oneof(
  fc.record({ t: fc.constant('accrue' as const), amount: paise(500_000) }),
  fc.record({ t: fc.constant('charge' as const), kind: fc.constantFrom('PENAL' as const, 'FEE' as const), charge: paise(100_000), gstPaise: fc.nat(20_000) }),
  fc.record({ t: fc.constant('repay' as const), amount: paise(5_000_000), order: orders, principalDue: fc.option(paise(5_000_000), { nil: undefined }) }),
  fc.record({ t: fc.constant('bounce' as const) }),
  fc.record({ t: fc.constant('waive' as const), bucket: fc.constantFrom('PENAL' as const, 'FEES' as const, 'INTEREST' as const), share: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ t: fc.constant('advance' as const), amount: paise(100_000) }),
);
const scenario = fc.record({
  principal: fc.integer({ min: 100_000, max: 1_000_000_000 }),
  feePaise: fc.nat(50_000),
  ops: fc.array(op, { maxLength: 25 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

/** Runs a scenario through the posting rules; checks each repayment's allocation as it goes. */
function run(s: Scenario): JournalEntry[] {
  let n = 0;
  const h = (): EntryHeader => ({ id: `je-${(n += 1)}`, brandId: 'acme', loanId: 'loan-1', businessDate: localDate('2025-04-01') });
  const fee = Money.fromMinor(s.feePaise);
  const gst = fee.times('0.18').round({ dp: 2, mode: 'HALF_UP' });
  const entries = [postDisbursal(h(), { principal: Money.fromMinor(s.principal), deductedFees: [{ name: 'processing fee', amount: fee, gst }] })];
  const repayments: JournalEntry[] = [];
  for (const o of s.ops) {
    const balances = loanBalances('loan-1', entries);
    if (o.t === 'accrue') entries.push(postInterestAccrual(h(), o.amount));
    if (o.t === 'charge') entries.push(postCharge(h(), o.kind, { charge: o.charge, gst: Money.fromMinor(o.gstPaise) }));
    if (o.t === 'advance') entries.push(postExcessHeld(h(), o.amount));
    if (o.t === 'repay') {
      const { entry, allocation } = postRepayment(h(), { payment: o.amount, balances, order: o.order, ...(o.principalDue ? { dues: { PRINCIPAL: o.principalDue } } : {}) });
      const a = allocation.applied;
      // Money is conserved: the buckets and the excess add up to the payment, and none is negative.
      expect(Money.sum([a.PENAL, a.FEES, a.INTEREST, a.PRINCIPAL, allocation.excess]).equals(o.amount)).toBe(true);
      expect([a.PENAL, a.FEES, a.INTEREST, a.PRINCIPAL, allocation.excess].some((m) => m.isNegative())).toBe(false);
      entries.push(entry);
      repayments.push(entry);
    }
    if (o.t === 'bounce') {
      const last = repayments.pop();
      if (last) entries.push(postBouncedPayment(last, `bounce-${last.id}`, localDate('2025-04-02')));
    }
    if (o.t === 'waive') {
      const owed = o.bucket === 'PENAL' ? balances.penal : o.bucket === 'FEES' ? balances.fees : balances.interest;
      const amount = owed.times(String(o.share)).dividedBy('100').round({ dp: 2, mode: 'DOWN' });
      if (amount.isPositive()) entries.push(postWaiver(h(), { bucket: o.bucket, amount, balances }));
    }
  }
  return entries;
}

const sumSide = (e: JournalEntry, side: 'DEBIT' | 'CREDIT') => Money.sum(e.lines.filter((l) => l.side === side).map((l) => l.amount));

describe('ledger properties', () => {
  it('every posting balances, and every brand balances in total', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const entries = run(s);
        for (const e of entries) expect(sumSide(e, 'DEBIT').equals(sumSide(e, 'CREDIT'))).toBe(true);
        expect(trialBalance(entries).every((t) => t.balanced)).toBe(true);
      }),
    );
  });

  it('reversing any entry nets every account it touched to zero', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (s, pick) => {
        const entries = run(s);
        const target = entries[pick % entries.length]!;
        const before = accountBalances(entries);
        const after = accountBalances([...entries, reverse(target, 'rev', localDate('2025-04-09'))]);
        const alone = accountBalances([target, reverse(target, 'rev', localDate('2025-04-09'))]);
        expect(Object.values(alone).every((m) => m.isZero())).toBe(true);
        const touched = new Set(target.lines.map((l) => l.account));
        for (const [code, balance] of Object.entries(after)) {
          const expected = before[code as keyof typeof before];
          if (!touched.has(code as never)) expect(balance.equals(expected)).toBe(true);
        }
      }),
    );
  });

  it('no receivable or held excess ever goes negative when repayments follow the waterfall', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const entries = run(s);
        for (let i = 1; i <= entries.length; i += 1) {
          const b = loanBalances('loan-1', entries.slice(0, i));
          for (const m of [b.principal, b.interest, b.fees, b.penal, b.excess]) expect(m.isNegative()).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
