import { allocate } from '../money/allocate.js';
import type { Decimal } from '../money/decimal.js';
import { Money, minorDigits } from '../money/money.js';
import { daysBetween } from './calendar.js';
import { yearFraction } from './day-count.js';
import { planPeriods, type Period } from './due-dates.js';
import { emi, periodicRate, periodsPerYear } from './emi.js';
import { parseScheduleTerms } from './parse-schedule-terms.js';
import type { ScheduleJson, ScheduleRowJson } from './schedule-json.js';
import type { ScheduleTerms, ScheduleTermsJson } from './schedule-terms.js';
import { type ChargeLine, chargeLines, totalCollected } from './upfront-charges.js';

/**
 * A money amount as a decimal string with at least the currency's minor digits.
 * @example
 * moneyString(Money.of('12.5')) // '12.50'
 */
export function moneyString(m: Money): string {
  return m.amount.toFixed(Math.max(minorDigits(m.currency), m.amount.decimalPlaces()));
}

/**
 * Generates a repayment schedule from JSON terms and returns it as JSON. Rows are rounded by
 * `rounding.amounts`, the EMI by `rounding.instalment`, and the last instalment repays whatever principal
 * is left, so the principal column always adds up to the loan.
 * @throws DomainInvariantError with a code naming the bad field (`INVALID_INSTALMENTS`).
 * @example
 * generateSchedule({ principal: '100000', annualRatePercent: '12', method: 'EMI', frequency: 'MONTHLY',
 *   instalments: 12, dayCount: '30/360', interestBasis: 'PERIOD', disbursementDate: '2024-01-05',
 *   rounding: { instalment: { dp: 2, mode: 'HALF_UP' }, amounts: { dp: 2, mode: 'HALF_UP' } } }).instalmentAmount // '8884.88'
 */
export function generateSchedule(json: ScheduleTermsJson): ScheduleJson {
  return buildSchedule(parseScheduleTerms(json));
}

/**
 * The same as `generateSchedule`, from validated terms.
 * @example
 * buildSchedule(parseScheduleTerms(termsJson)).rows.length // termsJson.instalments
 */
