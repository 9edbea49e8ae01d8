import type { LocalDate } from '../local-date.js';
import type { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { Rounding } from '../money/rounding.js';
import type { Frequency } from './calendar.js';
import type { DayCount } from './day-count.js';

/**
 * How the loan amortises: equal instalments on the reducing balance (EMI), equal principal on the reducing
 * balance, flat interest on the original principal, or one repayment at the end with interest per day.
 */
export type ScheduleMethod = 'EMI' | 'EQUAL_PRINCIPAL' | 'FLAT' | 'BULLET';

/** Interest per instalment period (rate ÷ periods a year) or per actual day by the day-count convention. */
export type InterestBasis = 'PERIOD' | 'DAILY';

/** Broken-period interest (disbursement to the start of the first regular period): in instalment 1 or separate. */
export type BrokenPeriodTreatment = 'FIRST_INSTALMENT' | 'SEPARATE';

/** When a fee or charge is collected: deducted from the amount paid out, paid upfront, or with instalment 1. */
export type FeeCollection = 'DEDUCTED' | 'UPFRONT' | 'FIRST_INSTALMENT';

/** A due date on a non-repayment date moves to the next or previous working day. */
export type HolidayMove = 'NEXT' | 'PREVIOUS';

/** Whether interest runs to the moved due dates or stays on the original ones. */
export type HolidayInterest = 'SHIFTED_DATES' | 'ORIGINAL_DATES';

/** The processing fee as JSON: a flat amount, or a percentage of the principal with optional bounds. */
export type ProcessingFeeJson =
  | { readonly kind: 'FLAT'; readonly amount: string }
  | { readonly kind: 'PERCENT'; readonly percent: string; readonly min?: string; readonly max?: string };

/** Another charge (insurance premium, stamp duty, documentation). */
export interface ChargeJson {
  readonly name: string;
  readonly amount: string;
  /** True when GST is levied on it (insurance and stamp duty usually not). */
  readonly gst: boolean;
  readonly collection: FeeCollection;
}

/** Fees and charges of a loan. */
export interface FeesJson {
  readonly processingFee?: ProcessingFeeJson;
  readonly processingFeeCollection?: FeeCollection;
  /** GST rate in percent on the processing fee and on charges marked `gst` (18 in India). */
  readonly gstPercent?: string;
  readonly charges?: readonly ChargeJson[];
}

/** The brand's non-repayment dates and what a due date on one of them does. */
export interface HolidaysJson {
  readonly dates: readonly string[];
  /** Days of the week that are never due dates, 0 = Sunday … 6 = Saturday. */
  readonly weeklyOff?: readonly number[];
  readonly move: HolidayMove;
  readonly interest: HolidayInterest;
}

/** Explicit rounding: of the instalment (dp or a multiple) and of every row amount (interest, principal, fees). */
export interface ScheduleRoundingJson {
  readonly instalment: Rounding;
  readonly amounts: Rounding;
}

/** The JSON terms of a schedule: decimal strings for money and rates, `YYYY-MM-DD` for dates. */
export interface ScheduleTermsJson {
  readonly principal: string;
  readonly currency?: string;
  /** Nominal annual rate in percent (`"12"` is 12% a year; a 1%-a-day product is `"365"` on ACT/365). */
  readonly annualRatePercent: string;
  readonly method: ScheduleMethod;
  readonly frequency: Frequency;
  /** Number of instalments; for BULLET the tenure in periods of `frequency` (30 DAILY = 30 days). */
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

/** The terms after validation, in domain types. */
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
