import { type LoanProduct, type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Brand } from '../../ports/brand-repository.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { toEventMessages } from '../events/to-event-messages.js';

/** A product to create with its brand. */
export type NewProduct = Omit<LoanProduct, 'id' | 'brandId' | 'active'>;

export interface CreateBrandInput {
  readonly actor: Actor;
  readonly code: string;
  readonly name: string;
  readonly products: readonly NewProduct[];
}

export type CreateBrandError =
  | { readonly code: 'FORBIDDEN' }
  | { readonly code: 'BRAND_CODE_TAKEN'; readonly brandCode: string }
  | { readonly code: 'PRODUCT_CODE_DUPLICATED'; readonly productCode: string }
  | { readonly code: 'PRODUCT_INVALID'; readonly productCode: string; readonly field: string; readonly message: string };

export interface CreatedBrand {
  readonly brand: Brand;
  readonly products: readonly LoanProduct[];
}

/** A super admin opens a new brand (tenant) with its loan products; `brand.created` goes out through the outbox. */
export class CreateBrand {
  constructor(private readonly deps: { readonly unitOfWork: UnitOfWork; readonly ids: IdGenerator; readonly clock: Clock }) {}

  async execute(input: CreateBrandInput): Promise<Result<CreatedBrand, CreateBrandError>> {
    if (input.actor.kind !== 'staff' || !input.actor.superAdmin) return err({ code: 'FORBIDDEN' });
    const invalid = input.products.map(checkProduct).find((e) => e !== null);
    if (invalid) return err(invalid);
    const seen = new Set<string>();
    for (const p of input.products) {
      if (seen.has(p.code)) return err({ code: 'PRODUCT_CODE_DUPLICATED', productCode: p.code });
      seen.add(p.code);
    }
    const now = this.deps.clock.now();
    const brand: Brand = { id: this.deps.ids.next(), code: input.code, name: input.name, createdAt: now };
    const products: LoanProduct[] = input.products.map((p) => ({ ...p, id: this.deps.ids.next(), brandId: brand.id, active: true }));
    return this.deps.unitOfWork.run(async (repos) => {
      if (!(await repos.brands.add(brand))) return err({ code: 'BRAND_CODE_TAKEN' as const, brandCode: brand.code });
      for (const product of products) await repos.brands.addProduct(product);
      await repos.outbox.append(
        toEventMessages(
          [
            {
              type: 'brand.created',
              aggregateType: 'brand',
              aggregateId: brand.id,
              brandId: brand.id,
              occurredAt: now,
              payload: { code: brand.code, productIds: products.map((p) => p.id) },
            },
          ],
          this.deps.ids,
        ),
      );
      return ok({ brand, products });
    });
  }
}

function checkProduct(p: NewProduct): CreateBrandError | null {
  const bad = (field: string, message: string): CreateBrandError => ({ code: 'PRODUCT_INVALID', productCode: p.code, field, message });
  if (p.minAmount.currency !== p.currency || p.maxAmount.currency !== p.currency) return bad('currency', 'amounts must be in the product currency');
  if (!p.minAmount.isPositive()) return bad('minAmount', 'minimum amount must be positive');
  if (p.minAmount.greaterThan(p.maxAmount)) return bad('maxAmount', 'maximum amount must not be below the minimum');
  if (p.allowedTenures.length === 0) return bad('allowedTenures', 'at least one tenure is required');
  if (p.annualRate.value.isNeg()) return bad('annualRate', 'rate must not be negative');
  return null;
}
