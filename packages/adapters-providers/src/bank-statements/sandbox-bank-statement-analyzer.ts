import type { BankStatementAnalysis, BankStatementAnalyzer, BankStatementRequest } from '@los/application';
import { Money } from '@los/domain';
import { daysBefore, scenarioOf, seedOf } from '../bureau/sandbox-identity.js';

/**
 * A bank statement analysis simulator: a pure function of the PAN and the business date. The first three
 * letters of the PAN choose the scenario (the fourth is the holder type, `P`, so each is a well-formed
 * PAN); the four digits seed the figures.
 *
 * | PAN pattern   | analysis                                                                     |
 * |---------------|------------------------------------------------------------------------------|
 * | `NSTPE9999X`  | no statement shared (null)                                                   |
 * | `BNCPE9999X`  | 4 bounced debits in the last 3 months                                        |
 * | `NSLPE9999X`  | no salary credit found                                                       |
 * | `OSLPE9999X`  | last salary credited 50 days ago                                             |
 * | anything else | no bounces, salary (1 + digits mod 28) days ago, average balance 15000 + (digits × 7 mod 40000) |
 *
 * @example
 * await new SandboxBankStatementAnalyzer().analyse({ brandId, customerId, pan: 'BNCPE1234F', asOf }); // { bouncesLast3Months: 4, ... }
 */
export class SandboxBankStatementAnalyzer implements BankStatementAnalyzer {
  async analyse(request: BankStatementRequest): Promise<BankStatementAnalysis | null> {
    const seed = seedOf(request.pan);
    const normal: BankStatementAnalysis = {
      bouncesLast3Months: 0,
      lastSalaryCreditOn: daysBefore(request.asOf, 1 + (seed % 28)),
      averageBalance: Money.of(String(15_000 + ((seed * 7) % 40_000))),
    };
    switch (scenarioOf(request.pan)) {
      case 'NST':
        return null;
      case 'BNC':
        return { ...normal, bouncesLast3Months: 4 };
      case 'NSL':
        return { ...normal, lastSalaryCreditOn: null };
      case 'OSL':
        return { ...normal, lastSalaryCreditOn: daysBefore(request.asOf, 50) };
      default:
        return normal;
    }
  }
}
