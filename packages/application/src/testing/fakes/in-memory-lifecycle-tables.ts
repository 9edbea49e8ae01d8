import type { RejectionReason, SanctionLimit } from '@los/domain';
import type { CamVersion, LoanComment, TimelineEntry } from '../../ports/loan-lifecycle-repository.js';

/** The lifecycle records in memory; a transaction works on a copy and swaps it in on commit. */
export class InMemoryLifecycleTables {
  cams: CamVersion[] = [];
  comments: LoanComment[] = [];
  timeline: TimelineEntry[] = [];
  limits = new Map<string, SanctionLimit[]>();
  reasons = new Map<string, RejectionReason[]>();

  copy(): InMemoryLifecycleTables {
    const c = new InMemoryLifecycleTables();
    c.replaceWith(this);
    return c;
  }

  replaceWith(other: InMemoryLifecycleTables): void {
    this.cams = [...other.cams];
    this.comments = [...other.comments];
    this.timeline = [...other.timeline];
    this.limits = new Map(other.limits);
    this.reasons = new Map(other.reasons);
  }
}
