import type { DomainEvent } from '../domain-event.js';
import { DomainInvariantError } from '../errors.js';
import type { Money } from '../money/money.js';
import { type LoanProduct, type ProductRuleViolation, checkAgainstProduct } from '../product/loan-product.js';
import { type Result, err, ok } from '../result.js';
import type { LoanStatus } from './loan-status.js';
import {
  type AgreementSent,
  type LoanStaffActor,
  type RejectionReason,
  type SanctionLimit,
  CREDIT_ROLES,
  SANCTION_ROLES,
  checkSanctionAuthority,
  requireRole,
  withinCoolingOff,
} from './lifecycle-rules.js';

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
 * The loan aggregate. State changes only through intention-revealing transitions, each of which checks
 * its invariants and records a domain event for the outbox.
 */
export class Loan {
  private events: DomainEvent[] = [];

  private constructor(private state: LoanSnapshot) {}

  /**
   * A customer's application for a brand's product. Refused (as data) when the amount or tenure is
   * outside the product's bounds.
   * @example
   * const r = Loan.apply({ id, brandId, customerId, product, amount: Money.of('20000'), tenure: 30, at });
   * if (r.ok) r.value.pullEvents(); // [{ type: 'loan.applied', ... }]
   */
  static apply(request: LoanApplicationRequest): Result<Loan, readonly ProductRuleViolation[]> {
    if (request.product.brandId !== request.brandId) {
      throw new DomainInvariantError('PRODUCT_OF_OTHER_BRAND', 'a loan can only be for a product of its own brand');
    }
    const violations = checkAgainstProduct(request.product, request.amount, request.tenure);
    if (violations.length > 0) return err(violations);
    const loan = new Loan({
      id: request.id,
      brandId: request.brandId,
      customerId: request.customerId,
      productId: request.product.id,
      amount: request.amount,
      tenure: request.tenure,
      status: 'APPLIED',
      rejectionReasons: [],
      appliedAt: request.at,
      updatedAt: request.at,
      version: 0,
    });
    loan.record('loan.applied', request.at, {
      customerId: request.customerId,
      productId: request.product.id,
      amount: request.amount.toJSON(),
      tenure: request.tenure,
    });
    return ok(loan);
  }

  /** Rebuilds a loan from its stored state; records no event. */
  static rehydrate(snapshot: LoanSnapshot): Loan {
    return new Loan(snapshot);
  }

  get id(): string {
    return this.state.id;
  }

  get brandId(): string {
    return this.state.brandId;
  }

  get status(): LoanStatus {
    return this.state.status;
  }

  get version(): number {
    return this.state.version;
  }

  /**
   * The first automated screening of an application: the request is checked again against the product
   * as it stands now. A pass moves the loan to UNDER_REVIEW, a failure to REJECTED with the rule codes.
   * @throws DomainInvariantError `LOAN_NOT_APPLIED` when the loan has already left APPLIED.
   */
  screen(product: LoanProduct, at: Date): void {
    this.expectStatus('APPLIED', 'LOAN_NOT_APPLIED');
    if (product.id !== this.state.productId) {
      throw new DomainInvariantError('WRONG_PRODUCT', 'a loan is screened against its own product');
    }
    const violations = checkAgainstProduct(product, this.state.amount, this.state.tenure);
    if (violations.length > 0) {
      const reasons = violations.map((v) => v.rule);
      this.state = { ...this.state, status: 'REJECTED', rejectionReasons: reasons, updatedAt: at };
      this.record('loan.rejected', at, { reasons, stage: 'SCREENING' });
      return;
    }
    this.state = { ...this.state, status: 'UNDER_REVIEW', updatedAt: at };
    this.record('loan.under_review', at, { stage: 'SCREENING' });
  }

  /** The loan executive whose queue holds the loan, if any. */
  get assigneeId(): string | undefined {
    return this.state.assigneeId;
  }

  /**
   * Records the automated decision on an application: a decline rejects the loan with its reason codes,
   * a referral or an approval moves it to UNDER_REVIEW, where a person takes it on.
   * @throws DomainInvariantError `LOAN_NOT_APPLIED` when the loan has already left APPLIED.
   * @example
   * loan.recordDecision({ decisionId, outcome: 'declined', reasons: ['BUREAU_SCORE_LOW'] }, at); // REJECTED
   */
  recordDecision(decision: LoanDecisionOutcome, at: Date): void {
    this.expectStatus('APPLIED', 'LOAN_NOT_APPLIED');
    if (decision.outcome === 'declined') {
      if (decision.reasons.length === 0) throw new DomainInvariantError('DECLINE_WITHOUT_REASON', 'a declined application needs at least one reason code');
      const reasons = [...decision.reasons];
      this.state = { ...this.state, status: 'REJECTED', rejectionReasons: reasons, decisionId: decision.decisionId, updatedAt: at };
      this.record('loan.rejected', at, { reasons, stage: 'DECISIONING', decisionId: decision.decisionId });
      return;
    }
    this.state = { ...this.state, status: 'UNDER_REVIEW', decisionId: decision.decisionId, updatedAt: at };
    this.record('loan.under_review', at, { stage: 'DECISIONING', decisionId: decision.decisionId, outcome: decision.outcome, reasons: [...decision.reasons] });
  }

