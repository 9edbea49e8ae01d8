import { describe, expect, it } from 'vitest';
import { DomainInvariantError } from '../errors.js';
import { localDate } from '../local-date.js';
import { Money } from '../money/money.js';
import { JournalEntry, type JournalEntryInput, type JournalLine, reverse } from './journal-entry.js';
import { accountBalances } from './account-balances.js';
import { chartOfAccounts, normalBalanceOf } from './ledger-account.js';
import { trialBalance } from './trial-balance.js';

const inr = (s: string) => Money.of(s, 'INR');
const base = { id: 'je-1', brandId: 'acme', loanId: 'loan-1', businessDate: localDate('2025-04-01'), kind: 'INTEREST_ACCRUAL', memo: 'm' } as const;
const entry = (lines: JournalLine[], over: Partial<JournalEntryInput> = {}) => JournalEntry.create({ ...base, lines, ...over });
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainInvariantError) return e.code;
    throw e;
  }
  return 'NO_ERROR';
};

describe('chart of accounts', () => {
  it('gives each brand its own accounts with receivables on the debit side and income on the credit side', () => {
    const chart = chartOfAccounts('acme');
    expect(chart.every((a) => a.brandId === 'acme')).toBe(true);
    expect(new Set(chart.map((a) => a.number)).size).toBe(chart.length);
    const side = Object.fromEntries(chart.map((a) => [a.code, a.normalBalance]));
    expect(side).toMatchObject({ PRINCIPAL_RECEIVABLE: 'DEBIT', WRITE_OFF_EXPENSE: 'DEBIT', FEE_INCOME: 'CREDIT', GST_PAYABLE: 'CREDIT', CUSTOMER_EXCESS: 'CREDIT' });
    expect(chart.filter((a) => a.type === 'ASSET' || a.type === 'EXPENSE').every((a) => normalBalanceOf(a.code) === 'DEBIT')).toBe(true);
    expect(chartOfAccounts('zeta')[0]!.brandId).toBe('zeta');
  });
});

describe('JournalEntry.create', () => {
  const ok: JournalLine[] = [
    { account: 'INTEREST_RECEIVABLE', side: 'DEBIT', amount: inr('100.50') },
    { account: 'INTEREST_INCOME', side: 'CREDIT', amount: inr('100.50') },
  ];

  it('accepts a balanced entry and freezes it', () => {
    const e = entry(ok);
    expect(e.total().toFixed()).toBe('100.50');
    expect(Object.isFrozen(e) && Object.isFrozen(e.lines) && Object.isFrozen(e.lines[0])).toBe(true);
  });

  it('refuses debits that differ from credits', () => {
    expect(codeOf(() => entry([ok[0]!, { ...ok[1]!, amount: inr('100.49') }]))).toBe('LEDGER_UNBALANCED');
  });

  it('refuses a zero or negative line even when the entry would balance', () => {
    expect(codeOf(() => entry([...ok, { account: 'GST_PAYABLE', side: 'CREDIT', amount: inr('0') }]))).toBe('LEDGER_NON_POSITIVE_LINE');
    const negative: JournalLine[] = [
      { account: 'INTEREST_RECEIVABLE', side: 'DEBIT', amount: inr('-5') },
      { account: 'INTEREST_INCOME', side: 'CREDIT', amount: inr('-5') },
    ];
    expect(codeOf(() => entry(negative))).toBe('LEDGER_NON_POSITIVE_LINE');
  });

  it('refuses mixed currencies, a single line, fractions of a paisa and a bad date', () => {
    expect(codeOf(() => entry([ok[0]!, { ...ok[1]!, amount: Money.of('100.50', 'USD') }]))).toBe('LEDGER_MIXED_CURRENCIES');
    expect(codeOf(() => entry([ok[0]!]))).toBe('LEDGER_TOO_FEW_LINES');
    expect(codeOf(() => entry(ok.map((l) => ({ ...l, amount: inr('0.005') }))))).toBe('LEDGER_AMOUNT_NOT_ROUNDED');
    expect(codeOf(() => entry(ok, { businessDate: '2025-02-30' as never }))).toBe('LEDGER_INVALID_HEADER');
  });
});

describe('reverse', () => {
  it('mirrors every line, points at the original and nets the accounts to zero', () => {
    const original = entry([
      { account: 'COLLECTIONS_CLEARING', side: 'DEBIT', amount: inr('1000') },
      { account: 'INTEREST_RECEIVABLE', side: 'CREDIT', amount: inr('400') },
      { account: 'PRINCIPAL_RECEIVABLE', side: 'CREDIT', amount: inr('600') },
    ]);
    const mirror = reverse(original, 'je-2', localDate('2025-04-03'));
    expect(mirror).toMatchObject({ id: 'je-2', kind: 'REVERSAL', reverses: 'je-1', businessDate: '2025-04-03' });
    expect(mirror.lines.map((l) => `${l.account}:${l.side}:${l.amount.toFixed()}`)).toEqual([
      'COLLECTIONS_CLEARING:CREDIT:1000.00',
      'INTEREST_RECEIVABLE:DEBIT:400.00',
      'PRINCIPAL_RECEIVABLE:DEBIT:600.00',
    ]);
    expect(Object.values(accountBalances([original, mirror])).every((m) => m.isZero())).toBe(true);
  });
});

describe('trialBalance', () => {
  it('balances each brand separately and flags a brand whose stored lines do not balance', () => {
    const a = entry([
      { account: 'INTEREST_RECEIVABLE', side: 'DEBIT', amount: inr('10') },
      { account: 'INTEREST_INCOME', side: 'CREDIT', amount: inr('10') },
    ]);
    const b = entry([
      { account: 'INTEREST_RECEIVABLE', side: 'DEBIT', amount: inr('7') },
      { account: 'INTEREST_INCOME', side: 'CREDIT', amount: inr('7') },
    ], { id: 'je-b', brandId: 'zeta' });
    // An entry altered after it was stored (what a tampered row would load as).
    const forged = { ...b, id: 'je-f', lines: [b.lines[0]!, { ...b.lines[1]!, amount: inr('6') }] } as unknown as JournalEntry;
    const tb = trialBalance([a, b, forged]);
    expect(tb.map((t) => [t.brandId, t.debits.toFixed(), t.credits.toFixed(), t.balanced])).toEqual([
      ['acme', '10.00', '10.00', true],
      ['zeta', '14.00', '13.00', false],
    ]);
  });
});
