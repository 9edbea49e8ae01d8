import { DomainInvariantError } from '../errors.js';
import type { JournalEntry } from '../ledger/journal-entry.js';
import { loanBalances, type LoanBalances } from '../ledger/loan-balances.js';
import type { LocalDate } from '../local-date.js';
import { Money } from '../money/money.js';
import { daysBetween } from '../schedule/calendar.js';
import type { ScheduleJson } from '../schedule/schedule-json.js';
import type { Dues } from './repayment-waterfall.js';

/**
 * Where one instalment stands: what it asks, what the ledger shows paid towards it (payments fill
 * instalments oldest first), and whether it is paid, due today, overdue or still to come.
 * @example const { status }: InstalmentStatus = loanPosition(schedule, entries, asOf).instalments[0]!;
 */
export interface InstalmentStatus {
  readonly number: number;
  readonly dueDate: LocalDate;
  readonly amount: Money;
  readonly paid: Money;
  readonly status: 'PAID' | 'DUE' | 'OVERDUE' | 'UPCOMING';
}

/**
 * A loan on a date as its fixed schedule and its ledger show it together.
 * @example const { dues, daysPastDue, interestToAccrue } = loanPosition(schedule, entries, asOf);
 */
export interface LoanPosition {
  readonly asOf: LocalDate;
  /** The ledger's balances before `interestToAccrue` is posted. */
  readonly balances: LoanBalances;
  /** Interest of instalments due on or before `asOf` that the ledger has not accrued yet. */
  readonly interestToAccrue: Money;
  /** What is due now by bucket, counting `interestToAccrue` as accrued: the dues a repayment fills. */
  readonly dues: Dues;
  /** Everything owed if the loan closed today by its schedule (all receivables after the accrual). */
  readonly owed: Money;
  /** Days since the oldest instalment not fully paid fell due; 0 when none is past due. */
  readonly daysPastDue: number;
  readonly nextDue: { readonly dueDate: LocalDate; readonly amount: Money } | null;
  readonly instalments: readonly InstalmentStatus[];
}

/**
 * Derives a loan's position from its schedule and ledger only — no counters kept alongside that could
 * drift. Interest is earned instalment by instalment: on its due date an instalment's interest becomes
 * receivable (`interestToAccrue` says how much is missing). Principal falls due as the schedule amortises
 * it; penal charges and fees are due as soon as they are booked. Payments count towards instalments
 * oldest first, which gives each instalment's paid status and the days past due.
 * @throws DomainInvariantError `SCHEDULE_OF_OTHER_LOAN` when the ledger disbursed another principal, or
 * `INSTALMENT_FEES_UNSUPPORTED` for a schedule that collects fees with its instalments.
 * @example
 * const position = loanPosition(schedule, await ledger.entriesOfLoan(brandId, loanId), localDate('2026-12-23'));
 * position.dues.PRINCIPAL.toFixed(); // the principal of instalments due and unpaid
 */
export function loanPosition(schedule: ScheduleJson, entries: readonly JournalEntry[], asOf: LocalDate): LoanPosition {
  const c = schedule.currency;
  const zero = Money.zero(c);
  if (schedule.rows.some((r) => !Money.of(r.fees, c).isZero())) {
    throw new DomainInvariantError('INSTALMENT_FEES_UNSUPPORTED', 'fees collected with instalments are booked as charges, not through the schedule');
  }
  const loanId = entries[0]?.loanId ?? '';
  const balances = loanBalances(loanId, entries, c);
  const debits = (kind: JournalEntry['kind'], account: string) =>
    Money.sum(
      entries.filter((e) => e.kind === kind).flatMap((e) => e.lines.filter((l) => l.account === account && l.side === 'DEBIT').map((l) => l.amount)),
      c,
    );
  const disbursed = debits('DISBURSAL', 'PRINCIPAL_RECEIVABLE');
  if (!disbursed.isZero() && !disbursed.equals(Money.of(schedule.principal, c))) {
    throw new DomainInvariantError('SCHEDULE_OF_OTHER_LOAN', `the ledger disbursed ${disbursed.toFixed()}, the schedule ${schedule.principal}`);
  }
  const accrued = debits('INTEREST_ACCRUAL', 'INTEREST_RECEIVABLE');
  const fallenDue = schedule.rows.filter((r) => r.dueDate <= asOf);
  const interestDue = Money.sum(fallenDue.map((r) => Money.of(r.interest, c)), c);
  const interestToAccrue = interestDue.minus(accrued).max(zero);
  const scheduledBalance = Money.of(fallenDue.at(-1)?.closingBalance ?? schedule.principal, c);
  const dues: Dues = {
    PENAL: balances.penal.max(zero),
    FEES: balances.fees.max(zero),
    INTEREST: balances.interest.plus(interestToAccrue).max(zero),
    PRINCIPAL: balances.principal.minus(scheduledBalance).max(zero),
  };
  // What the borrower has paid towards instalments: principal repaid plus interest accrued and settled.
  let paidLeft = disbursed.minus(balances.principal).plus(accrued.minus(balances.interest)).max(zero);
  let daysPastDue = 0;
  const instalments = schedule.rows.map((r): InstalmentStatus => {
    const amount = Money.of(r.principal, c).plus(Money.of(r.interest, c));
    const paid = paidLeft.min(amount);
    paidLeft = paidLeft.minus(paid);
    const dueDate = r.dueDate as LocalDate;
    const status = paid.equals(amount) ? 'PAID' : dueDate < asOf ? 'OVERDUE' : dueDate === asOf ? 'DUE' : 'UPCOMING';
    if (status === 'OVERDUE' && daysPastDue === 0) daysPastDue = daysBetween(dueDate, asOf);
    return { number: r.number, dueDate, amount, paid, status };
  });
  const next = instalments.find((i) => i.status !== 'PAID');
  const owed = balances.principal.plus(balances.interest).plus(interestToAccrue).plus(balances.fees).plus(balances.penal).max(zero);
  return {
    asOf,
    balances,
    interestToAccrue,
    dues,
    owed,
    daysPastDue,
    nextDue: next ? { dueDate: next.dueDate, amount: next.amount.minus(next.paid) } : null,
    instalments,
  };
}