  /**
   * Places a loan under review in a loan executive's queue (or moves it to another's).
   * @throws DomainInvariantError `LOAN_NOT_UNDER_REVIEW` unless the loan is UNDER_REVIEW.
   * @example
   * loan.assign(executiveId, at); // emits loan.assigned
   */
  assign(executiveId: string, at: Date): void {
    this.expectStatus('UNDER_REVIEW', 'LOAN_NOT_UNDER_REVIEW');
    if (executiveId.length === 0) throw new DomainInvariantError('ASSIGNEE_REQUIRED', 'a loan is assigned to a named executive');
    if (this.state.assigneeId === executiveId) return;
    const previous = this.state.assigneeId;
    this.state = { ...this.state, assigneeId: executiveId, assignedAt: at, updatedAt: at };
    this.record('loan.assigned', at, { assigneeId: executiveId, ...(previous === undefined ? {} : { previousAssigneeId: previous }) });
  }

  /**
   * Records that a new version of the credit appraisal memo was saved for the loan under review.
   * @throws DomainInvariantError `LOAN_NOT_UNDER_REVIEW`, `CREDIT_ROLE_REQUIRED` or `CAM_VERSION_OUT_OF_ORDER`.
   */
  saveAppraisal(cam: { readonly version: number }, actor: LoanStaffActor, at: Date): void {
    this.expectStatus('UNDER_REVIEW', 'LOAN_NOT_UNDER_REVIEW');
    requireRole(actor, CREDIT_ROLES, 'CREDIT_ROLE_REQUIRED');
    if (cam.version !== (this.state.camVersion ?? 0) + 1) {
      throw new DomainInvariantError('CAM_VERSION_OUT_OF_ORDER', `CAM version ${cam.version} does not follow ${this.state.camVersion ?? 0}`);
    }
    this.state = { ...this.state, camVersion: cam.version, updatedAt: at };
    this.record('loan.appraised', at, { camVersion: cam.version, actorId: actor.userId });
  }

  /**
   * The credit executive recommends the appraised loan: UNDER_REVIEW → CREDIT_APPROVED.
   * @throws DomainInvariantError `LOAN_NOT_UNDER_REVIEW`, `CREDIT_ROLE_REQUIRED` or `CAM_REQUIRED`.
   */
  recommend(actor: LoanStaffActor, at: Date): void {
    this.expectStatus('UNDER_REVIEW', 'LOAN_NOT_UNDER_REVIEW');
    requireRole(actor, CREDIT_ROLES, 'CREDIT_ROLE_REQUIRED');
    if (this.state.camVersion === undefined) throw new DomainInvariantError('CAM_REQUIRED', 'a loan is recommended only with a saved appraisal');
    this.state = { ...this.state, status: 'CREDIT_APPROVED', recommendedBy: actor.userId, updatedAt: at };
    this.record('loan.credit_approved', at, { actorId: actor.userId, camVersion: this.state.camVersion });
  }

  /**
   * A sanction manager or head sanctions a recommended loan within their limit: CREDIT_APPROVED → SANCTIONED.
   * @throws DomainInvariantError `LOAN_NOT_CREDIT_APPROVED`, `MAKER_IS_CHECKER`, `SANCTION_ROLE_REQUIRED` or `SANCTION_LIMIT_EXCEEDED`.
   */
  sanction(actor: LoanStaffActor, limits: readonly SanctionLimit[], at: Date): void {
    this.expectStatus('CREDIT_APPROVED', 'LOAN_NOT_CREDIT_APPROVED');
    checkSanctionAuthority(actor, this.state.recommendedBy, this.state.amount, limits);
    this.state = { ...this.state, status: 'SANCTIONED', sanctionedBy: actor.userId, sanctionedAt: at, updatedAt: at };
    this.record('loan.sanctioned', at, { actorId: actor.userId, amount: this.state.amount.toJSON() });
  }

