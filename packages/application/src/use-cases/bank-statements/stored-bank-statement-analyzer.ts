import { bankStatementFigures } from '@los/domain';
import type { BankStatementAnalysis, BankStatementAnalyzer, BankStatementRequest } from '../../ports/bank-statement-analyzer.js';
import type { BankStatementStore } from '../../ports/bank-statement-store.js';

/**
 * The bank statement facts of a decision, read from what was actually analysed: the customer's latest
 * completed analysis in the brand, its figures derived as of the decision's business date. Null (bank facts
 * unknown, which the rule sets refer) when the customer has shared no statement that completed, or the
 * latest one is too old to speak for the account as of that date.
 * @example
 * await new StoredBankStatementAnalyzer(store).analyse({ brandId, customerId, asOf }) // { bouncesLast3Months: 4, ... }
 */
export class StoredBankStatementAnalyzer implements BankStatementAnalyzer {
  constructor(private readonly store: BankStatementStore) {}

  async analyse(request: BankStatementRequest): Promise<BankStatementAnalysis | null> {
    const latest = await this.store.latestCompleted(request.brandId, request.customerId);
    if (!latest?.analysis) return null;
    return bankStatementFigures(latest.analysis.statement, request.asOf);
  }
}
