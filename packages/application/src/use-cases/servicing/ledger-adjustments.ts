import { Money, type Result, bounceCharge, err, loanPosition, ok, postBouncedPayment, postCharge, postWaiver } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { BrandAccessError } from '../decisioning/brand-access.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';
import { businessDate } from '../loans/business-date.js';
import { loadLoanFor } from './loan-access.js';
import { paymentView } from './manual-payments.js';
import type { ServicingPolicy } from './servicing-policy.js';

/** Why a waiver or a reversal was refused; nothing was posted. */
export type LedgerAdjustmentError =
  | BrandAccessError
  | { readonly code: 'LOAN_NOT_FOUND' }
  | { readonly code: 'PAYMENT_NOT_FOUND' }
  | { readonly code: 'LOAN_NOT_IN_REPAYMENT' }
  /** More is waived than the bucket owes. */
  | { readonly code: 'WAIVER_EXCEEDS_BALANCE' }
  /** Only a posted payment can bounce. */
  | { readonly code: 'PAYMENT_NOT_POSTED' }
  /** The excess this payment created was applied to dues since; reverse those first. */
  | { readonly code: 'EXCESS_ALREADY_APPLIED' };

interface Deps {
  readonly unitOfWork: LifecycleUnitOfWork;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly timeZone: string;
  readonly policy: ServicingPolicy;
}

/**
 * Loan ops forgive part of a loan's penal charges, fees or interest: the income (and the GST inside a charge)
 * is given back and the receivable cleared, in the transaction that records the waiver on the loan.
 */
export class GrantWaiver {
  constructor(private readonly deps: Deps) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string; readonly bucket: 'PENAL' | 'FEES' | 'INTEREST'; readonly amount: Money; readonly reason: string }): Promise<Result<{ readonly entryId: string; readonly status: string }, LedgerAdjustmentError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const found = await loadLoanFor(repos, input, 'loan-ops');
      if (!found.ok) return found;
      const loan = found.value;
      if (loan.status !== 'ACTIVE' && loan.status !== 'OVERDUE') return err({ code: 'LOAN_NOT_IN_REPAYMENT' as const });
      const today = businessDate(this.deps.clock.now(), this.deps.timeZone);
      const balances = await repos.ledger.balancesOfLoan(loan.brandId, loan.id, input.amount.currency);
      const owed = input.bucket === 'PENAL' ? balances.penal : input.bucket === 'FEES' ? balances.fees : balances.interest;
      if (input.amount.greaterThan(owed)) return err({ code: 'WAIVER_EXCEEDS_BALANCE' as const });
      // Charges were booked with their GST inside the receivable; interest carries none.
      const rate = this.deps.policy.gstRate.value;
      const gst = input.bucket === 'INTEREST' ? undefined : input.amount.times(rate.div(rate.plus(1))).round(this.deps.policy.rounding);
      const entry = postWaiver({ id: this.deps.ids.next(), brandId: loan.brandId, loanId: loan.id, businessDate: today }, { bucket: input.bucket, amount: input.amount, ...(gst ? { gst } : {}), balances });
      await repos.ledger.append([entry]);
      const schedule = await repos.servicing.schedule(loan.brandId, loan.id);
      const dpd = schedule ? loanPosition(schedule, await repos.ledger.entriesOfLoan(loan.brandId, loan.id), today).daysPastDue : 0;
      const actorId = input.actor.kind === 'staff' ? input.actor.userId : 'customer';
      loan.recordWaiver({ bucket: input.bucket, amount: input.amount, reason: input.reason, actorId, daysPastDue: dpd }, this.deps.clock.now());
      await commitLoan(repos, loan, this.deps.ids, actorId, input.actor.requestId);
      return ok({ entryId: entry.id, status: loan.status });
    });
  }
}

/**
 * Loan ops reverse a posted payment whose instrument bounced: the mirror of its ledger entry makes what it
 * paid owed again, a bounce charge is booked when the brand's policy has one, and the loan's arrears follow.
 */
export class ReverseBouncedPayment {
  constructor(private readonly deps: Deps) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly paymentId: string; readonly reason: string }): Promise<Result<ReturnType<typeof paymentView>, LedgerAdjustmentError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const payment = input.actor.kind === 'staff' ? await repos.servicing.findPayment(input.brandId, input.paymentId) : null;
      const found = await loadLoanFor(repos, { actor: input.actor, brandId: input.brandId, loanId: payment?.loanId ?? '' }, 'loan-ops');
      if (!found.ok) return found.error.code === 'LOAN_NOT_FOUND' ? err({ code: 'PAYMENT_NOT_FOUND' as const }) : found;
      if (!payment) return err({ code: 'PAYMENT_NOT_FOUND' as const });
      if (payment.status !== 'POSTED' || !payment.journalEntryId) return err({ code: 'PAYMENT_NOT_POSTED' as const });
      const loan = found.value;
      if (loan.status !== 'ACTIVE' && loan.status !== 'OVERDUE') return err({ code: 'LOAN_NOT_IN_REPAYMENT' as const });
      const entries = await repos.ledger.entriesOfLoan(loan.brandId, loan.id);
      const booked = entries.find((e) => e.id.toLowerCase() === payment.journalEntryId!.toLowerCase());
      if (!booked) throw new Error(`ledger entry ${payment.journalEntryId} of payment ${payment.id} not found`);
      const heldByIt = booked.lines.filter((l) => l.account === 'CUSTOMER_EXCESS' && l.side === 'CREDIT').reduce((a, l) => a.plus(l.amount), Money.zero(payment.amount.currency));
      const balances = await repos.ledger.balancesOfLoan(loan.brandId, loan.id, payment.amount.currency);
      if (heldByIt.greaterThan(balances.excess)) return err({ code: 'EXCESS_ALREADY_APPLIED' as const });
      const today = businessDate(this.deps.clock.now(), this.deps.timeZone);
      const header = () => ({ id: this.deps.ids.next(), brandId: loan.brandId, loanId: loan.id, businessDate: today });
      const posted = [postBouncedPayment(booked, this.deps.ids.next(), today)];
      if (this.deps.policy.bounceCharge) posted.push(postCharge(header(), 'FEE', bounceCharge(this.deps.policy.bounceCharge, this.deps.policy.gstRate, this.deps.policy.rounding), 'Bounce charge'));
      await repos.ledger.append(posted);
      const schedule = await repos.servicing.schedule(loan.brandId, loan.id);
      const dpd = schedule ? loanPosition(schedule, [...entries, ...posted], today).daysPastDue : 0;
      loan.recordPaymentReversal({ paymentId: payment.id, amount: payment.amount, reason: input.reason, daysPastDue: dpd }, this.deps.clock.now());
      const actorId = input.actor.kind === 'staff' ? input.actor.userId : undefined;
      // Who reversed it is on the loan's timeline and audit trail; the payment keeps its maker and checker.
      const bounced = { ...payment, status: 'BOUNCED' as const, note: input.reason };
      await repos.servicing.updatePayment(bounced);
      await commitLoan(repos, loan, this.deps.ids, actorId, input.actor.requestId);
      return ok(paymentView(bounced));
    });
  }
}
