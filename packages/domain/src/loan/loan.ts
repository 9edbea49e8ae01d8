import type { DomainEvent } from '../domain-event.js';
import { DomainInvariantError } from '../errors.js';
import type { LocalDate } from '../local-date.js';
import type { Money } from '../money/money.js';
import { type LoanProduct, type ProductRuleViolation, checkAgainstProduct } from '../product/loan-product.js';
import { type Result, err, ok } from '../result.js';
import type { LoanStatus } from './loan-status.js';
import { type LoanApplicationRequest, type LoanClosure, type LoanDecisionOutcome, type LoanSnapshot, withoutCollector } from './loan-snapshot.js';
import {
  type AgreementSent,
  type LoanStaffActor,
  type RejectionReason,
  type SanctionLimit,
  CREDIT_ROLES,
  OPS_ROLES,
  SANCTION_ROLES,
  checkSanctionAuthority,
  requireRole,
  withinCoolingOff,
} from './lifecycle-rules.js';

/**
 * The loan aggregate. State changes only through intention-revealing transitions, each of which checks
 * its invariants and records a domain event for the outbox.
 */
export class Loan {
  private events: DomainEvent[] = [];

  /** The status the loan had when it was created or loaded, before this unit of work moved it (for the audit log). */
  readonly loadedStatus: LoanStatus;

  private constructor(private state: LoanSnapshot) {
    this.loadedStatus = state.status;
  }

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

  /**
   * Loan ops pay out a signed loan: AGREEMENT_SIGNED → DISBURSAL_PENDING. `requestId` is the payout's
   * idempotency key, new for every attempt.
   * @throws DomainInvariantError `AGREEMENT_NOT_SIGNED` or `OPS_ROLE_REQUIRED`.
   */
  requestDisbursal(actor: LoanStaffActor, requestId: string, at: Date): void {
    this.expectStatus('AGREEMENT_SIGNED', 'AGREEMENT_NOT_SIGNED');
    requireRole(actor, OPS_ROLES, 'OPS_ROLE_REQUIRED');
    const attempt = (this.state.disbursal?.attempt ?? 0) + 1;
    this.state = { ...this.state, status: 'DISBURSAL_PENDING', disbursal: { requestId, attempt, requestedBy: actor.userId }, updatedAt: at };
    this.record('loan.disbursal_requested', at, { requestId, attempt, actorId: actor.userId });
  }

  /**
   * The payout provider accepted the request and will settle it later (the payout callback or a status poll
   * finishes it). Records the provider's payout id; the loan stays DISBURSAL_PENDING.
   * @throws DomainInvariantError `DISBURSAL_NOT_PENDING`.
   */
  recordPayoutAccepted(providerPayoutId: string, at: Date): void {
    const disbursal = this.pendingDisbursal();
    this.state = { ...this.state, disbursal: { ...disbursal, providerPayoutId }, updatedAt: at };
    this.record('loan.payout_accepted', at, { requestId: disbursal.requestId, providerPayoutId });
  }

  /**
   * The money reached the borrower: DISBURSAL_PENDING → ACTIVE, with the bank's UTR and the business date
   * the schedule is fixed from.
   * @throws DomainInvariantError `DISBURSAL_NOT_PENDING` or `UTR_REQUIRED`.
   */
  disburse(payout: { readonly providerPayoutId: string; readonly utr: string; readonly disbursedOn: LocalDate; readonly netAmount: Money }, at: Date): void {
    const disbursal = this.pendingDisbursal();
    if (payout.utr.trim().length === 0) throw new DomainInvariantError('UTR_REQUIRED', 'a disbursal is confirmed only with the bank UTR');
    const { netAmount, ...settled } = payout;
    this.state = { ...this.state, status: 'ACTIVE', disbursal: { ...disbursal, ...settled }, daysPastDue: 0, updatedAt: at };
    this.record('loan.disbursed', at, { ...settled, requestId: disbursal.requestId, amount: this.state.amount.toJSON(), netAmount: netAmount.toJSON() });
  }

  /**
   * The payout failed: DISBURSAL_PENDING → AGREEMENT_SIGNED, back with loan ops, who may retry.
   * @throws DomainInvariantError `DISBURSAL_NOT_PENDING`.
   */
  failDisbursal(failure: { readonly reason: string; readonly detail: string }, at: Date): void {
    const disbursal = this.pendingDisbursal();
    this.state = { ...this.state, status: 'AGREEMENT_SIGNED', updatedAt: at };
    this.record('loan.disbursal_failed', at, { requestId: disbursal.requestId, attempt: disbursal.attempt, ...failure });
  }

  /**
   * A repayment was booked in the ledger. The loan records it (so two repayments never interleave: the
   * version check serialises them) and its days past due as the ledger now shows them.
   * @throws DomainInvariantError `LOAN_NOT_IN_REPAYMENT`.
   */
  recordRepayment(payment: { readonly paymentId: string; readonly amount: Money; readonly daysPastDue: number }, at: Date): void {
    this.expectServicing();
    this.state = { ...this.state, daysPastDue: payment.daysPastDue, updatedAt: at };
    this.record('loan.repayment_recorded', at, { paymentId: payment.paymentId, amount: payment.amount.toJSON(), daysPastDue: payment.daysPastDue });
    this.trackArrears(payment.daysPastDue, at);
  }

  /**
   * Loan ops waived part of a charge or of the interest (booked in the ledger in the same transaction).
   * @throws DomainInvariantError `LOAN_NOT_IN_REPAYMENT`.
   */
  recordWaiver(waiver: { readonly bucket: string; readonly amount: Money; readonly reason: string; readonly actorId: string; readonly daysPastDue: number }, at: Date): void {
    this.adjust('loan.waiver_granted', { bucket: waiver.bucket, amount: waiver.amount.toJSON(), reason: waiver.reason, actorId: waiver.actorId }, waiver.daysPastDue, at);
  }

