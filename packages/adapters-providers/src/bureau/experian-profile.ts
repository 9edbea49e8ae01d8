import type { BureauReport, BureauTradeline } from '@los/application';
import { type LocalDate, Money, isLocalDate, localDate } from '@los/domain';

type Json = Record<string, unknown>;

/** An Experian answer this client cannot read: thrown, so the decision waits rather than guessing. */
export class MalformedBureauReportError extends Error {
  override readonly name = 'MalformedBureauReportError';
}

const object = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
// XML-born JSON gives a lone element as an object and several as an array.
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map(object) : value === undefined || value === null || value === '' ? [] : [object(value)]);

/** A whole number from a digit string or a safe integer; blank is absent. */
function whole(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number.parseInt(value.trim(), 10);
  throw new MalformedBureauReportError(`${field} is not a whole number`);
}

/** Rupees from a decimal string (or a whole number, as Experian writes amounts); never through a float. */
function rupees(value: unknown, field: string): Money {
  if (value === undefined || value === null || value === '') return Money.of('0');
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+(\.\d{1,2})?$/.test(text)) throw new MalformedBureauReportError(`${field} is not an amount`);
  return Money.of(text);
}

/** Experian dates are YYYYMMDD. */
function experianDate(value: unknown, field: string): LocalDate {
  const text = String(value ?? '');
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  if (!/^\d{8}$/.test(text) || !isLocalDate(iso)) throw new MalformedBureauReportError(`${field} is not a YYYYMMDD date`);
  return localDate(iso);
}

/** Days past due in the newest month of the account's history (Experian lists up to 36 months). */
function latestDpd(account: Json): number {
  const months = list(account['CAIS_Account_History']).map((h) => ({ key: `${String(h['Year'] ?? '')}${String(h['Month'] ?? '').padStart(2, '0')}`, dpd: whole(h['Days_Past_Due'], 'Days_Past_Due') }));
  const newest = months.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))[0];
  return newest?.dpd ?? 0;
}

function tradeline(account: Json): BureauTradeline {
  return { dpd: latestDpd(account), reportedOn: experianDate(account['Date_Reported'], 'Date_Reported'), overdueAmount: rupees(account['Amount_Past_Due'], 'Amount_Past_Due') };
}

/**
 * Normalises Experian's consumer report (the `INProfileResponse` sections: `SCORE`, `CAPS`, `CAIS_Account`)
 * into a `BureauReport`. The score is the one given (Surepass sends it beside the report) or
 * `SCORE.BureauScore`; a file with no score in 300-900 (Experian scores none for a thin file) is a
 * no-hit, so the rules see every bureau fact as unknown rather than a score of 0. Enquiries are credit
 * applications in the last 30 days (`CAPS_Summary.CAPSLast30Days`); an account is written off when
 * Experian reports a written-off amount; active loans are `CreditAccountActive` (or the accounts not
 * closed); each account is a tradeline with its newest month's days past due.
 * @example bureauReportFromExperian(data.credit_report, data.credit_score) // { kind: 'hit', score: 792, ... }
 */
export function bureauReportFromExperian(report: unknown, givenScore?: unknown): BureauReport {
  const profile = object(object(report)['INProfileResponse'] ?? report);
  const score = whole(givenScore, 'credit_score') ?? whole(object(profile['SCORE'])['BureauScore'], 'BureauScore');
  if (score === undefined || score < 300 || score > 900) return { kind: 'no-hit' };
  const cais = object(profile['CAIS_Account']);
  const accounts = list(cais['CAIS_Account_DETAILS']);
  const caps = object(object(profile['CAPS'])['CAPS_Summary']);
  const writtenOff = accounts.filter((a) => rupees(a['Written_Off_Amt_Total'], 'Written_Off_Amt_Total').isPositive() || rupees(a['Written_Off_Amt_Principal'], 'Written_Off_Amt_Principal').isPositive());
  const active = whole(object(object(cais['CAIS_Summary'])['Credit_Account'])['CreditAccountActive'], 'CreditAccountActive');
  return {
    kind: 'hit',
    score,
    enquiriesLast30Days: whole(caps['CAPSLast30Days'], 'CAPSLast30Days') ?? 0,
    writtenOffAccounts: writtenOff.length,
    activeLoans: active ?? accounts.filter((a) => !a['Date_Closed']).length,
    tradelines: accounts.map(tradeline),
  };
}
