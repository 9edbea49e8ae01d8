import { DomainInvariantError } from '../errors.js';
import type { LocalDate } from '../local-date.js';
import { daysBetween } from '../schedule/calendar.js';
import { generateSchedule } from '../schedule/generate-schedule.js';
import type { ScheduleJson } from '../schedule/schedule-json.js';
import type { HolidaysJson, ScheduleRoundingJson } from '../schedule/schedule-terms.js';
import { scheduledPosition } from './outstanding.js';

/**
 * What a restructuring changes.
 * @example
 * const input: RestructureInput = { schedule, asOf: '2024-04-10', newInstalments: 18, rounding };
 */
export interface RestructureInput {
  readonly schedule: ScheduleJson;
  /** The date of the restructuring; instalments due on or before it are taken as paid. */
  readonly asOf: string;
  /** New nominal annual rate in percent; the old one when omitted. */
  readonly newAnnualRatePercent?: string;
  /** New number of instalments from the next due date; the remaining count when omitted. */
  readonly newInstalments?: number;
  readonly rounding: ScheduleRoundingJson;
  readonly holidays?: HolidaysJson;
}

/**
 * Re-amortises what is outstanding from `asOf`: the principal after the last instalment due on or before
 * it becomes a new loan "disbursed" on that due date, repaid from the next due date at the new rate or
 * tenure, with the same method, frequency and day count. Interest from the last due date is therefore
 * part of the first new instalment. Fees are not charged again.
 * @throws DomainInvariantError `NOTHING_TO_RESTRUCTURE` when the loan is repaid by `asOf`.
 * @example
 * restructure({ schedule, asOf: '2024-04-10', newAnnualRatePercent: '10', newInstalments: 18,
 *   rounding: { instalment: { dp: 2, mode: 'HALF_UP' }, amounts: { dp: 2, mode: 'HALF_UP' } } }).rows.length // 18
 */
export function restructure(input: RestructureInput): ScheduleJson {
  const { schedule } = input;
  const position = scheduledPosition(schedule, input.asOf);
  if (!position.outstandingPrincipal.isPositive() || !position.nextRow) {
    throw new DomainInvariantError('NOTHING_TO_RESTRUCTURE', 'no principal is outstanding after asOf', { field: 'asOf' });
  }
  const remaining = schedule.rows.filter((r) => r.dueDate > input.asOf).length;
  const bullet = schedule.method === 'BULLET';
  return generateSchedule({
    principal: position.outstandingPrincipal.toFixed(),
    currency: schedule.currency,
    annualRatePercent: input.newAnnualRatePercent ?? schedule.annualRatePercent,
    method: schedule.method,
    frequency: bullet ? 'DAILY' : schedule.frequency,
    instalments: input.newInstalments ?? (bullet ? Math.max(1, daysBetween(position.paidThrough, position.nextRow.dueDate as LocalDate)) : remaining),
    dayCount: schedule.dayCount,
    interestBasis: schedule.interestBasis,
    disbursementDate: position.paidThrough,
    ...(bullet ? {} : { firstDueDate: position.nextRow.dueDate }),
    rounding: input.rounding,
    ...(input.holidays ? { holidays: input.holidays } : {}),
  });
}
