import {
  type KeyFactsStatement,
  type LocalDate,
  type Money,
  type ProductRuleViolation,
  type Result,
  type ScheduleJson,
  checkAgainstProduct,
  err,
  generateSchedule,
  keyFactsStatement,
  minimumCoolingOffDays,
  ok,
  quoteTerms,
} from '@los/domain';
import { type Actor, staffAccess } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { businessDate } from './business-date.js';

export interface QuoteLoanInput {
  readonly actor: Actor;
  readonly brandId: string;
  readonly productId: string;
  readonly amount: Money;
  readonly tenure: number;
  /** Defaults to today in the business time zone. */
  readonly disbursementDate?: LocalDate;
}

export type QuoteLoanError =
  | { readonly code: 'BRAND_NOT_FOUND' }
  | { readonly code: 'PRODUCT_NOT_FOUND'; readonly productId: string }
  | { readonly code: 'PRODUCT_RULES_VIOLATED'; readonly violations: readonly ProductRuleViolation[] };

/** A quote: the repayment schedule and the Key Facts Statement figures, APR included. */
export interface LoanQuote {
  readonly productId: string;
  readonly schedule: ScheduleJson;
  readonly keyFacts: KeyFactsStatement;
}

/**
 * Prices a loan for a brand's product before anyone applies: the schedule from the product's terms and the
 * KFS with the APR as RBI's KFS rules define it. Customers quote their own brand; staff any brand they work for.
 */
export class QuoteLoan {
  constructor(private readonly deps: { readonly repositories: Repositories; readonly clock: Clock; readonly timeZone: string }) {}

  async execute(input: QuoteLoanInput): Promise<Result<LoanQuote, QuoteLoanError>> {
    const { actor } = input;
    const visible = actor.kind === 'customer' ? actor.brandId === input.brandId : staffAccess(actor, input.brandId, 'dashboard') !== 'none';
    if (!visible) return err({ code: 'BRAND_NOT_FOUND' });
    const product = await this.deps.repositories.brands.findProduct(input.brandId, input.productId);
    if (!product) return err({ code: 'PRODUCT_NOT_FOUND', productId: input.productId });
    const violations = checkAgainstProduct(product, input.amount, input.tenure);
    if (violations.length > 0) return err({ code: 'PRODUCT_RULES_VIOLATED', violations });
    const date = input.disbursementDate ?? businessDate(this.deps.clock.now(), this.deps.timeZone);
    const schedule = generateSchedule(quoteTerms(product, input.amount, input.tenure, date));
    const keyFacts = keyFactsStatement({
      schedule,
      coolingOffDays: minimumCoolingOffDays(product, input.tenure),
      aprMethod: 'RBI_KFS',
      aprRounding: { dp: 2, mode: 'HALF_UP' },
      contingentCharges: [
        { name: 'Penal charges', description: 'A charge on the overdue amount as per the brand’s penal charges policy; never added to the interest rate or capitalised.' },
        { name: 'Bounce charges', description: 'Charged once per dishonoured payment instruction, plus GST.' },
      ],
    });
    return ok({ productId: product.id, schedule, keyFacts });
  }
}
