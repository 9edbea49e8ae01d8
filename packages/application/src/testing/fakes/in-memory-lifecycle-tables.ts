import type { JournalEntry, RejectionReason, SanctionLimit, ScheduleJson } from '@los/domain';
import type { LoanPayment, LoanPaymentLink } from '../../ports/loan-servicing-repository.js';
import type { AuditEntry, CamVersion, LoanComment, TimelineEntry } from '../../ports/loan-lifecycle-repository.js';

/** The lifecycle records in memory; a transaction works on a copy and swaps it in on commit. */
export class InMemoryLifecycleTables {
  cams: CamVersion[] = [];
  comments: LoanComment[] = [];
  timeline: TimelineEntry[] = [];
  audit: AuditEntry[] = [];
  limits = new Map<string, SanctionLimit[]>();
  reasons = new Map<string, RejectionReason[]>();
  /** The ledger's entries, in posting order. */
  entries: JournalEntry[] = [];
  schedules = new Map<string, { readonly brandId: string; readonly schedule: ScheduleJson }>();
  payments: LoanPayment[] = [];
  paymentLinks = new Map<string, LoanPaymentLink>();

  copy(): InMemoryLifecycleTables {
    const c = new InMemoryLifecycleTables();
    c.replaceWith(this);
    return c;
  }

  replaceWith(other: InMemoryLifecycleTables): void {
    this.cams = [...other.cams];
    this.comments = [...other.comments];
    this.timeline = [...other.timeline];
    this.audit = [...other.audit];
    this.limits = new Map(other.limits);
    this.reasons = new Map(other.reasons);
    this.entries = [...other.entries];
    this.schedules = new Map(other.schedules);
    this.payments = [...other.payments];
    this.paymentLinks = new Map(other.paymentLinks);
  }
}
