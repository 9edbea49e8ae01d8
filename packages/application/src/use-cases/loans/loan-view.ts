import type { Loan, LoanStatus, MoneyJson } from '@los/domain';

/** A loan as the use cases hand it out: JSON-ready, money as decimal strings. */
export interface LoanView {
  readonly id: string;
  readonly brandId: string;
  readonly customerId: string;
  readonly productId: string;
  readonly amount: MoneyJson;
  readonly tenure: number;
  readonly status: LoanStatus;
  readonly rejectionReasons: readonly string[];
  readonly appliedAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** Turns the aggregate into its view. */
export function toLoanView(loan: Loan): LoanView {
  const s = loan.toSnapshot();
  return {
    id: s.id,
    brandId: s.brandId,
    customerId: s.customerId,
    productId: s.productId,
    amount: { amount: s.amount.toFixed(), currency: s.amount.currency },
    tenure: s.tenure,
    status: s.status,
    rejectionReasons: s.rejectionReasons,
    appliedAt: s.appliedAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    version: s.version,
  };
}
