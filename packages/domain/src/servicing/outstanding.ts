import { DomainInvariantError } from '../errors.js';
import { type LocalDate, isLocalDate } from '../local-date.js';
import { Money } from '../money/money.js';
import type { ScheduleJson, ScheduleRowJson } from '../schedule/schedule-json.js';

/**
 * Where a loan stands on a date by its schedule: the principal left after the last due date on or before it.
 * @example
 * const { outstandingPrincipal, nextRow }: ScheduledPosition = scheduledPosition(schedule, asOf);
 */
export interface ScheduledPosition {
  readonly outstandingPrincipal: Money;
  /** The last due date on or before the date, or the disbursement date. */
  readonly paidThrough: LocalDate;
  readonly lastRow: ScheduleRowJson | undefined;
  readonly nextRow: ScheduleRowJson | undefined;
}

/**
 * The scheduled position on `asOf`, assuming every instalment due on or before it was paid (arrears are
 * passed separately by the caller).
 * @throws DomainInvariantError `INVALID_AS_OF` for a malformed date or one before disbursement.
 * @example
 * scheduledPosition(schedule, '2024-03-15').outstandingPrincipal // closing balance of the 5 March row
 */
export function scheduledPosition(schedule: ScheduleJson, asOf: string): ScheduledPosition {
  if (!isLocalDate(asOf) || asOf < schedule.disbursementDate) {
    throw new DomainInvariantError('INVALID_AS_OF', 'asOf must be a YYYY-MM-DD date on or after disbursement', { field: 'asOf' });
  }
  const c = schedule.currency;
  let lastRow: ScheduleRowJson | undefined;
  for (const row of schedule.rows) if (row.dueDate <= asOf) lastRow = row;
  const nextRow = schedule.rows.find((r) => r.dueDate > asOf);
  return {
    outstandingPrincipal: Money.of(lastRow ? lastRow.closingBalance : schedule.principal, c),
    paidThrough: (lastRow ? lastRow.dueDate : schedule.disbursementDate) as LocalDate,
    lastRow,
    nextRow,
  };
}
