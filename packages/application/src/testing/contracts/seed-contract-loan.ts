import { Loan, type LoanProduct, Money, Rate } from '@los/domain';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';

const uuid = () => globalThis.crypto.randomUUID();

/** A brand, product, customer and applied loan of their own for one contract test (stores may be shared). */
export async function seedContractLoan(unitOfWork: LifecycleUnitOfWork): Promise<{ brandId: string; loanId: string; customerId: string }> {
  const brandId = uuid();
  const loanId = uuid();
  const customerId = uuid();
  const at = new Date('2026-11-23T10:00:00Z');
  const product: LoanProduct = {
    id: uuid(), brandId, code: 'pl', name: 'Personal loan', currency: 'INR', minAmount: Money.of('10000'), maxAmount: Money.of('500000'),
    tenureUnit: 'MONTH', allowedTenures: [12], annualRate: Rate.percent('18'), processingFee: { kind: 'FLAT', amount: Money.of('500') }, active: true,
  };
  await unitOfWork.run(async (repos) => {
    await repos.brands.add({ id: brandId, code: `b${brandId.slice(0, 8)}`, name: 'Contract brand', createdAt: at });
    await repos.brands.addProduct(product);
    await repos.customers.addOrGet({ id: customerId, brandId, phone: '+919800000001', createdAt: at });
    const applied = Loan.apply({ id: loanId, brandId, customerId, product, amount: Money.of('50000'), tenure: 12, at });
    if (!applied.ok) throw new Error('contract loan does not fit its product');
    await repos.loans.add(applied.value);
  });
  return { brandId, loanId, customerId };
}
