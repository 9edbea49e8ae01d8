import { describeCreditBureauContract } from '@los/application/testing';
import { localDate } from '@los/domain';
import fc from 'fast-check';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { IncompleteBureauRequestError, MalformedBureauReportError, type ProviderExchange, SandboxCreditBureau, SurepassCreditBureau, bureauReportFromExperian } from '../src/index.js';
import { fetchInto } from './provider-stubs.js';

const asOf = localDate('2026-06-15');
const history = (...months: [string, string, string][]) => months.map(([Year, Month, Days_Past_Due]) => ({ Year, Month, Days_Past_Due, Asset_Classification: '?' }));
const account = (fields: Record<string, unknown>) => ({ Subscriber_Name: 'XXXXXXXXXX', Account_Number: 'XXXXXX9608', Account_Type: '05', Open_Date: '20240110', Current_Balance: '18000', Amount_Past_Due: '', ...fields });

/** Experian reports as Surepass relays them (`data.credit_report` in the INProfileResponse shape), by PAN. */
const FILES: Record<string, { name: string; score: string; report: Record<string, unknown> }> = {
  AAAPR4321K: {
    name: 'PRIYA RAMAN',
    score: '792',
    report: {
      SCORE: { BureauScore: '792' },
      CAPS: { CAPS_Summary: { CAPSLast7Days: '0', CAPSLast30Days: '1', CAPSLast90Days: '2' } },
      CAIS_Account: {
        CAIS_Summary: { Credit_Account: { CreditAccountTotal: '2', CreditAccountActive: '1', CreditAccountClosed: '1' } },
        CAIS_Account_DETAILS: [
          account({ Date_Reported: '20260531', CAIS_Account_History: history(['2026', '05', '0'], ['2026', '04', '0']) }),
          account({ Date_Reported: 20250228, Date_Closed: '20250228', Amount_Past_Due: 0, CAIS_Account_History: history(['2025', '02', '0']) }),
        ],
      },
    },
  },
  AAAPD2222K: {
    name: 'DEV DAS',
    score: '641',
    report: {
      CAPS: { CAPS_Summary: { CAPSLast30Days: '3' } },
      // A lone account comes as an object, not a list; the newest month holds today's delinquency.
      CAIS_Account: { CAIS_Account_DETAILS: account({ Date_Reported: '20260430', Amount_Past_Due: '3200.50', CAIS_Account_History: history(['2026', '03', '60'], ['2026', '04', '95']) }) },
    },
  },
  AAAPW3333K: {
    name: 'WASIM KHAN',
    score: '588',
    report: { CAIS_Account: { CAIS_Account_DETAILS: [account({ Date_Reported: '20251130', Account_Status: '97', Written_Off_Amt_Total: '45000', Amount_Past_Due: '45000' })] } },
  },
};

/** A stand-in for Surepass's Experian credit-report endpoint: bearer token, `{ name, consent, mobile, pan }`. */
function surepassBureauStub(token: string) {
  const bodies: Record<string, unknown>[] = [];
  const app = new Hono();
  app.post('/api/v1/credit-report-experian/fetch-report', async (c) => {
    if (c.req.header('authorization') !== `Bearer ${token}`) return c.json({ data: null, status_code: 401, success: false, message: 'Unauthorized', message_code: 'unauthorized' }, 401);
    const body = (await c.req.json()) as { name: string; consent: string; mobile: string; pan: string };
    bodies.push(body);
    if (body.consent !== 'Y' || !/^\d{10}$/.test(body.mobile)) return c.json({ data: {}, status_code: 400, success: false, message: 'Invalid input', message_code: 'bad_request' }, 400);
    if (body.pan === 'AAAPU4444K') return c.json({ message: 'upstream bureau timeout' }, 503);
    const file = FILES[body.pan];
    if (!file) return c.json({ data: {}, status_code: 422, success: false, message: 'No record found', message_code: 'verification_failed' }, 422);
    return c.json({ data: { client_id: `credit_report_experian_${bodies.length}`, name: body.name, mobile: body.mobile, pan: body.pan, credit_score: file.score, credit_report: file.report }, status_code: 200, success: true, message: 'Success', message_code: 'success' });
  });
  return { app, bodies };
}

const surepass = (stub: ReturnType<typeof surepassBureauStub>, token = 'tok', extra: { timeoutMs?: number; fetch?: typeof fetch } = {}) =>
  new SurepassCreditBureau({ token, baseUrl: 'http://surepass.test', fetch: fetchInto(stub.app), ...extra });

describeCreditBureauContract({
  name: 'SandboxCreditBureau',
  asOf,
  create: async () => ({
    bureau: new SandboxCreditBureau(),
    identities: {
      clean: { pan: 'ABCPE1234F', name: 'ASHA RAO' },
      noFile: { pan: 'THNPE1234F', name: 'ASHA RAO' },
      delinquent: { pan: 'DPDPE1234F', name: 'ASHA RAO' },
      writtenOff: { pan: 'WOFPE1234F', name: 'ASHA RAO' },
      unreachable: { pan: 'DWNPE1234F', name: 'ASHA RAO' },
    },
  }),
});

