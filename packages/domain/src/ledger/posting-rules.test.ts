import { describe, expect, it } from 'vitest';
import { DomainInvariantError } from '../errors.js';
import { localDate } from '../local-date.js';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import { generateSchedule } from '../schedule/generate-schedule.js';
import { bounceCharge } from '../servicing/penal-charge.js';
import { disbursalFromSchedule } from './disbursal-from-schedule.js';
import type { EntryHeader, JournalEntry } from './journal-entry.js';
import { loanBalances } from './loan-balances.js';
import { postBouncedPayment } from './post-bounced-payment.js';
import { postCharge } from './post-charge.js';
import { postDisbursal } from './post-disbursal.js';
import { postExcessHeld } from './post-excess-held.js';
import { postInterestAccrual } from './post-interest-accrual.js';
import { postRepayment } from './post-repayment.js';
import { postWaiver } from './post-waiver.js';
import { postWriteOff } from './post-write-off.js';

const inr = (s: string) => Money.of(s, 'INR');
let n = 0;
const h = (date = '2025-04-01'): EntryHeader => ({ id: `je-${(n += 1)}`, brandId: 'acme', loanId: 'loan-1', businessDate: localDate(date) });
const lines = (e: JournalEntry) => e.lines.map((l) => `${l.side === 'DEBIT' ? 'Dr' : 'Cr'} ${l.account} ${l.amount.toFixed()}`);
const view = (entries: JournalEntry[]) => {
  const b = loanBalances('loan-1', entries);
  return { principal: b.principal.toFixed(), interest: b.interest.toFixed(), fees: b.fees.toFixed(), penal: b.penal.toFixed(), excess: b.excess.toFixed() };
};

// A ₹1,00,000 loan with a 2% processing fee (₹2,000) and 18% GST on it (₹360) deducted from the disbursal.
const disbursal = () =>
  postDisbursal(h(), { principal: inr('100000'), deductedFees: [{ name: 'processing fee', amount: inr('2000'), gst: inr('360') }] });

