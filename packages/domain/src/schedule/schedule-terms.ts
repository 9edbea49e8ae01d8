import type { LocalDate } from '../local-date.js';
import type { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { Rounding } from '../money/rounding.js';
import type { Frequency } from './calendar.js';
import type { DayCount } from './day-count.js';

/**
 * How the loan amortises: equal instalments on the reducing balance (EMI), equal principal on the reducing
 * balance, flat interest on the original principal, or one repayment at the end with interest per day.
 * @example
 * const method: ScheduleMethod = 'BULLET';
 */
export type ScheduleMethod = 'EMI' | 'EQUAL_PRINCIPAL' | 'FLAT' | 'BULLET';

/**
 * Interest per instalment period (rate ÷ periods a year) or per actual day by the day-count convention.
 * @example
 * const basis: InterestBasis = 'DAILY';
 */
export type InterestBasis = 'PERIOD' | 'DAILY';

/**
 * Broken-period interest (disbursement to the start of the first regular period): in instalment 1 or separate.
 * @example
 * const bpi: BrokenPeriodTreatment = 'SEPARATE';
 */
export type BrokenPeriodTreatment = 'FIRST_INSTALMENT' | 'SEPARATE';

/**
 * When a fee or charge is collected: deducted from the amount paid out, paid upfront, or with instalment 1.
 * @example
 * const how: FeeCollection = 'DEDUCTED';
 */
export type FeeCollection = 'DEDUCTED' | 'UPFRONT' | 'FIRST_INSTALMENT';

/**
 * A due date on a non-repayment date moves to the next or previous working day.
 * @example
 * const move: HolidayMove = 'NEXT';
 */
export type HolidayMove = 'NEXT' | 'PREVIOUS';

/**
 * Whether interest runs to the moved due dates or stays on the original ones.
 * @example
 * const interest: HolidayInterest = 'ORIGINAL_DATES';
 */
export type HolidayInterest = 'SHIFTED_DATES' | 'ORIGINAL_DATES';

/**
 * The processing fee as JSON: a flat amount, or a percentage of the principal with optional bounds.
 * @example
 * const fee: ProcessingFeeJson = { kind: 'PERCENT', percent: '2', min: '500', max: '5000' };
 */
export type ProcessingFeeJson =
  | { readonly kind: 'FLAT'; readonly amount: string }
  | { readonly kind: 'PERCENT'; readonly percent: string; readonly min?: string; readonly max?: string };

/**
 * Another charge (insurance premium, stamp duty, documentation).
 * @example
 * const stampDuty: ChargeJson = { name: 'Stamp duty', amount: '200', gst: false, collection: 'DEDUCTED' };
 */
export interface ChargeJson {
  readonly name: string;
  readonly amount: string;
  /** True when GST is levied on it (insurance and stamp duty usually not). */
  readonly gst: boolean;
  readonly collection: FeeCollection;
}

/**
 * Fees and charges of a loan.
 * @example
 * const fees: FeesJson = { processingFee: { kind: 'FLAT', amount: '999' }, gstPercent: '18' };
 */
export interface FeesJson {
  readonly processingFee?: ProcessingFeeJson;
  readonly processingFeeCollection?: FeeCollection;
  /** GST rate in percent on the processing fee and on charges marked `gst` (18 in India). */
  readonly gstPercent?: string;
  readonly charges?: readonly ChargeJson[];
}

/**
 * The brand's non-repayment dates and what a due date on one of them does.
 * @example
 * const holidays: HolidaysJson = { dates: ['2024-08-15'], weeklyOff: [0], move: 'NEXT', interest: 'SHIFTED_DATES' };
 */
export interface HolidaysJson {
  readonly dates: readonly string[];
  /** Days of the week that are never due dates, 0 = Sunday … 6 = Saturday. */
  readonly weeklyOff?: readonly number[];
  readonly move: HolidayMove;
  readonly interest: HolidayInterest;
}

/**
 * Explicit rounding: of the instalment (dp or a multiple) and of every row amount (interest, principal, fees).
 * @example
 * const rounding: ScheduleRoundingJson = { instalment: { multiple: '10', mode: 'CEILING' }, amounts: { dp: 2, mode: 'HALF_UP' } };
 */
export interface ScheduleRoundingJson {
  readonly instalment: Rounding;
  readonly amounts: Rounding;
}

/**
 * The JSON terms of a schedule: decimal strings for money and rates, `YYYY-MM-DD` for dates.
 * @example
 * const terms: ScheduleTermsJson = { principal: '25000', annualRatePercent: '24', method: 'EMI', frequency: 'MONTHLY', instalments: 6,
 *   dayCount: 'ACT/365', interestBasis: 'DAILY', disbursementDate: '2024-01-10', rounding };
 */
export interface ScheduleTermsJson {
  readonly principal: string;
  readonly currency?: string;
  /** Nominal annual rate in percent (`"12"` is 12% a year; a 1%-a-day product is `"365"` on ACT/365). */
  readonly annualRatePercent: string;
  readonly method: ScheduleMethod;
  readonly frequency: Frequency;
  /** Number of instalments; for BULLET the tenure in periods of `frequency` (30 DAILY = 30 days) unless `firstDueDate` is given. */
  readonly instalments: number;
  readonly dayCount: DayCount;
  readonly interestBasis: InterestBasis;
  readonly disbursementDate: string;
  /** First due date; defaults to one period after disbursement. */
  readonly firstDueDate?: string;
  readonly brokenPeriod?: BrokenPeriodTreatment;
  /** Instalments with no principal (interest only) at the start. */
  readonly graceOnPrincipal?: number;
  /** Instalments (at most the principal grace) whose interest is deferred to the first instalment after them. */
  readonly graceOnInterest?: number;
  readonly holidays?: HolidaysJson;
  readonly rounding: ScheduleRoundingJson;
  readonly fees?: FeesJson;
}

/** A charge after validation. */
export interface Charge {
  readonly name: string;
  readonly amount: Money;
  readonly gst: boolean;
  readonly collection: FeeCollection;
}

/**
 * The terms after validation, in domain types.
 * @example
 * const terms: ScheduleTerms = parseScheduleTerms(json);
 */
export interface ScheduleTerms {
  readonly principal: Money;
  readonly annualRate: Rate;
  readonly method: ScheduleMethod;
  readonly frequency: Frequency;
  readonly instalments: number;
  readonly dayCount: DayCount;
  readonly interestBasis: InterestBasis;
  readonly disbursementDate: LocalDate;
  readonly firstDueDate: LocalDate | undefined;
  readonly brokenPeriod: BrokenPeriodTreatment;
  readonly graceOnPrincipal: number;
  readonly graceOnInterest: number;
  readonly holidays: { readonly dates: ReadonlySet<string>; readonly weeklyOff: ReadonlySet<number>; readonly move: HolidayMove; readonly interest: HolidayInterest } | undefined;
  readonly rounding: ScheduleRoundingJson;
  readonly processingFee:
    | { readonly kind: 'FLAT'; readonly amount: Money }
    | { readonly kind: 'PERCENT'; readonly rate: Rate; readonly min: Money | undefined; readonly max: Money | undefined }
    | undefined;
  readonly processingFeeCollection: FeeCollection;
  readonly gstRate: Rate;
  readonly charges: readonly Charge[];
}
