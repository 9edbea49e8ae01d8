import type { LocalDate, Money } from '@los/domain';

/** One account on a bureau report, normalised. */
export interface BureauTradeline {
  /** Days past due at the last report. */
  readonly dpd: number;
  readonly reportedOn: LocalDate;
  readonly overdueAmount: Money;
}

/** A normalised bureau report: a hit with the figures the rules read, or no file for the applicant. */
export type BureauReport =
  | {
      readonly kind: 'hit';
      readonly score: number;
      readonly enquiriesLast30Days: number;
      readonly writtenOffAccounts: number;
      readonly activeLoans: number;
      readonly tradelines: readonly BureauTradeline[];
    }
  | { readonly kind: 'no-hit' };

/** Who to pull a report for, and the business date it is pulled on. */
export interface BureauRequest {
  readonly brandId: string;
  readonly pan: string;
  readonly dateOfBirth?: LocalDate;
  /** The name registered to the PAN, when its verification found one (bureaus match on PAN and name). */
  readonly name?: string;
  /** The applicant's mobile in E.164 (the customer's sign-in phone). */
  readonly mobile?: string;
  readonly asOf: LocalDate;
}

/**
 * A credit bureau. An unreachable bureau throws (infrastructure): the consumer retries and then
 * dead-letters the message rather than deciding without the report.
 */
export interface CreditBureau {
  fetchReport(request: BureauRequest): Promise<BureauReport>;
}
