import { minorDigits } from '../money/money.js';
import { FREQUENCIES } from './calendar.js';
import { DAY_COUNTS } from './day-count.js';
import { invalid, readDate, readEnum, readInt, readMoney, readObject, readPercent, readRounding } from './json-input.js';
import type { Charge, FeeCollection, ScheduleTerms, ScheduleTermsJson } from './schedule-terms.js';

const COLLECTIONS: readonly FeeCollection[] = ['DEDUCTED', 'UPFRONT', 'FIRST_INSTALMENT'];
const MAX_INSTALMENTS = 3660;

/**
 * Validates JSON schedule terms by hand (the domain takes no schema library) and converts them to domain
 * types. Every failure throws a DomainInvariantError whose code names the field (`INVALID_FIRST_DUE_DATE`).
 * @example
 * parseScheduleTerms({ ...terms, instalments: 0 }) // throws DomainInvariantError INVALID_INSTALMENTS
 */
export function parseScheduleTerms(json: ScheduleTermsJson): ScheduleTerms {
  const input = readObject(json, 'terms');
  const currencyIn = input['currency'] ?? 'INR';
  if (typeof currencyIn !== 'string' || !/^[A-Z]{3}$/.test(currencyIn)) throw invalid('currency', 'must be an ISO 4217 code such as "INR"');
  const currency = currencyIn;
  const principal = readMoney(input['principal'], 'principal', currency);
  if (!principal.isPositive()) throw invalid('principal', 'must be positive');
  if (!principal.amount.equals(principal.amount.toDecimalPlaces(minorDigits(currency)))) throw invalid('principal', 'must be in whole minor units (paise)');
  const method = readEnum(input['method'], 'method', ['EMI', 'EQUAL_PRINCIPAL', 'FLAT', 'BULLET'] as const);
  const instalments = readInt(input['instalments'], 'instalments', 1, MAX_INSTALMENTS);
  const disbursementDate = readDate(input['disbursementDate'], 'disbursementDate');
  const firstDueDate = input['firstDueDate'] === undefined ? undefined : readDate(input['firstDueDate'], 'firstDueDate');
  if (firstDueDate !== undefined && firstDueDate <= disbursementDate) throw invalid('firstDueDate', 'must be after the disbursement date');
  const graceOnPrincipal = input['graceOnPrincipal'] === undefined ? 0 : readInt(input['graceOnPrincipal'], 'graceOnPrincipal', 0, instalments - 1);
  const graceOnInterest =
    input['graceOnInterest'] === undefined ? 0 : readInt(input['graceOnInterest'], 'graceOnInterest', 0, graceOnPrincipal);
  if (method === 'BULLET' && (graceOnPrincipal > 0 || graceOnInterest > 0)) throw invalid('graceOnPrincipal', 'a bullet loan has no grace');

  const roundingIn = readObject(input['rounding'], 'rounding');
  const rounding = { instalment: readRounding(roundingIn['instalment'], 'rounding.instalment'), amounts: readRounding(roundingIn['amounts'], 'rounding.amounts') };

  let holidays: ScheduleTerms['holidays'];
  if (input['holidays'] !== undefined) {
    const h = readObject(input['holidays'], 'holidays');
    if (!Array.isArray(h['dates'])) throw invalid('holidays.dates', 'must be a list of YYYY-MM-DD dates');
    const dates = new Set<string>(h['dates'].map((d: unknown, i: number) => readDate(d, `holidays.dates[${i}]`)));
    const weeklyOffRaw = h['weeklyOff'] ?? [];
    if (!Array.isArray(weeklyOffRaw)) throw invalid('holidays.weeklyOff', 'must be a list of weekdays 0–6');
    const weeklyOff = new Set<number>(weeklyOffRaw.map((d: unknown) => readInt(d, 'holidays.weeklyOff', 0, 6)));
    if (weeklyOff.size === 7) throw invalid('holidays.weeklyOff', 'must leave at least one working day');
    holidays = {
      dates,
      weeklyOff,
      move: readEnum(h['move'], 'holidays.move', ['NEXT', 'PREVIOUS'] as const),
      interest: readEnum(h['interest'], 'holidays.interest', ['SHIFTED_DATES', 'ORIGINAL_DATES'] as const),
    };
  }

  const fees = input['fees'] === undefined ? {} : readObject(input['fees'], 'fees');
  let processingFee: ScheduleTerms['processingFee'];
  if (fees['processingFee'] !== undefined) {
    const pf = readObject(fees['processingFee'], 'fees.processingFee');
    const kind = readEnum(pf['kind'], 'fees.processingFee.kind', ['FLAT', 'PERCENT'] as const);
    processingFee =
      kind === 'FLAT'
        ? { kind, amount: readMoney(pf['amount'], 'fees.processingFee.amount', currency) }
        : {
            kind,
            rate: readPercent(pf['percent'], 'fees.processingFee.percent'),
            min: pf['min'] === undefined ? undefined : readMoney(pf['min'], 'fees.processingFee.min', currency),
            max: pf['max'] === undefined ? undefined : readMoney(pf['max'], 'fees.processingFee.max', currency),
          };
    if (processingFee.kind === 'PERCENT' && processingFee.min && processingFee.max && processingFee.min.greaterThan(processingFee.max)) {
      throw invalid('fees.processingFee.min', 'must not exceed max');
    }
  }
  const chargesRaw = fees['charges'] ?? [];
  if (!Array.isArray(chargesRaw)) throw invalid('fees.charges', 'must be a list');
  const charges: Charge[] = chargesRaw.map((c: unknown, i: number) => {
    const o = readObject(c, `fees.charges[${i}]`);
    if (typeof o['name'] !== 'string' || o['name'].length === 0) throw invalid(`fees.charges.name`, 'must be a non-empty string');
    if (typeof o['gst'] !== 'boolean') throw invalid('fees.charges.gst', 'must be true or false');
    return {
      name: o['name'],
      amount: readMoney(o['amount'], 'fees.charges.amount', currency),
      gst: o['gst'],
      collection: readEnum(o['collection'], 'fees.charges.collection', COLLECTIONS),
    };
  });

  return {
    principal,
    annualRate: readPercent(input['annualRatePercent'], 'annualRatePercent'),
    method,
    frequency: readEnum(input['frequency'], 'frequency', FREQUENCIES),
    instalments,
    dayCount: readEnum(input['dayCount'], 'dayCount', DAY_COUNTS),
    interestBasis: readEnum(input['interestBasis'], 'interestBasis', ['PERIOD', 'DAILY'] as const),
    disbursementDate,
    firstDueDate,
    brokenPeriod: input['brokenPeriod'] === undefined ? 'FIRST_INSTALMENT' : readEnum(input['brokenPeriod'], 'brokenPeriod', ['FIRST_INSTALMENT', 'SEPARATE'] as const),
    graceOnPrincipal,
    graceOnInterest,
    holidays,
    rounding,
    processingFee,
    processingFeeCollection:
      fees['processingFeeCollection'] === undefined ? 'DEDUCTED' : readEnum(fees['processingFeeCollection'], 'fees.processingFeeCollection', COLLECTIONS),
    gstRate: fees['gstPercent'] === undefined ? readPercent('0', 'fees.gstPercent') : readPercent(fees['gstPercent'], 'fees.gstPercent'),
    charges,
  };
}
