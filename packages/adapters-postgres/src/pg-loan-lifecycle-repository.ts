import type { AuditEntry, AuditQuery, CamVersion, LoanComment, LoanLifecycleRepository, TimelineEntry } from '@los/application';
import { type CreditAppraisal, type Currency, type LoanStatus, type RejectionReason, type SanctionLimit, Money } from '@los/domain';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { exactDecimal } from './exact-decimal.js';
import { appendAuditRows, readAuditTrail } from './pg-audit-log.js';
import { isUuid } from './uuid.js';

/** CAM versions, comments, the timeline, the audit log and each brand's sanction limits and rejection reasons in PostgreSQL. */
export class PgLoanLifecycleRepository implements LoanLifecycleRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async addCamVersion(cam: CamVersion): Promise<void> {
    await this.db
      .insertInto('loan_cam_versions')
      .values({
        brand_id: cam.brandId,
        loan_id: cam.loanId,
        version: cam.version,
        salary_credits: JSON.stringify(cam.salaryCredits),
        obligations: JSON.stringify(cam.obligations),
        appraisal: JSON.stringify(cam.appraisal),
        created_by: cam.createdBy,
        created_at: cam.createdAt,
      })
      .execute();
  }

  async findLatestCam(brandId: string, loanId: string): Promise<CamVersion | null> {
    if (!isUuid(brandId) || !isUuid(loanId)) return null;
    const row = await this.db
      .selectFrom('loan_cam_versions')
      .selectAll()
      .where('brand_id', '=', brandId)
      .where('loan_id', '=', loanId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) return null;
    return {
      brandId: row.brand_id,
      loanId: row.loan_id,
      version: row.version,
      salaryCredits: row.salary_credits,
      obligations: row.obligations,
      appraisal: row.appraisal as unknown as CreditAppraisal,
      createdBy: row.created_by,
      createdAt: row.created_at,
    };
  }

  async addComment(comment: LoanComment): Promise<void> {
    await this.db
      .insertInto('loan_comments')
      .values({ id: comment.id, brand_id: comment.brandId, loan_id: comment.loanId, author_id: comment.authorId, body: comment.body, created_at: comment.createdAt })
      .execute();
  }

  async listComments(brandId: string, loanId: string): Promise<readonly LoanComment[]> {
    if (!isUuid(brandId) || !isUuid(loanId)) return [];
    const rows = await this.db.selectFrom('loan_comments').selectAll().where('brand_id', '=', brandId).where('loan_id', '=', loanId).orderBy('seq').execute();
    return rows.map((r) => ({ id: r.id, brandId: r.brand_id, loanId: r.loan_id, authorId: r.author_id, body: r.body, createdAt: r.created_at }));
  }

  async appendTimeline(entries: readonly TimelineEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db
      .insertInto('loan_timeline')
      .values(
        entries.map((e) => ({
          id: e.id,
          brand_id: e.brandId,
          loan_id: e.loanId,
          type: e.type,
          status: e.status,
          actor_id: e.actorId ?? null,
          at: e.at,
          details: JSON.stringify(e.details),
        })),
      )
      .execute();
  }

  async timeline(brandId: string, loanId: string): Promise<readonly TimelineEntry[]> {
    if (!isUuid(brandId) || !isUuid(loanId)) return [];
    const rows = await this.db.selectFrom('loan_timeline').selectAll().where('brand_id', '=', brandId).where('loan_id', '=', loanId).orderBy('seq').execute();
    return rows.map((r) => ({
      id: r.id,
      brandId: r.brand_id,
      loanId: r.loan_id,
      type: r.type,
      status: r.status as LoanStatus,
      ...(r.actor_id === null ? {} : { actorId: r.actor_id }),
      at: r.at,
      details: r.details,
    }));
  }

  async setSanctionLimit(brandId: string, limit: SanctionLimit): Promise<void> {
    const values = {
      brand_id: brandId,
      role: limit.role,
      max_amount: limit.maxAmount === undefined ? null : exactDecimal(limit.maxAmount.amount, 2, 'sanction limit'),
      currency: limit.maxAmount?.currency ?? null,
    };
    await this.db
      .insertInto('sanction_limits')
      .values(values)
      .onConflict((oc) => oc.columns(['brand_id', 'role']).doUpdateSet({ max_amount: values.max_amount, currency: values.currency }))
      .execute();
  }

  async sanctionLimits(brandId: string): Promise<readonly SanctionLimit[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.db.selectFrom('sanction_limits').selectAll().where('brand_id', '=', brandId).orderBy('role').execute();
    return rows.map((r) => (r.max_amount === null ? { role: r.role } : { role: r.role, maxAmount: Money.of(r.max_amount, (r.currency ?? 'INR') as Currency) }));
  }

  async setRejectionReason(brandId: string, reason: RejectionReason): Promise<void> {
    await this.db
      .insertInto('rejection_reasons')
      .values({ brand_id: brandId, code: reason.code, label: reason.label })
      .onConflict((oc) => oc.columns(['brand_id', 'code']).doUpdateSet({ label: reason.label }))
      .execute();
  }

  async rejectionReasons(brandId: string): Promise<readonly RejectionReason[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.db.selectFrom('rejection_reasons').select(['code', 'label']).where('brand_id', '=', brandId).orderBy('code').execute();
    return rows.map((r) => ({ code: r.code, label: r.label }));
  }

  appendAudit(entries: readonly AuditEntry[]): Promise<void> {
    return appendAuditRows(this.db, entries);
  }

  auditTrail(brandId: string, query: AuditQuery): Promise<readonly AuditEntry[]> {
    return readAuditTrail(this.db, brandId, query);
  }
}