export function buildSchedule(terms: ScheduleTerms): ScheduleJson {
  const { principal, annualRate, rounding } = terms;
  const currency = principal.currency;
  const zero = Money.zero(currency);
  const plan = planPeriods(terms);
  const n = plan.periods.length;
  const amortising = n - terms.graceOnPrincipal;
  const rPeriod = periodicRate(annualRate, terms.frequency, terms.dayCount);
  const round = (x: Decimal): Money => Money.of(x, currency).round(rounding.amounts);

  const accrue = (balance: Money, p: Period): Money =>
    terms.interestBasis === 'PERIOD' && p.regular
      ? round(balance.amount.mul(rPeriod))
      : round(balance.amount.mul(annualRate.value).mul(yearFraction(p.accrualFrom, p.accrualTo, terms.dayCount)));

  const bpi = plan.broken ? round(principal.amount.mul(annualRate.value).mul(yearFraction(plan.broken.from, plan.broken.to, terms.dayCount))) : zero;
  const bpiInRows = terms.brokenPeriod === 'FIRST_INSTALMENT' ? bpi : zero;
  const bpiSeparate = terms.brokenPeriod === 'SEPARATE' ? bpi : zero;

  const lines = chargeLines(terms);
  const feesInFirst = totalCollected(lines, 'FIRST_INSTALMENT', currency);

  const instalment =
    terms.method === 'EMI' ? emi({ principal, periodicRate: rPeriod, periods: amortising, rounding: rounding.instalment }) : undefined;
  const equalPrincipal = principal.dividedBy(amortising.toString()).round(rounding.amounts);
  const flatInterest = flatInterestPerRow(terms, plan.periods, round);

  const rows: ScheduleRowJson[] = [];
  let balance = principal;
  let deferred = zero;
  let totals = { principal: zero, interest: zero, fees: zero, total: zero };
  for (const p of plan.periods) {
    const k = p.number;
    const opening = balance;
    // A flat loan's interest was fixed upfront; a bullet loan always accrues by the day; the others by the basis.
    const accrued =
      terms.method === 'FLAT'
        ? (flatInterest[k - 1] ?? zero)
        : terms.method === 'BULLET'
          ? round(opening.amount.mul(annualRate.value).mul(yearFraction(p.accrualFrom, p.accrualTo, terms.dayCount)))
          : accrue(opening, p);
    let interest = accrued;
    if (k <= terms.graceOnInterest) {
      deferred = deferred.plus(accrued);
      interest = zero;
    } else {
      interest = interest.plus(deferred);
      deferred = zero;
    }
    let principalPart: Money;
    if (k <= terms.graceOnPrincipal) principalPart = zero;
    else if (k === n) principalPart = opening;
    else if (instalment) principalPart = instalment.minus(accrued).max(zero).min(opening);
    else principalPart = equalPrincipal.min(opening);

    if (k === 1) interest = interest.plus(bpiInRows);
    const fees = k === 1 ? feesInFirst : zero;
    const total = principalPart.plus(interest).plus(fees);
    balance = opening.minus(principalPart);
    const previousDue = k === 1 ? terms.disbursementDate : plan.periods[k - 2]!.dueDate;
    rows.push({
      number: k,
      dueDate: p.dueDate,
      days: daysBetween(previousDue, p.dueDate),
      openingBalance: moneyString(opening),
      principal: moneyString(principalPart),
      interest: moneyString(interest),
      fees: moneyString(fees),
      total: moneyString(total),
      closingBalance: moneyString(balance),
    });
    totals = {
      principal: totals.principal.plus(principalPart),
      interest: totals.interest.plus(interest),
      fees: totals.fees.plus(fees),
      total: totals.total.plus(total),
    };
  }

  const deducted = totalCollected(lines, 'DEDUCTED', currency).plus(bpiSeparate);
  return {
    currency,
    method: terms.method,
    frequency: terms.frequency,
    dayCount: terms.dayCount,
    interestBasis: terms.interestBasis,
    annualRatePercent: annualRate.toString(),
    principal: moneyString(principal),
    disbursementDate: terms.disbursementDate,
    instalmentAmount: instalment ? moneyString(instalment) : null,
    brokenPeriodInterest: moneyString(bpiSeparate),
    charges: lines.map(lineJson),
    deductedFromDisbursal: moneyString(deducted),
    collectedUpfront: moneyString(totalCollected(lines, 'UPFRONT', currency)),
    netDisbursed: moneyString(principal.minus(deducted)),
    rows,
    totals: {
      principal: moneyString(totals.principal),
      interest: moneyString(totals.interest),
      fees: moneyString(totals.fees),
      total: moneyString(totals.total),
    },
  };
}

/**
 * Flat-rate interest: the annual rate on the original principal for the whole term (in periods, or in days
 * by the convention when interest runs per day), spread evenly over the rows to the paisa.
 */
function flatInterestPerRow(terms: ScheduleTerms, periods: readonly Period[], round: (x: Decimal) => Money): Money[] {
  if (terms.method !== 'FLAT' || periods.length === 0) return [];
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  const years =
    terms.interestBasis === 'PERIOD'
      ? periodsPerYear(terms.frequency, terms.dayCount).pow(-1).mul(periods.length)
      : yearFraction(first.accrualFrom, last.accrualTo, terms.dayCount);
  const total = round(terms.principal.amount.mul(terms.annualRate.value).mul(years));
  // Spread with `allocate` so the rows add up to the total exactly and no row is negative, however small.
  return allocate(total, periods.map(() => '1'));
}

function lineJson(l: ChargeLine) {
  return { name: l.name, amount: moneyString(l.amount), gst: moneyString(l.gst), total: moneyString(l.total), collection: l.collection };
}