  /**
   * Staff reject a loan under review (credit or sanction roles) or a recommended one (sanction roles), with a
   * reason the brand defines.
   * @throws DomainInvariantError `LOAN_NOT_REJECTABLE`, `REJECT_ROLE_REQUIRED` or `REJECTION_REASON_UNKNOWN`.
   */
  reject(actor: LoanStaffActor, reasonCode: string, brandReasons: readonly RejectionReason[], at: Date): void {
    const status = this.state.status;
    if (status !== 'UNDER_REVIEW' && status !== 'CREDIT_APPROVED') this.expectStatus('UNDER_REVIEW', 'LOAN_NOT_REJECTABLE');
    requireRole(actor, status === 'UNDER_REVIEW' ? [...CREDIT_ROLES, ...SANCTION_ROLES] : SANCTION_ROLES, 'REJECT_ROLE_REQUIRED');
    if (!brandReasons.some((r) => r.code === reasonCode)) {
      throw new DomainInvariantError('REJECTION_REASON_UNKNOWN', `the brand defines no rejection reason ${reasonCode}`, { reasonCode });
    }
    this.state = { ...this.state, status: 'REJECTED', rejectionReasons: [reasonCode], updatedAt: at };
    this.record('loan.rejected', at, { reasons: [reasonCode], stage: 'REVIEW', actorId: actor.userId });
  }

  /**
   * The KFS and agreement were stored and e-sign requested: SANCTIONED → AGREEMENT_SENT.
   * @throws DomainInvariantError `LOAN_NOT_SANCTIONED`.
   */
  sendAgreement(agreement: AgreementSent, at: Date): void {
    this.expectStatus('SANCTIONED', 'LOAN_NOT_SANCTIONED');
    this.state = { ...this.state, status: 'AGREEMENT_SENT', agreement, updatedAt: at };
    this.record('loan.agreement_sent', at, { ...agreement });
  }

  /**
   * The customer signed the agreement: AGREEMENT_SENT → AGREEMENT_SIGNED.
   * @throws DomainInvariantError `AGREEMENT_NOT_SENT`.
   */
  markSigned(at: Date): void {
    this.expectStatus('AGREEMENT_SENT', 'AGREEMENT_NOT_SENT');
    this.state = { ...this.state, status: 'AGREEMENT_SIGNED', updatedAt: at };
    this.record('loan.agreement_signed', at, { esignRequestId: this.state.agreement?.esignRequestId });
  }

  /**
   * The e-sign request expired unsigned: AGREEMENT_SENT → SANCTIONED, ready to send again.
   * @throws DomainInvariantError `AGREEMENT_NOT_SENT`.
   */
  expireAgreement(at: Date): void {
    this.expectStatus('AGREEMENT_SENT', 'AGREEMENT_NOT_SENT');
    const expired = this.state.agreement?.esignRequestId;
    const { agreement: _dropped, ...rest } = this.state;
    this.state = { ...rest, status: 'SANCTIONED', updatedAt: at };
    this.record('loan.agreement_expired', at, { esignRequestId: expired });
  }

  /**
   * The customer withdraws a sanctioned loan within the cooling-off period counted from the sanction.
   * @throws DomainInvariantError `NOT_LOAN_OWNER`, `LOAN_NOT_CANCELLABLE` or `COOLING_OFF_OVER`.
   */
  cancel(customerId: string, at: Date, coolingOffDays: number): void {
    if (customerId !== this.state.customerId) throw new DomainInvariantError('NOT_LOAN_OWNER', 'only the borrower may cancel a loan');
    const status = this.state.status;
    if (status !== 'SANCTIONED' && status !== 'AGREEMENT_SENT' && status !== 'AGREEMENT_SIGNED') this.expectStatus('SANCTIONED', 'LOAN_NOT_CANCELLABLE');
    const from = this.state.sanctionedAt ?? this.state.updatedAt;
    if (!withinCoolingOff(from, at, coolingOffDays)) {
      throw new DomainInvariantError('COOLING_OFF_OVER', `the ${coolingOffDays}-day cooling-off period is over`, { coolingOffDays });
    }
    this.state = { ...this.state, status: 'CANCELLED', updatedAt: at };
    this.record('loan.cancelled', at, { by: 'CUSTOMER', from: status });
  }

  /** The state to persist. */
  toSnapshot(): LoanSnapshot {
    return this.state;
  }

  /** Hands over the events recorded since the last call and forgets them. */
  pullEvents(): DomainEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  private expectStatus(status: LoanStatus, code: string): void {
    if (this.state.status !== status) {
      throw new DomainInvariantError(code, `loan ${this.state.id} is ${this.state.status}, expected ${status}`, {
        loanId: this.state.id,
        status: this.state.status,
      });
    }
  }

  private record(type: string, at: Date, payload: Readonly<Record<string, unknown>>): void {
    this.events.push({ type, aggregateType: 'loan', aggregateId: this.state.id, brandId: this.state.brandId, occurredAt: at, payload });
  }
}
