import { DomainInvariantError } from '../errors.js';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import type { LoanProduct } from '../product/loan-product.js';
import type { SanctionLimit } from './lifecycle-rules.js';
import { Loan } from './loan.js';

/** Shared test world of the loan aggregate's tests: a product, staff of each role, and loans at each step. */
export const at = new Date('2026-06-15T09:00:00Z');
export const product: LoanProduct = {
  id: 'p1', brandId: 'b1', code: 'pl', name: 'Personal Loan', currency: 'INR',
  minAmount: Money.of('5000'), maxAmount: Money.of('500000'), tenureUnit: 'MONTH', allowedTenures: [12],
  annualRate: Rate.percent('18'), processingFee: { kind: 'FLAT', amount: Money.of('100') }, active: true,
};
export const credit = { userId: 'u-credit', roles: ['CREDIT_EXECUTIVE'] };
export const manager = { userId: 'u-manager', roles: ['SANCTION_MANAGER'] };
export const head = { userId: 'u-head', roles: ['SANCTION_HEAD'] };
export const limits: SanctionLimit[] = [{ role: 'SANCTION_MANAGER', maxAmount: Money.of('100000') }, { role: 'SANCTION_HEAD' }];
export const reasons = [{ code: 'INCOME_UNVERIFIED', label: 'Income could not be verified' }];
export const agreement = { kfsKey: 'k/kfs.pdf', agreementKey: 'k/agreement.pdf', esignRequestId: 'es-1' };

export function underReview(amount = '50000'): Loan {
  const r = Loan.apply({ id: 'l1', brandId: 'b1', customerId: 'c1', product, amount: Money.of(amount), tenure: 12, at });
  if (!r.ok) throw new Error('fixture does not fit the product');
  r.value.screen(product, at);
  r.value.pullEvents();
  return r.value;
}
export function recommended(amount = '50000'): Loan {
  const loan = underReview(amount);
  loan.saveAppraisal({ version: 1 }, credit, at);
  loan.recommend(credit, at);
  return loan;
}
export function sanctioned(): Loan {
  const loan = recommended();
  loan.sanction(manager, limits, at);
  return loan;
}
export function code(f: () => void): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainInvariantError) return e.code;
    throw e;
  }
  return undefined;
}
