import type { LocalDate } from '../local-date.js';
import type { Money } from '../money/money.js';
import type { LoanProduct } from '../product/loan-product.js';
import type { AgreementSent } from './lifecycle-rules.js';
import type { LoanStatus } from './loan-status.js';

/** A disbursal requested by loan ops: the payout request, its attempt, and once settled the bank's UTR. */
export interface LoanDisbursal {
  /** Our payout request id, sent to the payout provider as the idempotency key of this attempt. */
  readonly requestId: string;
  /** 1 for the first attempt; a retry after a failure is a new request. */
  readonly attempt: number;
  readonly requestedBy: string;
  readonly providerPayoutId?: string;
  readonly utr?: string;
  /** The business date the money reached the borrower: the schedule is fixed from it. */
  readonly disbursedOn?: LocalDate;
}

/** How a loan was closed. */
export type LoanClosure = 'REPAID' | 'FORECLOSED';

/** The persisted state of a loan; repositories store and load exactly this. */
export interface LoanSnapshot {
  readonly id: string;
  readonly brandId: string;
  readonly customerId: string;
  readonly productId: string;
  readonly amount: Money;
  readonly tenure: number;
  readonly status: LoanStatus;
  readonly rejectionReasons: readonly string[];
  /** The automated decision that moved the loan out of APPLIED, when a rule set decided it. */
  readonly decisionId?: string;
  /** The loan executive whose queue holds the loan. */
  readonly assigneeId?: string;
  readonly assignedAt?: Date;
  readonly appliedAt: Date;
  readonly updatedAt: Date;
  /** The latest saved credit appraisal memo version (the memos themselves are stored per version). */
  readonly camVersion?: number;
  /** The credit executive who recommended the loan (the maker). */
  readonly recommendedBy?: string;
  /** The sanction manager or head who sanctioned it (the checker), and when. */
  readonly sanctionedBy?: string;
  readonly sanctionedAt?: Date;
  /** The documents and e-sign request of the agreement last sent. */
  readonly agreement?: AgreementSent;
  readonly disbursal?: LoanDisbursal;
  /** Days past due as the last day-end close or repayment found them (0 when current). */
  readonly daysPastDue?: number;
  /** The collection executive working the loan while it is overdue, and since when. */
  readonly collectorId?: string;
  readonly collectorAssignedAt?: Date;
  readonly closure?: LoanClosure;
  readonly closedAt?: Date;
  /** The stored no-objection certificate, once issued. */
  readonly nocKey?: string;
  /** Optimistic-concurrency version: bumped on every saved change. */
  readonly version: number;
}

/** What a customer asks for when applying. */
export interface LoanApplicationRequest {
  readonly id: string;
  readonly brandId: string;
  readonly customerId: string;
  readonly product: LoanProduct;
  readonly amount: Money;
  readonly tenure: number;
  readonly at: Date;
}

/** What the decision engine concluded about an application, as the loan records it. */
export interface LoanDecisionOutcome {
  /** The stored decision's id (its explanation and rule-set version live with it). */
  readonly decisionId: string;
  /** `declined` rejects the loan; `referred` and `approved` send it to a person for review. */
  readonly outcome: 'approved' | 'declined' | 'referred';
  /** Reason codes: the hard failures of a decline, the referrals of a referral. */
  readonly reasons: readonly string[];
}

/**
 * The loan without its collection assignment: a cured loan leaves its collector's book, and falls to the
 * next allocation should it fall overdue again.
 */
export function withoutCollector(state: LoanSnapshot): LoanSnapshot {
  const { collectorId: _collector, collectorAssignedAt: _since, ...rest } = state;
  return rest;
}
