import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LocalDate, localDate } from '../local-date.js';
import { Money } from '../money/money.js';
import { plusDays } from '../schedule/calendar.js';
import { bankStatementFigures, endOfDayBalances } from './bank-statement-figures.js';
import type { BankStatement, StatementTransaction, TransactionCategory, TransactionDirection } from './statement-transaction.js';

const line = (valueDate: string, direction: TransactionDirection, amount: string, balanceAfter: string, category: TransactionCategory = 'OTHER'): StatementTransaction => ({
  valueDate: localDate(valueDate), direction, amount: Money.of(amount), balanceAfter: Money.of(balanceAfter), narration: `${direction} ${amount}`, category,
});

describe('bankStatementFigures', () => {
  it('counts bounces, finds the last salary and averages ten end-of-day balances to the paisa', () => {
    const statement: BankStatement = {
      period: { from: localDate('2026-06-01'), to: localDate('2026-06-10') },
      transactions: [
        line('2026-06-01', 'CREDIT', '1000', '1000'),
        line('2026-06-03', 'DEBIT', '100.50', '899.50'),
        line('2026-06-03', 'CREDIT', '50000', '50899.50', 'SALARY'),
        line('2026-06-08', 'DEBIT', '500', '50399.50', 'BOUNCE'),
      ],
    };
    // 2 days at 1000, 5 at 50899.50 (the 3rd closes after the salary), 3 at 50399.50: 407696 / 10.
    expect(bankStatementFigures(statement, localDate('2026-06-10'))).toEqual({ bouncesLast3Months: 1, lastSalaryCreditOn: '2026-06-03', averageBalance: Money.of('40769.60') });
    // As of the 2nd, the salary and the bounce have not happened; the window is the period's first two days.
    expect(bankStatementFigures(statement, localDate('2026-06-02'))).toEqual({ bouncesLast3Months: 0, lastSalaryCreditOn: null, averageBalance: Money.of('1000.00') });
  });

  it('rounds the mean HALF_UP to the paisa', () => {
    const statement: BankStatement = {
      period: { from: localDate('2026-06-01'), to: localDate('2026-06-03') },
      transactions: [line('2026-06-01', 'CREDIT', '0.01', '0.01'), line('2026-06-03', 'DEBIT', '0.01', '0.00')],
    };
    // (0.01 + 0.01 + 0.00) / 3 = 0.00666… → 0.01
    expect(bankStatementFigures(statement, localDate('2026-06-03'))?.averageBalance.toFixed()).toBe('0.01');
  });

  it('counts a bounce exactly three months back as outside the window, the day after as inside', () => {
    const statement: BankStatement = {
      period: { from: localDate('2026-01-01'), to: localDate('2026-06-15') },
      transactions: [line('2026-03-15', 'DEBIT', '500', '1000', 'BOUNCE'), line('2026-03-16', 'DEBIT', '500', '500', 'BOUNCE')],
    };
    expect(bankStatementFigures(statement, localDate('2026-06-15'))?.bouncesLast3Months).toBe(1);
  });

  it('knows nothing without lines, before the period or after a statement that ended more than 90 days ago', () => {
    const period = { from: localDate('2026-01-01'), to: localDate('2026-01-31') };
    expect(bankStatementFigures({ period, transactions: [] }, localDate('2026-01-31'))).toBeNull();
    const statement = { period, transactions: [line('2026-01-05', 'CREDIT', '10', '10')] };
    expect(bankStatementFigures(statement, localDate('2025-12-31'))).toBeNull();
    expect(bankStatementFigures(statement, localDate('2026-05-01'))).toBeNull();
    expect(bankStatementFigures(statement, localDate('2026-04-30'))?.averageBalance.toFixed()).toBe('10.00');
  });
});

// --- properties ---

const START = localDate('2026-01-01');
const day = (n: number): LocalDate => plusDays(START, n);
const category = fc.constantFrom<TransactionCategory>('SALARY', 'BOUNCE', 'OTHER');
const rawLine = fc.record({ offset: fc.integer({ min: 0, max: 180 }), credit: fc.boolean(), paise: fc.integer({ min: 1, max: 10_000_000 }), category });

