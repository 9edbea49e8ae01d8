import type { ScheduleTermsJson } from '../schedule/schedule-terms.js';
import type { Money } from '../money/money.js';
import type { LocalDate } from '../local-date.js';
import type { LoanProduct } from './loan-product.js';

/** GST on fees and charges in India: 18% (CGST + SGST, or IGST), on financial services. */
export const INDIA_GST_PERCENT = '18';

/**
 * The look-up (cooling-off) period a digital loan must offer: at least 3 days for a tenor of 7 days or more,
 * at least 1 day below that (RBI Guidelines on Digital Lending, 2 September 2022, §6(iii) "Cooling-off/look-up
 * period").
 */
export function minimumCoolingOffDays(product: LoanProduct, tenure: number): number {
  const days = product.tenureUnit === 'DAY' ? tenure : tenure * 30;
  return days >= 7 ? 3 : 1;
}

/**
 * The schedule terms a product implies for an amount and tenure: day-tenure products are single-repayment
 * (bullet) loans with interest per actual day on ACT/365; month-tenure products repay by equal monthly
 * instalments on the reducing balance, interest per period on 30/360. The processing fee (with GST) is
 * deducted from the disbursal. Amounts round half-up to the paisa.
 * @example
 * generateSchedule(quoteTerms(product, Money.of('20000'), 30, localDate('2026-11-23')))
 */
export function quoteTerms(product: LoanProduct, amount: Money, tenure: number, disbursementDate: LocalDate): ScheduleTermsJson {
  const fee = product.processingFee;
  const byDay = product.tenureUnit === 'DAY';
  return {
    principal: amount.toFixed(),
    currency: product.currency,
    annualRatePercent: product.annualRate.toString(),
    method: byDay ? 'BULLET' : 'EMI',
    frequency: byDay ? 'DAILY' : 'MONTHLY',
    instalments: tenure,
    dayCount: byDay ? 'ACT/365' : '30/360',
    interestBasis: byDay ? 'DAILY' : 'PERIOD',
    disbursementDate,
    rounding: { instalment: { dp: 2, mode: 'HALF_UP' }, amounts: { dp: 2, mode: 'HALF_UP' } },
    fees: {
      processingFee:
        fee.kind === 'FLAT'
          ? { kind: 'FLAT', amount: fee.amount.toFixed() }
          : { kind: 'PERCENT', percent: fee.rate.toString(), ...(fee.min ? { min: fee.min.toFixed() } : {}), ...(fee.max ? { max: fee.max.toFixed() } : {}) },
      processingFeeCollection: 'DEDUCTED',
      gstPercent: INDIA_GST_PERCENT,
    },
  };
}
