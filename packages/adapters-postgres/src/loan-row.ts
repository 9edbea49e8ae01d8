import { type AgreementSent, type LoanClosure, type LoanDisbursal, type LoanStatus, Loan, Money, localDate } from '@los/domain';
import type { Insertable, Selectable } from 'kysely';
import type { LoanAgreementJson, LoanDisbursalJson, LoansTable } from './database-schema.js';
import { exactDecimal } from './exact-decimal.js';

/** A loan as a `loans` row (all columns). */
export function loanToRow(loan: Loan): Insertable<LoansTable> {
  const s = loan.toSnapshot();
  return {
    id: s.id,
    brand_id: s.brandId,
    customer_id: s.customerId,
    product_id: s.productId,
    amount: exactDecimal(s.amount.amount, 2, 'loan amount'),
    currency: s.amount.currency,
    tenure: s.tenure,
    status: s.status,
    rejection_reasons: [...s.rejectionReasons],
    decision_id: s.decisionId ?? null,
    assignee_id: s.assigneeId ?? null,
    assigned_at: s.assignedAt ?? null,
    applied_at: s.appliedAt,
    updated_at: s.updatedAt,
    version: s.version,
    cam_version: s.camVersion ?? null,
    recommended_by: s.recommendedBy ?? null,
    sanctioned_by: s.sanctionedBy ?? null,
    sanctioned_at: s.sanctionedAt ?? null,
    agreement: s.agreement === undefined ? null : JSON.stringify(s.agreement),
    disbursal: s.disbursal === undefined ? null : JSON.stringify(s.disbursal),
    days_past_due: s.daysPastDue ?? 0,
    closure: s.closure ?? null,
    closed_at: s.closedAt ?? null,
    noc_key: s.nocKey ?? null,
    collector_id: s.collectorId ?? null,
    collector_assigned_at: s.collectorAssignedAt ?? null,
  };
}

/** A `loans` row as the loan aggregate. */
export function loanFromRow(row: Selectable<LoansTable>): Loan {
  return Loan.rehydrate({
    id: row.id,
    brandId: row.brand_id,
    customerId: row.customer_id,
    productId: row.product_id,
    amount: Money.of(row.amount, row.currency),
    tenure: row.tenure,
    status: row.status as LoanStatus,
    rejectionReasons: row.rejection_reasons,
    ...(row.decision_id === null ? {} : { decisionId: row.decision_id }),
    ...(row.assignee_id === null ? {} : { assigneeId: row.assignee_id }),
    ...(row.assigned_at === null ? {} : { assignedAt: row.assigned_at }),
    appliedAt: row.applied_at,
    updatedAt: row.updated_at,
    version: row.version,
    ...(row.cam_version == null ? {} : { camVersion: row.cam_version }),
    ...(row.recommended_by == null ? {} : { recommendedBy: row.recommended_by }),
    ...(row.sanctioned_by == null ? {} : { sanctionedBy: row.sanctioned_by }),
    ...(row.sanctioned_at == null ? {} : { sanctionedAt: row.sanctioned_at }),
    ...(row.agreement == null ? {} : { agreement: agreementFromJson(row.agreement) }),
    ...(row.disbursal == null ? {} : { disbursal: disbursalFromJson(row.disbursal) }),
    ...(row.days_past_due == null ? {} : { daysPastDue: row.days_past_due }),
    ...(row.closure == null ? {} : { closure: row.closure as LoanClosure }),
    ...(row.closed_at == null ? {} : { closedAt: row.closed_at }),
    ...(row.noc_key == null ? {} : { nocKey: row.noc_key }),
    ...(row.collector_id == null ? {} : { collectorId: row.collector_id }),
    ...(row.collector_assigned_at == null ? {} : { collectorAssignedAt: row.collector_assigned_at }),
  });
}

function disbursalFromJson(d: LoanDisbursalJson): LoanDisbursal {
  return {
    requestId: d.requestId,
    attempt: d.attempt,
    requestedBy: d.requestedBy,
    ...(d.providerPayoutId === undefined ? {} : { providerPayoutId: d.providerPayoutId }),
    ...(d.utr === undefined ? {} : { utr: d.utr }),
    ...(d.disbursedOn === undefined ? {} : { disbursedOn: localDate(d.disbursedOn) }),
  };
}

function agreementFromJson(a: LoanAgreementJson): AgreementSent {
  return {
    kfsKey: a.kfsKey,
    agreementKey: a.agreementKey,
    esignRequestId: a.esignRequestId,
    ...(a.signingUrl === undefined ? {} : { signingUrl: a.signingUrl }),
    ...(a.signatureExpiresAt === undefined ? {} : { signatureExpiresAt: a.signatureExpiresAt }),
  };
}
