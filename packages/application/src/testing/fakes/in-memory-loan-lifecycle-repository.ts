import type { RejectionReason, SanctionLimit } from '@los/domain';
import type { AuditEntry, AuditQuery, CamVersion, LoanComment, LoanLifecycleRepository, TimelineEntry } from '../../ports/loan-lifecycle-repository.js';
import type { InMemoryLifecycleTables } from './in-memory-lifecycle-tables.js';

/** Lifecycle records in memory, scoped by brand like the database's. */
export class InMemoryLoanLifecycleRepository implements LoanLifecycleRepository {
  constructor(private readonly tables: InMemoryLifecycleTables) {}

  async addCamVersion(cam: CamVersion): Promise<void> {
    if (this.tables.cams.some((c) => c.brandId === cam.brandId && c.loanId === cam.loanId && c.version === cam.version)) {
      throw new Error(`CAM version ${cam.version} of loan ${cam.loanId} already exists`);
    }
    this.tables.cams.push(cam);
  }

  async findLatestCam(brandId: string, loanId: string): Promise<CamVersion | null> {
    const mine = this.tables.cams.filter((c) => c.brandId === brandId && c.loanId === loanId);
    return mine.reduce<CamVersion | null>((latest, c) => (latest === null || c.version > latest.version ? c : latest), null);
  }

  async addComment(comment: LoanComment): Promise<void> {
    this.tables.comments.push(comment);
  }

  async listComments(brandId: string, loanId: string): Promise<readonly LoanComment[]> {
    return this.tables.comments.filter((c) => c.brandId === brandId && c.loanId === loanId);
  }

  async appendTimeline(entries: readonly TimelineEntry[]): Promise<void> {
    this.tables.timeline.push(...entries);
  }

  async timeline(brandId: string, loanId: string): Promise<readonly TimelineEntry[]> {
    return this.tables.timeline.filter((e) => e.brandId === brandId && e.loanId === loanId);
  }

  async setSanctionLimit(brandId: string, limit: SanctionLimit): Promise<void> {
    const others = (this.tables.limits.get(brandId) ?? []).filter((l) => l.role !== limit.role);
    this.tables.limits.set(brandId, [...others, limit]);
  }

  async sanctionLimits(brandId: string): Promise<readonly SanctionLimit[]> {
    return this.tables.limits.get(brandId) ?? [];
  }

  async setRejectionReason(brandId: string, reason: RejectionReason): Promise<void> {
    const others = (this.tables.reasons.get(brandId) ?? []).filter((r) => r.code !== reason.code);
    this.tables.reasons.set(brandId, [...others, reason]);
  }

  async rejectionReasons(brandId: string): Promise<readonly RejectionReason[]> {
    return this.tables.reasons.get(brandId) ?? [];
  }

  async appendAudit(entries: readonly AuditEntry[]): Promise<void> {
    this.tables.audit.push(...entries);
  }

  async auditTrail(brandId: string, query: AuditQuery): Promise<readonly AuditEntry[]> {
    const mine = this.tables.audit.filter((e) => e.brandId === brandId && (query.entityId === undefined || e.entityId === query.entityId));
    return mine.slice(query.offset, query.offset + query.limit);
  }
}
