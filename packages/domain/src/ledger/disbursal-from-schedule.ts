import { DomainInvariantError } from '../errors.js';
import { Money } from '../money/money.js';
import type { ScheduleJson } from '../schedule/schedule-json.js';
import type { DisbursalPosting } from './post-disbursal.js';

/**
 * What a generated schedule says the disbursal moves: the principal, every charge collected by deduction
 * (with its GST) and broken-period interest charged separately. Charges paid upfront or with the first
 * instalment are not part of the disbursal and are booked when they fall due.
 * @throws DomainInvariantError `LEDGER_SCHEDULE_MISMATCH` when the schedule's deductions do not add up to its own total.
 * @example postDisbursal(header, disbursalFromSchedule(generateSchedule(terms)))
 */
export function disbursalFromSchedule(schedule: ScheduleJson): DisbursalPosting {
  const c = schedule.currency;
  const deducted = schedule.charges.filter((l) => l.collection === 'DEDUCTED');
  const deductedFees = deducted.map((l) => ({ name: l.name, amount: Money.of(l.amount, c), gst: Money.of(l.gst, c) }));
  const deductedInterest = Money.of(schedule.brokenPeriodInterest, c);
  const total = Money.sum([...deductedFees.flatMap((f) => [f.amount, f.gst]), deductedInterest], c);
  // The schedule states its own deductions; a disagreement means it was edited or built by other rules.
  if (!total.equals(Money.of(schedule.deductedFromDisbursal, c))) {
    throw new DomainInvariantError('LEDGER_SCHEDULE_MISMATCH', `deductions ${total.toFixed()} ≠ schedule's ${schedule.deductedFromDisbursal}`);
  }
  return { principal: Money.of(schedule.principal, c), deductedFees, deductedInterest };
}
