import { Money } from '../money/money.js';
import { clampMoney, percentOf } from '../money/money-helpers.js';
import type { FeeCollection, ScheduleTerms } from './schedule-terms.js';

/** A fee or charge with its GST, as the schedule and the KFS show it. */
export interface ChargeLine {
  readonly name: string;
  readonly amount: Money;
  readonly gst: Money;
  readonly total: Money;
  readonly collection: FeeCollection;
}

/** Name of the processing fee line. */
export const PROCESSING_FEE = 'Processing fee';

/**
 * The processing fee (flat, or a percentage of the principal clamped to its min/max) and the other
 * charges, each with GST where it applies, rounded by the schedule's amount rule.
 */
export function chargeLines(terms: ScheduleTerms): ChargeLine[] {
  const { principal, rounding, gstRate } = terms;
  const lines: ChargeLine[] = [];
  const line = (name: string, amount: Money, taxed: boolean, collection: FeeCollection): ChargeLine => {
    const gst = taxed ? percentOf(amount, gstRate, rounding.amounts) : Money.zero(principal.currency);
    return { name, amount, gst, total: amount.plus(gst), collection };
  };
  const pf = terms.processingFee;
  if (pf) {
    const amount = pf.kind === 'FLAT' ? pf.amount : clampMoney(percentOf(principal, pf.rate, rounding.amounts), pf.min, pf.max);
    lines.push(line(PROCESSING_FEE, amount, true, terms.processingFeeCollection));
  }
  for (const c of terms.charges) lines.push(line(c.name, c.amount, c.gst, c.collection));
  return lines;
}

/** The sum of the lines collected one way. */
export function totalCollected(lines: readonly ChargeLine[], collection: FeeCollection, currency: string): Money {
  return Money.sum(
    lines.filter((l) => l.collection === collection).map((l) => l.total),
    currency,
  );
}
