import type { LocalDate, Money } from '@los/domain';

/** The figures a bank statement analysis yields. */
export interface BankStatementAnalysis {
  readonly bouncesLast3Months: number;
  /** The last credit recognised as salary; null when none was found. */
  readonly lastSalaryCreditOn: LocalDate | null;
  readonly averageBalance: Money;
}

/** Whose statements to analyse (the customer's own, whatever PAN an application carries), and the business date the analysis is made on. */
export interface BankStatementRequest {
  readonly brandId: string;
  readonly customerId: string;
  readonly asOf: LocalDate;
}

/** A bank statement analyser; null when the applicant has shared no statement. Unreachable throws. */
export interface BankStatementAnalyzer {
  analyse(request: BankStatementRequest): Promise<BankStatementAnalysis | null>;
}
