import { DomainInvariantError } from '../errors.js';
import type { LocalDate } from '../local-date.js';
import { addPeriods, dayOfWeek, plusDays } from './calendar.js';
import type { ScheduleTerms } from './schedule-terms.js';

/** One instalment period: the dates interest runs between and the date it is collected. */
export interface Period {
  readonly number: number;
  /** The due date after moving off non-repayment dates. */
  readonly dueDate: LocalDate;
  /** Interest runs from `accrualFrom` to `accrualTo`. */
  readonly accrualFrom: LocalDate;
  readonly accrualTo: LocalDate;
  /** True when the accrual span is exactly one regular period of the frequency. */
  readonly regular: boolean;
}

/** The periods of a schedule and the broken period before the first regular one, if any. */
export interface PeriodPlan {
  readonly periods: readonly Period[];
  /** Disbursement to the start of the first regular period, when the first period is longer than regular. */
  readonly broken: { readonly from: LocalDate; readonly to: LocalDate } | undefined;
}

/** Moves a date off the brand's non-repayment dates. */
export function moveOffHolidays(date: LocalDate, holidays: NonNullable<ScheduleTerms['holidays']>): LocalDate {
  let d = date;
  const step = holidays.move === 'NEXT' ? 1 : -1;
  // Bounded: a year of consecutive non-repayment dates is a configuration error, not a loop to run forever.
  for (let i = 0; i < 366; i++) {
    if (!holidays.dates.has(d) && !holidays.weeklyOff.has(dayOfWeek(d))) return d;
    d = plusDays(d, step);
  }
  throw new DomainInvariantError('INVALID_HOLIDAYS', 'no working day within a year of a due date', { field: 'holidays' });
}

/**
 * Lays out the due dates. Nominal due dates are counted from the first due date (see `addPeriods` for the
 * month-end rule); a bullet loan has one, `instalments` periods after disbursement. A due date on a
 * non-repayment date moves; interest then runs to the moved date or stays on the nominal one, as configured.
 * A move back that would reach the previous due date moves forward instead; a move forward onto the next
 * due date (daily instalments over a long holiday) is refused.
 */
export function planPeriods(terms: ScheduleTerms): PeriodPlan {
  const bullet = terms.method === 'BULLET';
  const count = bullet ? 1 : terms.instalments;
  // Without a first due date the dates count from the disbursement date itself, so a loan disbursed on the
  // 31st keeps falling due on the 31st (or the month's last day) rather than drifting to the 30th.
  const first = terms.firstDueDate;
  const nominal: LocalDate[] = [];
  if (bullet) nominal.push(terms.disbursementDate, first ?? addPeriods(terms.disbursementDate, terms.frequency, terms.instalments));
  else if (first) for (let k = 0; k <= count; k++) nominal.push(addPeriods(first, terms.frequency, k - 1));
  else for (let k = 0; k <= count; k++) nominal.push(addPeriods(terms.disbursementDate, terms.frequency, k));
  const regularStart = nominal[0]!;

  const holidays = terms.holidays;
  const due: LocalDate[] = [terms.disbursementDate];
  for (let k = 1; k <= count; k++) {
    let d = holidays ? moveOffHolidays(nominal[k]!, holidays) : nominal[k]!;
    // Moving back must not reach the previous due date (or the disbursement): move forward instead.
    if (holidays && d <= due[k - 1]! && holidays.move === 'PREVIOUS') d = moveOffHolidays(nominal[k]!, { ...holidays, move: 'NEXT' });
    due.push(d);
  }
  const accrualEnds = holidays?.interest === 'SHIFTED_DATES' ? [nominal[0]!, ...due.slice(1)] : nominal;

  const broken = terms.disbursementDate < regularStart ? { from: terms.disbursementDate, to: regularStart } : undefined;
  const periods: Period[] = [];
  for (let k = 1; k <= count; k++) {
    const accrualFrom = k === 1 ? (broken ? regularStart : terms.disbursementDate) : accrualEnds[k - 1]!;
    const accrualTo = accrualEnds[k]!;
    const dueDate = due[k]!;
    const previousDue = k === 1 ? terms.disbursementDate : due[k - 1]!;
    if (dueDate <= previousDue || accrualTo <= accrualFrom) {
      throw new DomainInvariantError('INVALID_HOLIDAYS', `moving due date ${nominal[k]} makes instalment ${k} fall on or before the previous one`, {
        field: 'holidays',
      });
    }
    periods.push({
      number: k,
      dueDate,
      accrualFrom,
      accrualTo,
      regular: !bullet && accrualFrom === nominal[k - 1] && accrualTo === nominal[k],
    });
  }
  return { periods, broken };
}