  /**
   * A payment already booked bounced (a dishonoured NACH debit or cheque) and was reversed in the ledger:
   * what it paid is owed again, and the arrears follow.
   * @throws DomainInvariantError `LOAN_NOT_IN_REPAYMENT`.
   */
  recordPaymentReversal(reversal: { readonly paymentId: string; readonly amount: Money; readonly reason: string; readonly daysPastDue: number }, at: Date): void {
    this.adjust('loan.payment_reversed', { paymentId: reversal.paymentId, amount: reversal.amount.toJSON(), reason: reversal.reason }, reversal.daysPastDue, at);
  }

  /**
   * The day-end close's view of the loan: ACTIVE → OVERDUE when days past due rise above zero, OVERDUE →
   * ACTIVE once the arrears are cleared (which releases its collector, `loan.collector_released`).
   * Returns whether anything changed.
   * @throws DomainInvariantError `LOAN_NOT_IN_REPAYMENT`.
   */
  ageArrears(daysPastDue: number, at: Date): boolean {
    this.expectServicing();
    if (daysPastDue === (this.state.daysPastDue ?? 0)) return false;
    this.state = { ...this.state, daysPastDue, updatedAt: at };
    if (!this.trackArrears(daysPastDue, at)) this.record('loan.days_past_due', at, { daysPastDue });
    return true;
  }

  /**
   * Places an overdue loan with a collection executive (or moves it to another one).
   * @throws DomainInvariantError `LOAN_NOT_OVERDUE` unless the loan is OVERDUE, `COLLECTOR_REQUIRED` for an empty id.
   * @example
   * loan.assignCollector(executiveId, at); // emits loan.collector_assigned
   */
  assignCollector(executiveId: string, at: Date): void {
    this.expectStatus('OVERDUE', 'LOAN_NOT_OVERDUE');
    if (executiveId.length === 0) throw new DomainInvariantError('COLLECTOR_REQUIRED', 'an overdue loan is assigned to a named collection executive');
    if (this.state.collectorId === executiveId) return;
    const previous = this.state.collectorId;
    this.state = { ...this.state, collectorId: executiveId, collectorAssignedAt: at, updatedAt: at };
    this.record('loan.collector_assigned', at, { collectorId: executiveId, daysPastDue: this.state.daysPastDue ?? 0, ...(previous === undefined ? {} : { previousCollectorId: previous }) });
  }

  /**
   * Closes a loan whose ledger shows nothing owed: ACTIVE or OVERDUE → CLOSED.
   * @throws DomainInvariantError `LOAN_NOT_IN_REPAYMENT` or `OUTSTANDING_NOT_ZERO`.
   */
  close(owed: readonly Money[], closure: LoanClosure, at: Date): void {
    this.expectServicing();
    const left = owed.find((m) => !m.isZero());
    if (left) throw new DomainInvariantError('OUTSTANDING_NOT_ZERO', `loan ${this.state.id} still owes ${left.toFixed()}`, { loanId: this.state.id });
    this.state = { ...this.state, status: 'CLOSED', closure, closedAt: at, daysPastDue: 0, updatedAt: at };
    this.record('loan.closed', at, { closure });
  }

  /**
   * The no-objection certificate of a closed loan was stored and sent.
   * @throws DomainInvariantError `LOAN_NOT_CLOSED`.
   */
  issueNoc(nocKey: string, at: Date): void {
    this.expectStatus('CLOSED', 'LOAN_NOT_CLOSED');
    this.state = { ...this.state, nocKey, updatedAt: at };
    this.record('loan.noc_issued', at, { nocKey });
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

  private adjust(type: string, payload: Readonly<Record<string, unknown>>, daysPastDue: number, at: Date): void {
    this.expectServicing();
    this.state = { ...this.state, daysPastDue, updatedAt: at };
    this.record(type, at, { ...payload, daysPastDue });
    this.trackArrears(daysPastDue, at);
  }

  private pendingDisbursal() {
    this.expectStatus('DISBURSAL_PENDING', 'DISBURSAL_NOT_PENDING');
    const disbursal = this.state.disbursal;
    if (!disbursal) throw new DomainInvariantError('DISBURSAL_NOT_PENDING', `loan ${this.state.id} has no disbursal request`);
    return disbursal;
  }

  private expectServicing(): void {
    if (this.state.status !== 'ACTIVE' && this.state.status !== 'OVERDUE') this.expectStatus('ACTIVE', 'LOAN_NOT_IN_REPAYMENT');
  }

  /** Moves between ACTIVE and OVERDUE as the days past due say; true when the status changed. */
  private trackArrears(daysPastDue: number, at: Date): boolean {
    if (daysPastDue > 0 && this.state.status === 'ACTIVE') {
      this.state = { ...this.state, status: 'OVERDUE' };
      this.record('loan.overdue', at, { daysPastDue });
      return true;
    }
    if (daysPastDue === 0 && this.state.status === 'OVERDUE') {
      const collectorId = this.state.collectorId;
      this.state = { ...withoutCollector(this.state), status: 'ACTIVE' };
      this.record('loan.arrears_cleared', at, {});
      // The cure ends the collection assignment; it is on the timeline as its own event.
      if (collectorId !== undefined) this.record('loan.collector_released', at, { collectorId, reason: 'ARREARS_CLEARED' });
      return true;
    }
    return false;
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