/** A well-formed statement over the first 181 days of 2026: lines in date order, balances running from an opening. */
const statementArb = fc.tuple(fc.integer({ min: -1_000_000, max: 100_000_000 }), fc.array(rawLine, { minLength: 1, maxLength: 40 })).map(([openingPaise, raws]): BankStatement => {
  let balance = Money.fromMinor(openingPaise);
  const transactions = [...raws]
    .sort((a, b) => a.offset - b.offset)
    .map((r) => {
      const amount = Money.fromMinor(r.paise);
      balance = r.credit ? balance.plus(amount) : balance.minus(amount);
      return { valueDate: day(r.offset), direction: r.credit ? 'CREDIT' : 'DEBIT', amount, balanceAfter: balance, narration: 'line', category: r.credit || r.category !== 'SALARY' ? r.category : 'OTHER' } as const;
    });
  return { period: { from: START, to: day(180) }, transactions };
});
const asOfArb = fc.integer({ min: 0, max: 240 }).map(day);

describe('bankStatementFigures properties', () => {
  it('never reads a line dated after asOf', () => {
    fc.assert(
      fc.property(statementArb, asOfArb, fc.array(rawLine, { maxLength: 10 }), (statement, asOf, extra) => {
        fc.pre(statement.transactions.some((t) => t.valueDate <= asOf));
        const later = extra.map((r) => line(plusDays(asOf, 1 + r.offset), r.credit ? 'CREDIT' : 'DEBIT', '999.99', '-5', r.category));
        expect(bankStatementFigures({ ...statement, transactions: [...statement.transactions, ...later] }, asOf)).toEqual(bankStatementFigures(statement, asOf));
      }),
    );
  });

  it('counts one more bounce for a bounce added in the last three months, and never fewer for one added anywhere', () => {
    fc.assert(
      fc.property(statementArb, asOfArb, fc.integer({ min: 0, max: 180 }), (statement, asOf, offset) => {
        const before = bankStatementFigures(statement, asOf);
        const bounceOn = day(offset);
        const bounce = line(bounceOn, 'DEBIT', '500', statement.transactions.at(-1)?.balanceAfter.toString() ?? '0', 'BOUNCE');
        const after = bankStatementFigures({ ...statement, transactions: [...statement.transactions, bounce] }, asOf);
        if (!before || !after) return;
        expect(after.bouncesLast3Months).toBeGreaterThanOrEqual(before.bouncesLast3Months);
        const inWindow = bounceOn <= asOf && after.bouncesLast3Months === before.bouncesLast3Months + 1;
        if (bounceOn <= asOf && bounceOn > plusDays(asOf, -89)) expect(inWindow).toBe(true);
      }),
    );
  });

  it('averages to a figure between the lowest and the highest end-of-day balance, in whole paise', () => {
    fc.assert(
      fc.property(statementArb, asOfArb, (statement, asOf) => {
        const figures = bankStatementFigures(statement, asOf);
        const balances = endOfDayBalances(statement, asOf);
        expect(figures === null).toBe(balances.length === 0);
        if (!figures) return;
        const low = balances.reduce((a, b) => a.min(b));
        const high = balances.reduce((a, b) => a.max(b));
        expect(figures.averageBalance.lessThan(low) || figures.averageBalance.greaterThan(high)).toBe(false);
        expect(() => figures.averageBalance.toMinor()).not.toThrow();
      }),
    );
  });

  it('takes the latest salary credit on or before asOf', () => {
    fc.assert(
      fc.property(statementArb, asOfArb, (statement, asOf) => {
        const figures = bankStatementFigures(statement, asOf);
        if (!figures) return;
        const salaries = statement.transactions.filter((t) => t.category === 'SALARY' && t.valueDate <= asOf).map((t) => t.valueDate);
        expect(figures.lastSalaryCreditOn).toBe(salaries.length ? salaries.sort().at(-1) : null);
      }),
    );
  });
});
