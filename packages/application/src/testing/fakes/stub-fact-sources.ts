import type { BankStatementAnalysis, BankStatementAnalyzer, BankStatementRequest } from '../../ports/bank-statement-analyzer.js';
import type { Blocklist, BlocklistHits } from '../../ports/blocklist.js';
import type { BureauReport, BureauRequest, CreditBureau } from '../../ports/credit-bureau.js';

/**
 * Providers for tests: bureau reports set per PAN, bank analyses per customer id, a blocklist of PANs, phones, Aadhaar references and pincodes.
 * An unknown PAN gets no bureau file, a customer with none set no statement; every request is recorded.
 */
export class StubFactSources {
  readonly reports = new Map<string, BureauReport>();
  readonly statements = new Map<string, BankStatementAnalysis>();
  readonly blocked = new Set<string>();
  readonly requests: (BureauRequest | BankStatementRequest)[] = [];

  readonly bureau: CreditBureau = {
    fetchReport: async (request) => {
      this.requests.push(request);
      return this.reports.get(request.pan) ?? { kind: 'no-hit' };
    },
  };

  readonly bankStatements: BankStatementAnalyzer = {
    analyse: async (request) => {
      this.requests.push(request);
      return this.statements.get(request.customerId) ?? null;
    },
  };

  readonly blocklist: Blocklist = {
    check: async (request): Promise<BlocklistHits> => ({
      phone: this.blocked.has(request.phone),
      ...(request.pan === undefined ? {} : { pan: this.blocked.has(request.pan) }),
      ...(request.aadhaarRef === undefined ? {} : { aadhaar: this.blocked.has(request.aadhaarRef) }),
      ...(request.pincode === undefined ? {} : { pincode: this.blocked.has(request.pincode) }),
    }),
  };
}
