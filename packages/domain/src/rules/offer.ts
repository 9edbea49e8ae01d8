import type { LocalDate } from '../local-date.js';
import { Money } from '../money/money.js';
import { Decimal } from '../money/decimal.js';
import { Rate } from '../money/rate.js';
import type { Rounding } from '../money/rounding.js';
import type { Decision } from './decision.js';
import type { CompiledDecisionTable } from './decision-table.js';
import { emiPreview } from './emi-preview.js';

/** One tenure of an offer with its EMI preview. */
export interface OfferTenure {
  readonly months: number;
  readonly emi: Money;
  readonly totalRepayable: Money;
}

/** What the offer engine makes of an approval: an offer, or why there is none. */
export type OfferResult =
  | {
      readonly status: 'offered';
      readonly rowId: string;
      readonly annualRate: Rate;
      readonly maxAmount: Money;
      /** The requested amount capped at the maximum. */
      readonly amount: Money;
      readonly tenures: readonly OfferTenure[];
    }
  | { readonly status: 'no-offer'; readonly reason: 'NOT_APPROVED' | 'NO_MATCHING_ROW' | 'PRICING_UNKNOWN' | 'TABLE_OUTPUTS_MISSING' };

/** The inputs of the offer engine for one application. */
export interface OfferRequest {
  readonly decision: Decision;
  /** A table whose outputs include `annualRatePercent` (decimal), `maxAmount` (decimal) and `tenures` (integer-list). */
  readonly table: CompiledDecisionTable;
  readonly facts: unknown;
  readonly asOf: LocalDate;
  readonly requestedAmount: Money;
  /** The brand's rounding of the EMI (explicit, never defaulted). */
  readonly emiRounding: Rounding;
}

/**
 * Turns an approval into an offer: rate, maximum amount and allowed tenures from the brand's decision
 * table, with an EMI preview per tenure. Only an approved decision gets an offer.
 * @example
 * const offer = makeOffer({ decision, table, facts, asOf, requestedAmount: Money.of('50000'), emiRounding: { dp: 2, mode: 'HALF_UP' } });
 * if (offer.status === 'offered') offer.tenures.map((t) => `${t.months}: ${t.emi.toFixed()}`);
 */
export function makeOffer(request: OfferRequest): OfferResult {
  if (request.decision.outcome !== 'approved') return { status: 'no-offer', reason: 'NOT_APPROVED' };
  const result = request.table.evaluate(request.facts, { asOf: request.asOf });
  if (result.status === 'unknown') return { status: 'no-offer', reason: 'PRICING_UNKNOWN' };
  if (result.status === 'no-match') return { status: 'no-offer', reason: 'NO_MATCHING_ROW' };
  const hit = result.hits[0]!;
  const { annualRatePercent, maxAmount, tenures } = hit.outputs;
  if (typeof annualRatePercent !== 'string' || typeof maxAmount !== 'string' || !Array.isArray(tenures)) {
    return { status: 'no-offer', reason: 'TABLE_OUTPUTS_MISSING' };
  }
  const currency = request.requestedAmount.currency;
  const cap = Money.of(maxAmount, currency);
  const amount = request.requestedAmount.min(cap);
  const rate = new Decimal(annualRatePercent);
  return {
    status: 'offered',
    rowId: hit.rowId,
    annualRate: Rate.percent(rate),
    maxAmount: cap,
    amount,
    tenures: (tenures as readonly number[]).map((months) => {
      const emi = emiPreview(amount.amount, rate, months, request.emiRounding);
      return { months, emi: Money.of(emi, currency), totalRepayable: Money.of(emi.mul(months), currency) };
    }),
  };
}
