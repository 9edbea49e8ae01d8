import { Money } from '../money/money.js';
import type { ScheduleJson } from '../schedule/schedule-json.js';
import type { AprPayment } from './calculate-apr.js';

/**
 * The cash flows of a schedule as the borrower sees them: the net amount disbursed less anything paid
 * upfront, then every instalment (principal, interest and fees together).
 * @example
 * const { netAdvance, payments } = scheduleCashFlows(generateSchedule(terms));
 */
export function scheduleCashFlows(schedule: ScheduleJson): { netAdvance: Money; payments: AprPayment[] } {
  const c = schedule.currency;
  return {
    netAdvance: Money.of(schedule.netDisbursed, c).minus(Money.of(schedule.collectedUpfront, c)),
    payments: schedule.rows.map((r) => ({ date: r.dueDate, amount: Money.of(r.total, c) })),
  };
}
