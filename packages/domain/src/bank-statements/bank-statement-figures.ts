import type { LocalDate } from '../local-date.js';
import { Money } from '../money/money.js';
import { addPeriods, daysBetween, plusDays } from '../schedule/calendar.js';
import type { BankStatement, StatementTransaction } from './statement-transaction.js';

/** The figures decisions read from a bank statement (the `bank.*` facts). */
export interface BankStatementFigures {
  /** Lines categorised BOUNCE dated after `asOf` minus three calendar months and on or before `asOf`. */
  readonly bouncesLast3Months: number;
  /** The latest SALARY credit on or before `asOf`; null when there is none. */
  readonly lastSalaryCreditOn: LocalDate | null;
  /** See {@link bankStatementFigures}. */
  readonly averageBalance: Money;
}

/** How many days up to `asOf` the average balance looks at. */
export const AVERAGE_BALANCE_DAYS = 90;

/**
 * The figures of a statement as of a date; nothing dated after `asOf` is read.
 *
 * Average balance: the mean of the end-of-day balances of every calendar day in the window that runs from
 * 89 days before `asOf` to `asOf` (90 days), cut to the statement's period; rounded HALF_UP to the paisa.
 * A day's end-of-day balance is the balance after its last line, or, on a day without lines, the one
 * carried from the day before; before the first line it is the opening balance (the first line's balance
 * less its own effect).
 *
 * Null when nothing can be known as of `asOf`: the statement has no lines, its period starts after `asOf`,
 * or it ended before the 90 days began (too old to speak for the account today).
 * @example
 * bankStatementFigures(statement, localDate('2026-06-15')) // { bouncesLast3Months: 0, lastSalaryCreditOn: '2026-05-31', averageBalance: Money('18250.40') }
 */
export function bankStatementFigures(statement: BankStatement, asOf: LocalDate): BankStatementFigures | null {
  const first = statement.transactions[0];
  const balances = endOfDayBalances(statement, asOf);
  if (!first || balances.length === 0) return null;
  const seen = statement.transactions.filter((t) => t.valueDate <= asOf);
  const threeMonthsBack = addPeriods(asOf, 'MONTHLY', -3);
  const salaries = seen.filter((t) => t.category === 'SALARY' && t.direction === 'CREDIT').map((t) => t.valueDate);
  return {
    bouncesLast3Months: seen.filter((t) => t.category === 'BOUNCE' && t.valueDate > threeMonthsBack).length,
    lastSalaryCreditOn: salaries.reduce<LocalDate | null>((latest, d) => (latest === null || d > latest ? d : latest), null),
    averageBalance: Money.sum(balances, first.balanceAfter.currency).dividedBy(String(balances.length)).round({ dp: 2, mode: 'HALF_UP' }),
  };
}

/** The balance before a line: its balance after, less what it added (or plus what it took). */
export function openingBalance(first: StatementTransaction): Money {
  return first.direction === 'CREDIT' ? first.balanceAfter.minus(first.amount) : first.balanceAfter.plus(first.amount);
}

/** The end-of-day balance of each day of the window, oldest first (see {@link bankStatementFigures}); empty when the window is. */
export function endOfDayBalances(statement: BankStatement, asOf: LocalDate): Money[] {
  const windowStart = maxDate(plusDays(asOf, 1 - AVERAGE_BALANCE_DAYS), statement.period.from);
  const windowEnd = minDate(asOf, statement.period.to);
  // Lines are sorted by date, keeping the statement's order within a day, so a day's last line is its close.
  const lines = statement.transactions.map((t, i) => ({ t, i })).sort((a, b) => (a.t.valueDate < b.t.valueDate ? -1 : a.t.valueDate > b.t.valueDate ? 1 : a.i - b.i)).map((x) => x.t);
  const first = lines[0];
  if (!first) return [];
  const balances: Money[] = [];
  let balance = openingBalance(first);
  let next = 0;
  for (let day = 0; day <= daysBetween(windowStart, windowEnd); day++) {
    const date = plusDays(windowStart, day);
    for (let line = lines[next]; line && line.valueDate <= date; line = lines[++next]) balance = line.balanceAfter;
    balances.push(balance);
  }
  return balances;
}

const maxDate = (a: LocalDate, b: LocalDate) => (a > b ? a : b);
const minDate = (a: LocalDate, b: LocalDate) => (a < b ? a : b);
