import { type LocalDate, type Money, type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { LoanPayment } from '../../ports/loan-servicing-repository.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';
import { businessDate } from '../loans/business-date.js';
import { bookPayment } from './book-payment.js';
import type { ServicingPolicy } from './servicing-policy.js';

/** Why a manual payment was not entered or decided. */
export type ManualPaymentError =
  | BrandAccessError
  | { readonly code: 'LOAN_NOT_FOUND' }
  | { readonly code: 'PAYMENT_NOT_FOUND' }
  /** The UTR is already recorded for the brand. */
  | { readonly code: 'DUPLICATE_UTR' }
  /** Decided already, or entered by the same person who now tries to approve it. */
  | { readonly code: 'PAYMENT_ALREADY_DECIDED' }
  | { readonly code: 'MAKER_IS_CHECKER' }
  /** Manual payments are taken only for loans in repayment, in the loan's currency, received by today. */
  | { readonly code: 'LOAN_NOT_IN_REPAYMENT' }
  | { readonly code: 'CURRENCY_MISMATCH' }
  | { readonly code: 'RECEIVED_IN_FUTURE' };

/** A payment as the API shows it. */
export function paymentView(p: LoanPayment) {
  return {
    id: p.id,
    loanId: p.loanId,
    source: p.source,
    provider: p.provider,
    providerPaymentId: p.providerPaymentId,
    purpose: p.purpose,
    amount: p.amount.toJSON(),
    receivedOn: p.receivedOn,
    status: p.status,
    ...(p.enteredBy ? { enteredBy: p.enteredBy } : {}),
    ...(p.decidedBy ? { decidedBy: p.decidedBy, decidedAt: p.decidedAt?.toISOString() } : {}),
    ...(p.note ? { note: p.note } : {}),
    ...(p.journalEntryId ? { journalEntryId: p.journalEntryId } : {}),
  };
}

/** Loan ops record a payment received outside the gateway (NEFT/IMPS to the lender's account), by its UTR; it waits for a second person. */
export class EnterManualPayment {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock; readonly timeZone: string }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string; readonly amount: Money; readonly utr: string; readonly receivedOn: LocalDate }): Promise<Result<ReturnType<typeof paymentView>, ManualPaymentError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'loan-ops');
      if (!access.ok) return access;
      if (input.actor.kind !== 'staff') return err({ code: 'BRAND_NOT_FOUND' as const });
      const loan = await repos.loans.findById(input.brandId, input.loanId);
      if (!loan) return err({ code: 'LOAN_NOT_FOUND' as const });
      if (loan.status !== 'ACTIVE' && loan.status !== 'OVERDUE') return err({ code: 'LOAN_NOT_IN_REPAYMENT' as const });
      if (input.amount.currency !== loan.toSnapshot().amount.currency) return err({ code: 'CURRENCY_MISMATCH' as const });
      if (input.receivedOn > businessDate(this.deps.clock.now(), this.deps.timeZone)) return err({ code: 'RECEIVED_IN_FUTURE' as const });
      const payment: LoanPayment = {
        id: this.deps.ids.next(), brandId: input.brandId, loanId: loan.id, source: 'MANUAL', provider: 'manual', providerPaymentId: input.utr, purpose: 'REPAYMENT',
        amount: input.amount, receivedOn: input.receivedOn, status: 'PENDING_APPROVAL', enteredBy: input.actor.userId, createdAt: this.deps.clock.now(),
      };
      if ((await repos.servicing.addPayment(payment)) === 'duplicate') return err({ code: 'DUPLICATE_UTR' as const });
      return ok(paymentView(payment));
    });
  }
}

/** A second member of loan ops approves (books it in the ledger) or rejects a manual payment; never its maker. */
export class DecideManualPayment {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock; readonly policy: ServicingPolicy }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly paymentId: string; readonly decision: 'APPROVE' | 'REJECT'; readonly note?: string }): Promise<Result<ReturnType<typeof paymentView>, ManualPaymentError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'loan-ops');
      if (!access.ok) return access;
      if (input.actor.kind !== 'staff') return err({ code: 'BRAND_NOT_FOUND' as const });
      const payment = await repos.servicing.findPayment(input.brandId, input.paymentId);
      if (!payment || payment.source !== 'MANUAL') return err({ code: 'PAYMENT_NOT_FOUND' as const });
      if (payment.status !== 'PENDING_APPROVAL') return err({ code: 'PAYMENT_ALREADY_DECIDED' as const });
      if (payment.enteredBy === input.actor.userId) return err({ code: 'MAKER_IS_CHECKER' as const });
      const now = this.deps.clock.now();
      const decided = { ...payment, decidedBy: input.actor.userId, decidedAt: now, ...(input.note ? { note: input.note } : {}) };
      if (input.decision === 'REJECT') {
        await repos.servicing.updatePayment({ ...decided, status: 'REJECTED' });
        return ok(paymentView({ ...decided, status: 'REJECTED' }));
      }
      const loan = await repos.loans.findById(input.brandId, payment.loanId);
      if (!loan) throw new Error(`loan ${payment.loanId} of payment ${payment.id} not found`);
      const booked = await bookPayment(repos, loan, payment, this.deps, now);
      const posted: LoanPayment = { ...decided, status: 'POSTED', journalEntryId: booked.journalEntryId };
      await repos.servicing.updatePayment(posted);
      await commitLoan(repos, loan, this.deps.ids, input.actor.userId, input.actor.requestId);
      return ok(paymentView(posted));
    });
  }
}

/** Loan ops list a brand's payments (the approval queue is `status: PENDING_APPROVAL`). */
export class ListPayments {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId?: string; readonly status?: LoanPayment['status'] }): Promise<Result<readonly ReturnType<typeof paymentView>[], BrandAccessError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'loan-ops');
      if (!access.ok) return access;
      const list = await repos.servicing.listPayments(input.brandId, { ...(input.loanId ? { loanId: input.loanId } : {}), ...(input.status ? { status: input.status } : {}) });
      return ok(list.map(paymentView));
    });
  }
}