describe('posting rules', () => {
  it('disburses the principal net of the fee and its GST', () => {
    expect(lines(disbursal())).toEqual([
      'Dr PRINCIPAL_RECEIVABLE 100000.00',
      'Cr DISBURSEMENT_CLEARING 97640.00',
      'Cr FEE_INCOME 2000.00',
      'Cr GST_PAYABLE 360.00',
    ]);
    expect(() => postDisbursal(h(), { principal: inr('100'), deductedFees: [{ name: 'fee', amount: inr('90'), gst: inr('10') }] })).toThrow(DomainInvariantError);
  });

  it('books interest, a penal charge with GST and a bounce charge, and derives the balances from the entries', () => {
    const bounce = bounceCharge(inr('500'), Rate.percent('18'), { dp: 2, mode: 'HALF_UP' });
    const entries = [
      disbursal(),
      postInterestAccrual(h('2025-05-01'), inr('1000')),
      postCharge(h('2025-05-10'), 'PENAL', { charge: inr('50'), gst: inr('9') }),
      postCharge(h('2025-05-10'), 'FEE', bounce),
    ];
    expect(lines(entries[2]!)).toEqual(['Dr PENAL_RECEIVABLE 59.00', 'Cr PENAL_INCOME 50.00', 'Cr GST_PAYABLE 9.00']);
    expect(view(entries)).toEqual({ principal: '100000.00', interest: '1000.00', fees: '590.00', penal: '59.00', excess: '0.00' });
  });

  it('applies a repayment penal → fees → interest → principal and holds the excess', () => {
    const before = [disbursal(), postInterestAccrual(h(), inr('1000')), postCharge(h(), 'PENAL', { charge: inr('50'), gst: inr('9') })];
    // Instalment due: 1,000 interest + 7,885 principal; the borrower pays 9,000 (59 + 1,000 + 7,885 = 8,944; 56 over).
    const { entry, allocation } = postRepayment(h(), { payment: inr('9000'), balances: loanBalances('loan-1', before), dues: { PRINCIPAL: inr('7885') } });
    expect(lines(entry)).toEqual([
      'Dr COLLECTIONS_CLEARING 9000.00',
      'Cr PENAL_RECEIVABLE 59.00',
      'Cr INTEREST_RECEIVABLE 1000.00',
      'Cr PRINCIPAL_RECEIVABLE 7885.00',
      'Cr CUSTOMER_EXCESS 56.00',
    ]);
    expect(allocation.excess.toFixed()).toBe('56.00');
    expect(view([...before, entry])).toEqual({ principal: '92115.00', interest: '0.00', fees: '0.00', penal: '0.00', excess: '56.00' });
  });

  it('reverses a bounced repayment so the dues come back, and refuses to treat a disbursal as a payment', () => {
    const before = [disbursal(), postInterestAccrual(h(), inr('1000'))];
    const { entry } = postRepayment(h(), { payment: inr('3000'), balances: loanBalances('loan-1', before) });
    const bounced = postBouncedPayment(entry, 'je-bounce', localDate('2025-05-07'));
    expect(bounced.reverses).toBe(entry.id);
    expect(view([...before, entry, bounced])).toEqual(view(before));
    expect(() => postBouncedPayment(before[0]!, 'x', localDate('2025-05-07'))).toThrow(/not a payment/);
  });

  it('waives a penal charge with its GST, writes off principal and holds an advance', () => {
    const before = [disbursal(), postCharge(h(), 'PENAL', { charge: inr('50'), gst: inr('9') })];
    const b = loanBalances('loan-1', before);
    const waiver = postWaiver(h(), { bucket: 'PENAL', amount: inr('59'), gst: inr('9'), balances: b });
    expect(lines(waiver)).toEqual(['Dr PENAL_INCOME 50.00', 'Dr GST_PAYABLE 9.00', 'Cr PENAL_RECEIVABLE 59.00']);
    expect(() => postWaiver(h(), { bucket: 'PENAL', amount: inr('59.01'), balances: b })).toThrow(/cannot waive/);
    expect(() => postWaiver(h(), { bucket: 'PENAL', amount: inr('5'), gst: inr('6'), balances: b })).toThrow(DomainInvariantError);
    const writeOff = postWriteOff(h(), inr('100000'), b);
    expect(() => postWriteOff(h(), inr('100000.01'), b)).toThrow(/cannot write off/);
    const advance = postExcessHeld(h(), inr('1500'));
    expect(view([...before, waiver, writeOff, advance])).toEqual({ principal: '0.00', interest: '0.00', fees: '0.00', penal: '0.00', excess: '1500.00' });
  });

  it('refuses to derive one loan’s balances from another loan’s entries', () => {
    const other = postInterestAccrual({ ...h(), loanId: 'loan-2' }, inr('1'));
    expect(() => loanBalances('loan-1', [disbursal(), other])).toThrow(/belongs to loan loan-2/);
  });
});

describe('disbursalFromSchedule', () => {
  it('takes the deducted fee, its GST and separate broken-period interest from a generated schedule', () => {
    const schedule = generateSchedule({
      principal: '100000',
      annualRatePercent: '12',
      method: 'EMI',
      frequency: 'MONTHLY',
      instalments: 12,
      dayCount: '30/360',
      interestBasis: 'PERIOD',
      disbursementDate: '2024-01-15',
      firstDueDate: '2024-03-05',
      brokenPeriod: 'SEPARATE',
      rounding: { instalment: { dp: 2, mode: 'HALF_UP' }, amounts: { dp: 2, mode: 'HALF_UP' } },
      fees: { processingFee: { kind: 'PERCENT', percent: '2' }, processingFeeCollection: 'DEDUCTED', gstPercent: '18' },
    });
    const entry = postDisbursal(h(), disbursalFromSchedule(schedule));
    const credit = (account: string) => entry.lines.find((l) => l.account === account)?.amount.toFixed();
    expect(credit('FEE_INCOME')).toBe('2000.00');
    expect(credit('GST_PAYABLE')).toBe('360.00');
    // 20 days of broken period (15 Jan → 5 Feb on 30/360) at 12%: 100000 × 0.12 × 20/360.
    expect(credit('INTEREST_INCOME')).toBe('666.67');
    expect(credit('DISBURSEMENT_CLEARING')).toBe(schedule.netDisbursed);
    expect(() => disbursalFromSchedule({ ...schedule, deductedFromDisbursal: '0.00' })).toThrow(/deductions/);
  });
});
