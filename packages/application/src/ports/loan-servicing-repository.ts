import type { ForeclosureQuote, LocalDate, Money, ScheduleJson } from '@los/domain';

/** What a payment is for: the running instalments, or closing the loan on a foreclosure quote. */
export type PaymentPurpose = 'REPAYMENT' | 'FORECLOSURE';

/**
 * Money received for a loan: through the gateway (posted at once) or entered by staff with the bank's UTR
 * (posted only after a second person approves it).
 */
export interface LoanPayment {
  readonly id: string;
  readonly brandId: string;
  readonly loanId: string;
  readonly source: 'GATEWAY' | 'MANUAL';
  /** The gateway (`razorpay`, `sandbox-payments`) or `manual`. */
  readonly provider: string;
  /** The gateway's payment id, or the UTR staff entered: unique per brand and provider, so a payment is recorded once. */
  readonly providerPaymentId: string;
  readonly purpose: PaymentPurpose;
  readonly amount: Money;
  readonly receivedOn: LocalDate;
  /** BOUNCED: posted, then dishonoured and reversed in the ledger. */
  readonly status: 'PENDING_APPROVAL' | 'POSTED' | 'REJECTED' | 'BOUNCED';
  readonly enteredBy?: string;
  readonly decidedBy?: string;
  readonly decidedAt?: Date;
  readonly note?: string;
  /** The ledger entry that booked it, once posted. */
  readonly journalEntryId?: string;
  readonly createdAt: Date;
}

/** A payment link sent to a borrower, remembered so its payment lands with the right purpose. */
export interface LoanPaymentLink {
  readonly brandId: string;
  readonly loanId: string;
  /** Our reference, echoed back by the gateway with the payment. */
  readonly reference: string;
  readonly purpose: PaymentPurpose;
  readonly amount: Money;
  readonly provider: string;
  readonly providerLinkId: string;
  readonly url: string;
  /** The foreclosure quote the link collects, for a foreclosure link. */
  readonly quote?: ForeclosureQuote;
  readonly createdAt: Date;
}

/** The filter of a brand's payment list. */
export interface PaymentQuery {
  readonly loanId?: string;
  readonly status?: LoanPayment['status'];
}

/** A disbursed loan's servicing records: its fixed schedule, the payments received and the links sent. */
export interface LoanServicingRepository {
  /** Stores the schedule fixed at disbursal; a loan's schedule is fixed once. */
  fixSchedule(brandId: string, loanId: string, schedule: ScheduleJson): Promise<void>;
  schedule(brandId: string, loanId: string): Promise<ScheduleJson | null>;
  /** Records a payment once: 'duplicate' (nothing written) when its provider and provider id are known. */
  addPayment(payment: LoanPayment): Promise<'added' | 'duplicate'>;
  findPayment(brandId: string, paymentId: string): Promise<LoanPayment | null>;
  findPaymentByProviderId(brandId: string, provider: string, providerPaymentId: string): Promise<LoanPayment | null>;
  /** Records a decision on a payment (approval and posting, or rejection). */
  updatePayment(payment: LoanPayment): Promise<void>;
  /** Oldest first. */
  listPayments(brandId: string, query: PaymentQuery): Promise<readonly LoanPayment[]>;
  addPaymentLink(link: LoanPaymentLink): Promise<void>;
  findPaymentLink(brandId: string, reference: string): Promise<LoanPaymentLink | null>;
}
