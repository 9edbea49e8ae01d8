/** Where a loan is in its life (shared/DESIGN.md §5). */
export type LoanStatus =
  | 'APPLIED'
  | 'UNDER_REVIEW'
  | 'CREDIT_APPROVED'
  | 'SANCTIONED'
  | 'AGREEMENT_SENT'
  | 'AGREEMENT_SIGNED'
  | 'DISBURSAL_PENDING'
  | 'ACTIVE'
  | 'OVERDUE'
  | 'CLOSED'
  | 'SETTLED'
  | 'WRITTEN_OFF'
  | 'REJECTED'
  | 'CANCELLED';

/** Every status, in lifecycle order. */
export const LOAN_STATUSES: readonly LoanStatus[] = [
  'APPLIED',
  'UNDER_REVIEW',
  'CREDIT_APPROVED',
  'SANCTIONED',
  'AGREEMENT_SENT',
  'AGREEMENT_SIGNED',
  'DISBURSAL_PENDING',
  'ACTIVE',
  'OVERDUE',
  'CLOSED',
  'SETTLED',
  'WRITTEN_OFF',
  'REJECTED',
  'CANCELLED',
];
