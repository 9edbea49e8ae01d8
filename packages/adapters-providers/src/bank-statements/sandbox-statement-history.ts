import type { AnalysedStatement } from '@los/application';
import { type LocalDate, Money, type StatementTransaction, type TransactionCategory } from '@los/domain';
import { daysBefore, scenarioOf, seedOf } from '../bureau/sandbox-identity.js';

/** How many days a sandbox statement covers, ending on its last day. */
export const SANDBOX_STATEMENT_DAYS = 180;

interface Movement {
  readonly on: LocalDate;
  readonly credit: boolean;
  readonly amount: Money;
  readonly narration: string;
  readonly category: TransactionCategory;
}

/**
 * The six-month history the sandbox "extracts" from a statement of the PAN's holder ending on `end`; a pure
 * function of both. Salary is credited every 30 days, the latest `seed mod 28` days before `end` (the day
 * after `end` is the upload, so 1 to 28 days before it), with rent going out three days later.
 *
 * | PAN pattern | history |
 * |---|---|
 * | `BNCPE9999X` | as any other, plus 4 ACH return charges 10, 25, 40 and 55 days before `end` |
 * | `NSLPE9999X` | the same credits, but none recognisable as salary (IMPS transfers) |
 * | `OSLPE9999X` | the latest salary 49 days before `end` (50 before the upload) |
 */
export function sandboxStatementHistory(pan: string, end: LocalDate): AnalysedStatement {
  const seed = seedOf(pan);
  const scenario = scenarioOf(pan);
  const salary = Money.of(String(40_000 + ((seed * 3) % 20_000)));
  const rent = salary.times('0.6').round({ dp: 2, mode: 'HALF_UP' });
  const latestSalary = scenario === 'OSL' ? 49 : seed % 28;
  const movements: Movement[] = [];
  for (let back = latestSalary; back < SANDBOX_STATEMENT_DAYS; back += 30) {
    const isSalary = scenario !== 'NSL';
    movements.push({ on: daysBefore(end, back), credit: true, amount: salary, narration: isSalary ? `NEFT-ACME TECHNOLOGIES SALARY` : `IMPS-P2P TRANSFER RECEIVED`, category: isSalary ? 'SALARY' : 'OTHER' });
    if (back >= 3) movements.push({ on: daysBefore(end, back - 3), credit: false, amount: rent, narration: 'UPI-HOUSE RENT', category: 'OTHER' });
  }
  if (scenario === 'BNC') {
    for (const back of [10, 25, 40, 55]) movements.push({ on: daysBefore(end, back), credit: false, amount: Money.of('590.00'), narration: 'ACH DEBIT RETURN CHARGES INSUFFICIENT FUNDS', category: 'BOUNCE' });
  }
  movements.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : Number(b.credit) - Number(a.credit)));
  let balance = Money.of(String(15_000 + ((seed * 7) % 40_000)));
  const transactions: StatementTransaction[] = movements.map((m) => {
    balance = m.credit ? balance.plus(m.amount) : balance.minus(m.amount);
    return { valueDate: m.on, direction: m.credit ? 'CREDIT' : 'DEBIT', amount: m.amount, balanceAfter: balance, narration: m.narration, category: m.category };
  });
  return {
    accountHolderName: `SANDBOX HOLDER ${pan}`,
    maskedAccountNumber: `XXXXXXXX${String(seed).padStart(4, '0')}`,
    statement: { period: { from: daysBefore(end, SANDBOX_STATEMENT_DAYS - 1), to: end }, transactions },
  };
}