describeCreditBureauContract({
  name: 'SurepassCreditBureau against a stub of the Surepass Experian credit-report API',
  asOf,
  create: async () => ({
    bureau: surepass(surepassBureauStub('tok')),
    identities: {
      clean: { pan: 'AAAPR4321K', name: 'Priya Raman' },
      noFile: { pan: 'AAAPN1111K', name: 'Nobody Known' },
      delinquent: { pan: 'AAAPD2222K', name: 'Dev Das' },
      writtenOff: { pan: 'AAAPW3333K', name: 'Wasim Khan' },
      unreachable: { pan: 'AAAPU4444K', name: 'Usha Rani' },
    },
  }),
});

describe('SurepassCreditBureau', () => {
  const request = { brandId: 'b1', pan: 'AAAPR4321K', name: ' Priya Raman ', mobile: '+919812345678', asOf };

  it('sends the documented body and maps the report: score, enquiries, active loans, tradelines with newest-month DPD', async () => {
    const stub = surepassBureauStub('tok');
    const report = await surepass(stub).fetchReport(request);
    expect(stub.bodies).toEqual([{ name: 'Priya Raman', consent: 'Y', mobile: '9812345678', pan: 'AAAPR4321K' }]);
    expect(report.kind === 'hit' && { ...report, tradelines: report.tradelines.map((t) => [t.dpd, t.reportedOn, t.overdueAmount.toFixed(2)]) }).toEqual({
      kind: 'hit',
      score: 792,
      enquiriesLast30Days: 1,
      writtenOffAccounts: 0,
      activeLoans: 1,
      tradelines: [[0, '2026-05-31', '0.00'], [0, '2025-02-28', '0.00']],
    });
    const late = await surepass(stub).fetchReport({ ...request, pan: 'AAAPD2222K', name: 'Dev Das' });
    expect(late.kind === 'hit' && late.tradelines.map((t) => [t.dpd, t.overdueAmount.toString()])).toEqual([[95, '3200.5']]);
    expect(late.kind === 'hit' && late.activeLoans).toBe(1);
  });

  it('pulls once: a failing bureau is not asked again here (each pull is a hard enquiry), it throws', async () => {
    const stub = surepassBureauStub('tok');
    await expect(surepass(stub).fetchReport({ ...request, pan: 'AAAPU4444K' })).rejects.toThrow(/HTTP 503/);
    expect(stub.bodies).toHaveLength(1);
    await expect(surepass(stub, 'wrong').fetchReport(request)).rejects.toThrow(/HTTP 401/);
  });

  it('hands the audit trail the exchange without the report, the name or the whole mobile and PAN', async () => {
    const exchanges: ProviderExchange[] = [];
    const stub = surepassBureauStub('tok');
    await new SurepassCreditBureau({ token: 'tok', baseUrl: 'http://surepass.test', fetch: fetchInto(stub.app), audit: (e) => exchanges.push(e) }).fetchReport(request);
    expect(exchanges.map((e) => [e.path, e.status])).toEqual([['/api/v1/credit-report-experian/fetch-report', 200]]);
    const trail = JSON.stringify(exchanges);
    for (const secret of ['tok"', 'Priya', 'PRIYA', '98123', 'AAAPR43', 'CAIS', 'XXXXXX9608']) expect(trail).not.toContain(secret);
    expect(trail).toContain('792');
  });

  it('gives up after its timeout when the bureau does not answer', async () => {
    const never: typeof fetch = (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    await expect(surepass(surepassBureauStub('tok'), 'tok', { timeoutMs: 20, fetch: never }).fetchReport(request)).rejects.toThrow(/HTTP 0/);
  });

  it('refuses to pull without the name registered to the PAN or a mobile, costing no call', async () => {
    const stub = surepassBureauStub('tok');
    await expect(surepass(stub).fetchReport({ brandId: 'b1', pan: 'AAAPR4321K', mobile: '+919812345678', asOf })).rejects.toBeInstanceOf(IncompleteBureauRequestError);
    await expect(surepass(stub).fetchReport({ ...request, mobile: '+14155550100' })).rejects.toBeInstanceOf(IncompleteBureauRequestError);
    expect(stub.bodies).toEqual([]);
  });
});

describe('bureauReportFromExperian', () => {
  it('reads a file without a score in 300-900 as no file, never as a score of 0', () => {
    for (const score of ['', '0', '-1', undefined]) expect(bureauReportFromExperian({ SCORE: { BureauScore: score ?? '' } }, score)).toEqual({ kind: 'no-hit' });
  });

  it('carries every overdue amount exactly, and refuses one that arrived as a fractional JSON number', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 13n }), (paise) => {
        const amount = `${paise / 100n}.${(paise % 100n).toString().padStart(2, '0')}`;
        const report = bureauReportFromExperian({ CAIS_Account: { CAIS_Account_DETAILS: [{ Date_Reported: '20260101', Amount_Past_Due: amount }] } }, '700');
        expect(report.kind === 'hit' && report.tradelines[0]?.overdueAmount.toFixed(2)).toBe(amount);
      }),
    );
    expect(() => bureauReportFromExperian({ CAIS_Account: { CAIS_Account_DETAILS: [{ Date_Reported: '20260101', Amount_Past_Due: 1234.56 }] } }, '700')).toThrow(MalformedBureauReportError);
    expect(() => bureauReportFromExperian({ CAIS_Account: { CAIS_Account_DETAILS: [{ Date_Reported: '2026-01-01' }] } }, '700')).toThrow(MalformedBureauReportError);
  });
});
