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
  /** The loan executive whose queue holds the loan; null when unassigned. */
  readonly assigneeId: string | null;
  /** The automated decision that moved the loan out of APPLIED; null when none did. */
  readonly decisionId: string | null;
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
    assigneeId: s.assigneeId ?? null,
    decisionId: s.decisionId ?? null,
    appliedAt: s.appliedAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    version: s.version,
  };
}
