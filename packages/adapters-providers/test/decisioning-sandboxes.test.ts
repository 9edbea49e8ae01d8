import { FixedClock } from '@los/application/testing';
import { bankStatementFigures, localDate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SandboxBankStatementProvider, SandboxBlocklist, SandboxBureauUnavailableError, SandboxCreditBureau, sandboxStatementPdf } from '../src/index.js';

const asOf = localDate('2026-06-15');
const brandId = 'b1';
const bureau = new SandboxCreditBureau();
// Statements are uploaded the day the decisions below are made, so their history ends the day before.
const bank = new SandboxBankStatementProvider({ clock: new FixedClock(`${asOf}T06:00:00Z`) });

describe('SandboxCreditBureau', () => {
  it('answers each documented identity with its scenario', async () => {
    expect(await bureau.fetchReport({ brandId, pan: 'THNPE1234F', asOf })).toEqual({ kind: 'no-hit' });
    expect(await bureau.fetchReport({ brandId, pan: 'LOWPE1234F', asOf })).toMatchObject({ kind: 'hit', score: 610 });
    expect(await bureau.fetchReport({ brandId, pan: 'BRDPE1234F', asOf })).toMatchObject({ kind: 'hit', score: 680 });
    expect(await bureau.fetchReport({ brandId, pan: 'WOFPE1234F', asOf })).toMatchObject({ writtenOffAccounts: 1 });
    expect(await bureau.fetchReport({ brandId, pan: 'HNGPE1234F', asOf })).toMatchObject({ enquiriesLast30Days: 9 });
    const dpd = await bureau.fetchReport({ brandId, pan: 'DPDPE1234F', asOf });
    expect(dpd.kind === 'hit' && dpd.tradelines.map((t) => [t.dpd, t.reportedOn, t.overdueAmount.toFixed(2)])).toContainEqual([95, '2026-04-16', '3200.00']);
    await expect(bureau.fetchReport({ brandId, pan: 'DWNPE1234F', asOf })).rejects.toBeInstanceOf(SandboxBureauUnavailableError);
  });

  it('is deterministic, and any other PAN gets a clean file scoring 750-849 with no delinquency', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[P-S][A-Z]{2}P[A-Z]\d{4}[A-Z]$/), async (pan) => {
        const first = await bureau.fetchReport({ brandId, pan, asOf });
        expect(await bureau.fetchReport({ brandId, pan, asOf })).toEqual(first);
        if (first.kind !== 'hit') throw new Error('expected a hit');
        expect(first.score).toBeGreaterThanOrEqual(750);
        expect(first.score).toBeLessThan(850);
        expect(first.tradelines.every((t) => t.dpd === 0 && t.reportedOn <= asOf)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

/** The sandbox's analysis of a statement naming `pan`, as of the upload day. */
async function analysed(pan: string) {
  const taken = await bank.submit({ submissionId: 's1', brandId, customerId: 'c1', file: sandboxStatementPdf(pan) });
  if (taken.status !== 'ACCEPTED') throw new Error(JSON.stringify(taken));
  return bank.fetchResult(taken.providerReference);
}
const figuresOf = async (pan: string) => {
  const result = await analysed(pan);
  return result.status === 'COMPLETED' ? bankStatementFigures(result.analysis.statement, asOf) : result;
};

describe('SandboxBankStatementProvider', () => {
  it('answers each documented identity with its scenario', async () => {
    expect(await analysed('NSTPE1234F')).toMatchObject({ status: 'FAILED' });
    expect(await figuresOf('BNCPE1234F')).toMatchObject({ bouncesLast3Months: 4 });
    expect(await figuresOf('NSLPE1234F')).toMatchObject({ lastSalaryCreditOn: null, bouncesLast3Months: 0 });
    expect(await figuresOf('OSLPE1234F')).toMatchObject({ lastSalaryCreditOn: '2026-04-26' });
  });

  it('gives any other PAN a salary credit within the last 28 days, no bounces and a positive balance, the same every time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[P-S][A-Z]{2}P[A-Z]\d{4}[A-Z]$/), async (pan) => {
        const figures = await figuresOf(pan);
        expect(await figuresOf(pan)).toEqual(figures);
        if (!figures || 'status' in figures) throw new Error(`expected figures, got ${JSON.stringify(figures)}`);
        expect(figures.bouncesLast3Months).toBe(0);
        const salary = figures.lastSalaryCreditOn ?? '';
        expect(salary >= '2026-05-18' && salary < asOf).toBe(true);
        expect(figures.averageBalance.isPositive()).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('SandboxBlocklist', () => {
  it('lists BLK PANs and the given phones only', async () => {
    const blocklist = new SandboxBlocklist({ phones: ['+919000000001'] });
    expect(await blocklist.check({ brandId, phone: '+919000000001', pan: 'BLKPE1234F' })).toEqual({ phone: true, pan: true });
    expect(await blocklist.check({ brandId, phone: '+919812345678', pan: 'ABCPE1234F' })).toEqual({ phone: false, pan: false });
    expect(await blocklist.check({ brandId, phone: '+919812345678' })).toEqual({ phone: false });
  });
});
