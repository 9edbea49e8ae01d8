import type { Frequency } from './calendar.js';
import type { DayCount } from './day-count.js';
import type { FeeCollection, InterestBasis, ScheduleMethod } from './schedule-terms.js';

/**
 * One instalment of a schedule. Money is a decimal string.
 * @example
 * const row: ScheduleRowJson = generateSchedule(terms).rows[0]!;
 */
export interface ScheduleRowJson {
  readonly number: number;
  readonly dueDate: string;
  /** Days from the previous due date (or disbursement) to this one. */
  readonly days: number;
  readonly openingBalance: string;
  readonly principal: string;
  readonly interest: string;
  readonly fees: string;
  readonly total: string;
  readonly closingBalance: string;
}

/**
 * A fee or charge line.
 * @example
 * const lines: readonly ChargeLineJson[] = generateSchedule(terms).charges;
 */
export interface ChargeLineJson {
  readonly name: string;
  readonly amount: string;
  readonly gst: string;
  readonly total: string;
  readonly collection: FeeCollection;
}

/**
 * A generated schedule, JSON-serialisable.
 * @example
 * const schedule: ScheduleJson = generateSchedule(terms); schedule.totals.interest;
 */
export interface ScheduleJson {
  readonly currency: string;
  readonly method: ScheduleMethod;
  readonly frequency: Frequency;
  readonly dayCount: DayCount;
  readonly interestBasis: InterestBasis;
  readonly annualRatePercent: string;
  readonly principal: string;
  readonly disbursementDate: string;
  /** The equated instalment (EMI method), otherwise null. */
  readonly instalmentAmount: string | null;
  /** Broken-period interest charged separately (deducted from the disbursal); "0.00" when none. */
  readonly brokenPeriodInterest: string;
  readonly charges: readonly ChargeLineJson[];
  /** Fees and charges (with GST) deducted from the disbursal, plus separate broken-period interest. */
  readonly deductedFromDisbursal: string;
  /** Fees and charges (with GST) the borrower pays upfront, outside the disbursal. */
  readonly collectedUpfront: string;
  /** What reaches the borrower's account: principal minus deductions. */
  readonly netDisbursed: string;
  readonly rows: readonly ScheduleRowJson[];
  readonly totals: { readonly principal: string; readonly interest: string; readonly fees: string; readonly total: string };
}
