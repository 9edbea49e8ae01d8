import type { BureauReport, BureauRequest, CreditBureau } from '@los/application';
import { Money } from '@los/domain';
import { daysBefore, scenarioOf, seedOf } from './sandbox-identity.js';

/** Thrown by the sandbox bureau for the `DWN` identity, as an unreachable bureau would fail. */
export class SandboxBureauUnavailableError extends Error {
  override readonly name = 'SandboxBureauUnavailableError';
}

/**
 * A credit bureau simulator for embedded mode and tests: the report is a pure function of the PAN and
 * the business date, so a journey runs offline and gives the same decision every time. The first three
 * letters of the PAN choose the scenario (the fourth is the holder type, `P`, so each is a well-formed
 * PAN); the four digits seed the figures.
 *
 * | PAN pattern   | report                                                                  |
 * |---------------|-------------------------------------------------------------------------|
 * | `THNPE9999X`  | no hit: the applicant has no bureau file (new to credit)                |
 * | `LOWPE9999X`  | score 610                                                               |
 * | `BRDPE9999X`  | score 680 (between a typical decline floor and review threshold)        |
 * | `DPDPE9999X`  | score 720, one tradeline 95 days past due, reported 60 days ago         |
 * | `WOFPE9999X`  | score 700, one written-off account                                      |
 * | `HNGPE9999X`  | score 760, 9 enquiries in the last 30 days                              |
 * | `DWNPE9999X`  | throws SandboxBureauUnavailableError (the bureau is down)               |
 * | anything else | clean: score 750 + (digits mod 100), 1 enquiry, 2 active loans, no DPD  |
 *
 * @example
 * await new SandboxCreditBureau().fetchReport({ brandId, pan: 'LOWPE1234F', asOf: localDate('2026-06-15') }); // { kind: 'hit', score: 610, ... }
 */
export class SandboxCreditBureau implements CreditBureau {
  async fetchReport(request: BureauRequest): Promise<BureauReport> {
    const seed = seedOf(request.pan);
    const clean = {
      kind: 'hit' as const,
      score: 750 + (seed % 100),
      enquiriesLast30Days: 1,
      writtenOffAccounts: 0,
      activeLoans: 2,
      tradelines: [
        { dpd: 0, reportedOn: daysBefore(request.asOf, 15), overdueAmount: Money.of('0.00') },
        { dpd: 0, reportedOn: daysBefore(request.asOf, 400), overdueAmount: Money.of('0.00') },
      ],
    };
    switch (scenarioOf(request.pan)) {
      case 'THN':
        return { kind: 'no-hit' };
      case 'LOW':
        return { ...clean, score: 610 };
      case 'BRD':
        return { ...clean, score: 680 };
      case 'DPD':
        return { ...clean, score: 720, tradelines: [...clean.tradelines, { dpd: 95, reportedOn: daysBefore(request.asOf, 60), overdueAmount: Money.of('3200.00') }] };
      case 'WOF':
        return { ...clean, score: 700, writtenOffAccounts: 1 };
      case 'HNG':
        return { ...clean, score: 760, enquiriesLast30Days: 9 };
      case 'DWN':
        throw new SandboxBureauUnavailableError(`sandbox bureau unavailable for ${request.pan.slice(0, 3)}…`);
      default:
        return clean;
    }
  }
}
