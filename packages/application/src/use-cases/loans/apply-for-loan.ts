import { Loan, type Money, type ProductRuleViolation, type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { AadhaarReferences } from '../../ports/aadhaar-references.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LoanApplicant } from '../../ports/loan-applicant-repository.js';
import type { ProductCatalog } from '../../ports/product-catalog.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { toEventMessages } from '../events/to-event-messages.js';
import { type LoanView, toLoanView } from './loan-view.js';

/**
 * What an applicant may declare: the stored declarations, with the Aadhaar number itself in place of its
 * reference. The number is turned into its reference before anything is written and never stored.
 */
export type ApplicantDeclaration = Omit<LoanApplicant, 'aadhaarRef'> & { readonly aadhaarNumber?: string };

export interface ApplyForLoanInput {
  readonly actor: Actor;
  readonly productId: string;
  readonly amount: Money;
  readonly tenure: number;
  /** What the applicant declares (date of birth, PAN, income, employer, pincode); stored with the loan for decisioning. */
  readonly applicant?: ApplicantDeclaration;
}

export type ApplyForLoanError =
  | { readonly code: 'FORBIDDEN' }
  | { readonly code: 'PRODUCT_NOT_FOUND'; readonly productId: string }
  | { readonly code: 'PRODUCT_RULES_VIOLATED'; readonly violations: readonly ProductRuleViolation[] };

/**
 * A customer applies for one of their brand's products. The loan row and its `loan.applied` event commit
 * in one transaction (outbox); the relay then publishes the event for decisioning.
 * The applicant's declarations, when given, are stored with the loan in the same transaction.
 */
export class ApplyForLoan {
  constructor(
    private readonly deps: {
      readonly unitOfWork: UnitOfWork;
      readonly ids: IdGenerator;
      readonly clock: Clock;
      /** When given, the product is read (and the request checked) before any transaction opens. */
      readonly products?: ProductCatalog;
      /** Turns a declared Aadhaar number into its reference; needed only when applicants declare one. */
      readonly aadhaarReferences?: AadhaarReferences;
    },
  ) {}

  async execute(input: ApplyForLoanInput): Promise<Result<LoanView, ApplyForLoanError>> {
    const actor = input.actor;
    if (actor.kind !== 'customer') return err({ code: 'FORBIDDEN' });
    const known = this.deps.products ? await this.deps.products.find(actor.brandId, input.productId) : undefined;
    if (known === null) return err({ code: 'PRODUCT_NOT_FOUND', productId: input.productId });
    const applicant = input.applicant ? this.declared(input.applicant) : undefined;
    return this.deps.unitOfWork.run(async (repos) => {
      const product = known ?? (await repos.brands.findProduct(actor.brandId, input.productId));
      if (!product) return err({ code: 'PRODUCT_NOT_FOUND' as const, productId: input.productId });
      const applied = Loan.apply({
        id: this.deps.ids.next(),
        brandId: actor.brandId,
        customerId: actor.customerId,
        product,
        amount: input.amount,
        tenure: input.tenure,
        at: this.deps.clock.now(),
      });
      if (!applied.ok) return err({ code: 'PRODUCT_RULES_VIOLATED' as const, violations: applied.error });
      const loan = applied.value;
      await repos.loans.add(loan);
      if (applicant) await repos.applicants.add(actor.brandId, loan.id, applicant);
      await repos.outbox.append(toEventMessages(loan.pullEvents(), this.deps.ids));
      return ok(toLoanView(loan));
    });
  }

  private declared(declaration: ApplicantDeclaration): LoanApplicant {
    const { aadhaarNumber, ...rest } = declaration;
    if (aadhaarNumber === undefined) return rest;
    if (!this.deps.aadhaarReferences) throw new Error('an Aadhaar number was declared but no AadhaarReferences is configured');
    return { ...rest, aadhaarRef: this.deps.aadhaarReferences.referenceOf(aadhaarNumber) };
  }
}
