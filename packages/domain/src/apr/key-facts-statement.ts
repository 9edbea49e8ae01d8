import { DomainInvariantError } from '../errors.js';
import { Money } from '../money/money.js';
import type { Rounding } from '../money/rounding.js';
import { moneyString } from '../schedule/generate-schedule.js';
import type { ChargeLineJson, ScheduleJson, ScheduleRowJson } from '../schedule/schedule-json.js';
import { type AprMethod, type AprResult, calculateApr } from './calculate-apr.js';
import { scheduleCashFlows } from './schedule-cash-flows.js';

/**
 * What a KFS needs besides the schedule.
 * @example
 * const input: KeyFactsInput = { schedule, coolingOffDays: 3, aprMethod: 'RBI_KFS', aprRounding: { dp: 2, mode: 'HALF_UP' } };
 */
export interface KeyFactsInput {
  readonly schedule: ScheduleJson;
  /** Look-up (cooling-off) period in days during which the borrower may exit by repaying principal and proportionate APR. */
  readonly coolingOffDays: number;
  readonly aprMethod: AprMethod;
  readonly aprRounding: Rounding;
  /** Contingent charges shown in words (penal charges, bounce charges, foreclosure charges). */
  readonly contingentCharges?: readonly { readonly name: string; readonly description: string }[];
}

/**
 * The figures of a Key Facts Statement (RBI circular DOR.STR.REC.13/13.03.00/2024-25, Annex A Part 1 and
 * the Annex B computation), as one object for documents and the API. Money is decimal strings.
 * @example
 * const kfs: KeyFactsStatement = keyFactsStatement(input); kfs.apr.aprPercent;
 */
export interface KeyFactsStatement {
  readonly currency: string;
  readonly sanctionedAmount: string;
  readonly netDisbursedAmount: string;
  readonly totalInterest: string;
  readonly feesAndCharges: readonly ChargeLineJson[];
  /** Fees and charges with GST plus any separate broken-period interest. */
  readonly totalFeesAndCharges: string;
  readonly brokenPeriodInterest: string;
  /** Principal + interest + every fee and charge. */
  readonly totalAmountPayable: string;
  readonly apr: AprResult;
  readonly instalments: {
    readonly count: number;
    readonly frequency: ScheduleJson['frequency'];
    readonly amount: string | null;
    readonly firstDueDate: string;
  };
  readonly annualRatePercent: string;
  readonly coolingOffDays: number;
  readonly contingentCharges: readonly { readonly name: string; readonly description: string }[];
  readonly schedule: readonly ScheduleRowJson[];
}

/**
 * Builds the Key Facts Statement of a generated schedule: the amounts, the APR by the chosen method, the
 * instalments and the schedule itself.
 * @throws DomainInvariantError `INVALID_COOLING_OFF_DAYS` when the look-up period is not a non-negative whole number.
 * @example
 * const kfs = keyFactsStatement({ schedule, coolingOffDays: 3, aprMethod: 'RBI_KFS', aprRounding: { dp: 2, mode: 'HALF_UP' } });
 * kfs.netDisbursedAmount; kfs.apr.aprPercent; kfs.totalAmountPayable;
 */
export function keyFactsStatement(input: KeyFactsInput): KeyFactsStatement {
  const { schedule } = input;
  if (!Number.isSafeInteger(input.coolingOffDays) || input.coolingOffDays < 0) {
    throw new DomainInvariantError('INVALID_COOLING_OFF_DAYS', 'coolingOffDays must be a whole number of days', { field: 'coolingOffDays' });
  }
  const c = schedule.currency;
  const m = (s: string): Money => Money.of(s, c);
  const fees = Money.sum(schedule.charges.map((l) => m(l.total)), c).plus(m(schedule.brokenPeriodInterest));
  const interest = m(schedule.totals.interest);
  const first = schedule.rows[0];
  if (!first) throw new DomainInvariantError('INVALID_SCHEDULE', 'a schedule has at least one row', { field: 'schedule' });
  const cashFlows = scheduleCashFlows(schedule);
  const apr = calculateApr({
    method: input.aprMethod,
    advanceDate: schedule.disbursementDate,
    ...cashFlows,
    unitPeriod: schedule.method === 'BULLET' ? 'DAILY' : schedule.frequency,
    rounding: input.aprRounding,
  });
  return {
    currency: c,
    sanctionedAmount: schedule.principal,
    netDisbursedAmount: schedule.netDisbursed,
    totalInterest: moneyString(interest),
    feesAndCharges: schedule.charges,
    totalFeesAndCharges: moneyString(fees),
    brokenPeriodInterest: schedule.brokenPeriodInterest,
    totalAmountPayable: moneyString(m(schedule.principal).plus(interest).plus(fees)),
    apr,
    instalments: { count: schedule.rows.length, frequency: schedule.frequency, amount: schedule.instalmentAmount, firstDueDate: first.dueDate },
    annualRatePercent: schedule.annualRatePercent,
    coolingOffDays: input.coolingOffDays,
    contingentCharges: input.contingentCharges ?? [],
    schedule: schedule.rows,
  };
}
