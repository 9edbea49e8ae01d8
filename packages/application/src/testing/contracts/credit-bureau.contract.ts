import { type LocalDate, Money, localDate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { BureauReport, BureauRequest, CreditBureau } from '../../ports/credit-bureau.js';

/** The bureau's test identities a contract run uses: PANs (with the name registered to each) per scenario. */
export interface CreditBureauTestIdentities {
  /** A file with no delinquency and no write-off. */
  readonly clean: { readonly pan: string; readonly name: string };
  /** No file at the bureau (new to credit). */
  readonly noFile: { readonly pan: string; readonly name: string };
  /** A file with an account 90 or more days past due, with an amount overdue. */
  readonly delinquent: { readonly pan: string; readonly name: string };
  /** A file with at least one written-off account. */
  readonly writtenOff: { readonly pan: string; readonly name: string };
  /** A PAN for which the bureau cannot be reached. */
  readonly unreachable: { readonly pan: string; readonly name: string };
}

/**
 * A credit bureau under test with its test identities.
 * @example describeCreditBureauContract({ name: 'sandbox', create: async () => ({ bureau: new SandboxCreditBureau(), identities }) })
 */
export interface CreditBureauContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly bureau: CreditBureau; readonly identities: CreditBureauTestIdentities }>;
  /** The business date reports are pulled on (the identities' files are as of it). */
  readonly asOf?: LocalDate;
  readonly skip?: string;
}

// Paise at most: a float that slipped through (1234.5600000001) would show more digits.
const twoDecimals = (m: Money) => (m.toString().split('.')[1] ?? '').length <= 2;

/**
 * The behaviour every credit bureau shares: a file normalised to a score in 300-900, whole non-negative
 * counts, tradelines with days past due, a report date no later than the pull and the overdue amount as
 * exact money; no file is a no-hit, never a zero score; an unreachable bureau throws.
 */
export function describeCreditBureauContract(options: CreditBureauContractOptions): void {
  const asOf = options.asOf ?? localDate('2026-06-15');
  const suite = options.skip ? describe.skip : describe;
  suite(`CreditBureau contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const pull = async (pick: (ids: CreditBureauTestIdentities) => { pan: string; name: string }): Promise<BureauReport> => {
      const { bureau, identities } = await options.create();
      const who = pick(identities);
      const request: BureauRequest = { brandId: 'brand-1', pan: who.pan, name: who.name, mobile: '+919812345678', dateOfBirth: localDate('1990-04-01'), asOf };
      return bureau.fetchReport(request);
    };
    const hit = (report: BureauReport) => {
      if (report.kind !== 'hit') throw new Error(`expected a file, got ${report.kind}`);
      return report;
    };

    it('normalises a clean file: score, counts and tradelines well formed, nothing past due', async () => {
      const report = hit(await pull((ids) => ids.clean));
      expect(Number.isInteger(report.score) && report.score >= 300 && report.score <= 900).toBe(true);
      for (const count of [report.enquiriesLast30Days, report.writtenOffAccounts, report.activeLoans]) expect(Number.isInteger(count) && count >= 0).toBe(true);
      expect(report.writtenOffAccounts).toBe(0);
      expect(report.tradelines.length).toBeGreaterThan(0);
      for (const t of report.tradelines) {
        expect(t.dpd).toBe(0);
        expect(t.reportedOn <= asOf).toBe(true);
        expect(t.overdueAmount).toBeInstanceOf(Money);
        expect(t.overdueAmount.isZero()).toBe(true);
      }
    });

    it('reports an account 90+ days past due with its overdue amount as exact money', async () => {
      const report = hit(await pull((ids) => ids.delinquent));
      const late = report.tradelines.filter((t) => t.dpd >= 90);
      expect(late.length).toBeGreaterThan(0);
      for (const t of late) {
        expect(t.overdueAmount.isPositive()).toBe(true);
        expect(twoDecimals(t.overdueAmount)).toBe(true);
        expect(t.reportedOn <= asOf).toBe(true);
      }
    });

    it('counts written-off accounts', async () => {
      expect(hit(await pull((ids) => ids.writtenOff)).writtenOffAccounts).toBeGreaterThanOrEqual(1);
    });

    it('answers no-hit for an applicant without a file', async () => {
      expect(await pull((ids) => ids.noFile)).toEqual({ kind: 'no-hit' });
    });

    it('throws when the bureau cannot be reached, so the decision waits instead of going ahead without it', async () => {
      await expect(pull((ids) => ids.unreachable)).rejects.toThrow();
    });
  });
}
