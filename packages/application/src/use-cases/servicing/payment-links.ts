import { type ForeclosureQuote, Money, type Result, err, ok } from '@los/domain';
import { type ProviderUnavailable, askProvider } from '../ask-provider.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { PaymentPurpose } from '../../ports/loan-servicing-repository.js';
import type { PaymentGateway } from '../../ports/payment-gateway.js';
import type { BrandAccessError } from '../decisioning/brand-access.js';
import { businessDate } from '../loans/business-date.js';
import { type LoanReader, loadLoanFor } from './loan-access.js';
import { type LoanBooks, quoteForeclosure, readLoanBooks } from './loan-books.js';
import type { ServicingPolicy } from './servicing-policy.js';

/** Why a quote or a payment link was refused. */
export type PaymentLinkError =
  | BrandAccessError
  | { readonly code: 'LOAN_NOT_FOUND' }
  | { readonly code: 'LOAN_NOT_IN_REPAYMENT' }
  | { readonly code: 'NOTHING_TO_PAY' }
  /** No payment gateway of the brand gave an answer (after failover); nothing was recorded. */
  | ProviderUnavailable<'PAYMENT_LINKS'>;

/** A payment link handed to the borrower. */
export interface PaymentLinkView {
  readonly url: string;
  readonly reference: string;
  readonly purpose: PaymentPurpose;
  readonly amount: { readonly amount: string; readonly currency: string };
  readonly quote?: ForeclosureQuote;
}

interface Deps {
  readonly unitOfWork: LifecycleUnitOfWork;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly gateway: PaymentGateway;
  readonly policy: ServicingPolicy;
  readonly timeZone: string;
}

/** Reads a loan in repayment with its books, for its borrower or staff with loan ops. */
async function booksFor(repos: LifecycleRepositories, reader: LoanReader, deps: Deps) {
  const found = await loadLoanFor(repos, reader, 'loan-ops');
  if (!found.ok) return found;
  const loan = found.value;
  if (loan.status !== 'ACTIVE' && loan.status !== 'OVERDUE') return err({ code: 'LOAN_NOT_IN_REPAYMENT' as const });
  const books = await readLoanBooks(repos, loan.brandId, loan.id, businessDate(deps.clock.now(), deps.timeZone));
  if (!books) return err({ code: 'LOAN_NOT_IN_REPAYMENT' as const });
  return ok({ loan, books });
}

/** Today's foreclosure quote of a loan in repayment (borrower or loan ops). */
export class QuoteForeclosure {
  constructor(private readonly deps: Deps) {}

  execute(input: LoanReader): Promise<Result<ForeclosureQuote, PaymentLinkError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const found = await booksFor(repos, input, this.deps);
      return found.ok ? ok(quoteForeclosure(found.value.books, this.deps.policy)) : found;
    });
  }
}

/**
 * A payment link for the borrower: `REPAYMENT` collects what is due now (or, with nothing due, the next
 * instalment in advance); `FORECLOSURE` collects today's foreclosure quote, which closes the loan when paid.
 * The link is remembered by its reference, so the gateway's callback lands with its purpose.
 */
export class CreatePaymentLink {
  constructor(private readonly deps: Deps) {}

  async execute(input: LoanReader & { readonly purpose: PaymentPurpose }): Promise<Result<PaymentLinkView, PaymentLinkError>> {
    const prepared = await this.deps.unitOfWork.run(async (repos) => {
      const found = await booksFor(repos, input, this.deps);
      if (!found.ok) return found;
      const { loan, books } = found.value;
      const customer = await repos.customers.findById(loan.brandId, loan.toSnapshot().customerId);
      if (!customer) throw new Error(`customer of loan ${loan.id} not found`);
      const name = (await repos.kyc.verifiedName(loan.brandId, customer.id)) ?? customer.phone;
      const quote = input.purpose === 'FORECLOSURE' ? quoteForeclosure(books, this.deps.policy) : undefined;
      const amount = quote ? Money.of(quote.totalPayable, books.schedule.currency) : amountDue(books);
      if (!amount.isPositive()) return err({ code: 'NOTHING_TO_PAY' as const });
      return ok({ loan, customer: { name, phone: customer.phone }, quote, amount });
    });
    if (!prepared.ok) return prepared;
    const { loan, customer, quote, amount } = prepared.value;
    const reference = `${input.purpose === 'FORECLOSURE' ? 'FC' : 'RP'}-${this.deps.ids.next()}`;
    const asked = await askProvider('PAYMENT_LINKS', () =>
      this.deps.gateway.createPaymentLink({
        brandId: loan.brandId,
        loanId: loan.id,
        reference,
        amount,
        description: input.purpose === 'FORECLOSURE' ? `Foreclosure of loan ${loan.id.slice(0, 8)}` : `Repayment of loan ${loan.id.slice(0, 8)}`,
        customer,
      }),
    );
    if (!asked.ok) return asked;
    const link = asked.value;
    await this.deps.unitOfWork.run((repos) =>
      repos.servicing.addPaymentLink({
        brandId: loan.brandId, loanId: loan.id, reference, purpose: input.purpose, amount, provider: link.provider ?? this.deps.gateway.provider,
        providerLinkId: link.providerLinkId, url: link.url, ...(quote ? { quote } : {}), createdAt: this.deps.clock.now(),
      }),
    );
    return ok({ url: link.url, reference, purpose: input.purpose, amount: amount.toJSON(), ...(quote ? { quote } : {}) });
  }
}

/** What a repayment link asks for: everything due now, or the next instalment when nothing is due yet. */
function amountDue(books: LoanBooks): Money {
  const { position, schedule } = books;
  const due = Money.sum(Object.values(position.dues), schedule.currency).minus(position.balances.excess);
  if (due.isPositive()) return due;
  return position.nextDue ? position.nextDue.amount.minus(position.balances.excess).max(Money.zero(schedule.currency)) : Money.zero(schedule.currency);
}
