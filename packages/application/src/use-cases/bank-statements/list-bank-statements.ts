import { type Result, err, ok } from '@los/domain';
import { type Actor, type StaffFeature, staffAccess } from '../../auth/actor.js';
import type { BankStatementStore, BankStatementSubmission } from '../../ports/bank-statement-store.js';
import type { Clock } from '../../ports/clock.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { BrandAccessError } from '../decisioning/brand-access.js';
import { businessDate } from '../loans/business-date.js';
import { type BankStatementView, bankStatementView } from './bank-statement-view.js';

/** Why the statements were not listed. */
export type ListBankStatementsError = BrandAccessError | { readonly code: 'CUSTOMER_NOT_FOUND' } | { readonly code: 'LOAN_NOT_FOUND' };

/** Staff who underwrite may read a loan's customer's statements: loan list, credit and sanction roles (and ADMIN). */
const READERS: readonly StaffFeature[] = ['loan-list', 'credit-view', 'sanction-view'];

/**
 * The statements a customer shared, newest first, each with its status and the figures as of today. A
 * customer lists their own; underwriting staff of the brand list those of a loan's customer (another
 * brand's loan is not found).
 */
export class ListBankStatements {
  constructor(private readonly deps: { readonly repositories: Pick<Repositories, 'brands' | 'customers' | 'loans'>; readonly store: BankStatementStore; readonly clock: Clock; readonly timeZone: string }) {}

  async execute(input: { readonly actor: Actor; readonly brandId?: string; readonly loanId?: string; readonly limit: number; readonly offset: number }): Promise<Result<BankStatementView[], ListBankStatementsError>> {
    const owner = await this.owner(input);
    if (!owner.ok) return owner;
    const { brandId, customerId } = owner.value;
    const submissions = await this.deps.store.listForCustomer(brandId, customerId, { limit: input.limit, offset: input.offset });
    return ok(submissions.map((s) => this.view(s)));
  }

  /** One submission with its figures as of today (the business date in the brand's time zone). */
  view(submission: BankStatementSubmission): BankStatementView {
    return bankStatementView(submission, businessDate(this.deps.clock.now(), this.deps.timeZone));
  }

  private async owner(input: { readonly actor: Actor; readonly brandId?: string; readonly loanId?: string }): Promise<Result<{ brandId: string; customerId: string }, ListBankStatementsError>> {
    const { actor, brandId = '', loanId = '' } = input;
    const { repositories } = this.deps;
    if (actor.kind === 'customer') {
      if (!(await repositories.customers.findById(actor.brandId, actor.customerId))) return err({ code: 'CUSTOMER_NOT_FOUND' });
      return ok({ brandId: actor.brandId, customerId: actor.customerId });
    }
    const access = READERS.map((feature) => staffAccess(actor, brandId, feature));
    if (access.every((a) => a === 'none')) return err({ code: 'BRAND_NOT_FOUND' });
    if (!access.includes('allowed')) return err({ code: 'FORBIDDEN' });
    if (!(await repositories.brands.findById(brandId))) return err({ code: 'BRAND_NOT_FOUND' });
    const loan = await repositories.loans.findById(brandId, loanId);
    if (!loan) return err({ code: 'LOAN_NOT_FOUND' });
    return ok({ brandId, customerId: loan.toSnapshot().customerId });
  }
}
