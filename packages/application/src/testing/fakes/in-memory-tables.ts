import type { LoanProduct, LoanSnapshot } from '@los/domain';
import type { Brand } from '../../ports/brand-repository.js';
import type { Customer } from '../../ports/customer-repository.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { CollectionProfile } from '../../ports/collection-repository.js';
import type { StaffUser } from '../../ports/staff-repository.js';
import type { DecisioningRows } from './in-memory-decisioning-rows.js';

/** A row of the in-memory outbox. */
export interface OutboxRow {
  readonly seq: number;
  readonly message: EventMessage;
  publishedAt: Date | null;
}

/**
 * The in-memory database: one map per table, values never mutated in place (a write replaces the value),
 * so a transaction can work on shallow copies and commit the entries whose value it replaced.
 */
export class InMemoryTables {
  readonly brands = new Map<string, Brand>();
  readonly products = new Map<string, LoanProduct>();
  readonly staff = new Map<string, StaffUser>();
  readonly customers = new Map<string, Customer>();
  readonly loans = new Map<string, LoanSnapshot>();
  readonly processed = new Map<string, Date>();
  readonly ruleSets = new Map<string, DecisioningRows['ruleSet']>();
  readonly decisions = new Map<string, DecisioningRows['decision']>();
  readonly applicants = new Map<string, DecisioningRows['applicant']>();
  readonly allocationCursors = new Map<string, string | null>();
  /** A cleared day is kept as null: a transaction's commit copies replaced entries and never deletes. */
  readonly unavailability = new Map<string, DecisioningRows['unavailability'] | null>();
  readonly closedDates = new Map<string, { readonly brandId: string; readonly date: string; readonly reason: string } | null>();
  /** Keyed `brandId|userId`. */
  readonly collectionProfiles = new Map<string, CollectionProfile & { readonly brandId: string }>();
  /** Live outbox rows; a transaction's copy leaves this alone and collects appends in `appended`. */
  outbox: OutboxRow[] = [];
  readonly appended: EventMessage[] = [];
  private nextSeq = 1;

  constructor(private readonly transactional = false) {}

  appendOutbox(messages: readonly EventMessage[]): void {
    if (this.transactional) {
      this.appended.push(...messages);
      return;
    }
    for (const message of messages) {
      if (this.outbox.some((r) => r.message.id === message.id)) throw new Error(`outbox already holds event ${message.id}`);
      this.outbox.push({ seq: this.nextSeq++, message, publishedAt: null });
    }
  }

  /** A transaction's working copy. */
  copy(): InMemoryTables {
    const copy = new InMemoryTables(true);
    for (const name of MAP_NAMES) copyInto(this[name] as Map<string, unknown>, copy[name] as Map<string, unknown>);
    return copy;
  }
}

/** The map-shaped tables, in the order a commit applies them. */
export const MAP_NAMES = ['brands', 'products', 'staff', 'customers', 'loans', 'processed', 'ruleSets', 'decisions', 'applicants', 'allocationCursors', 'unavailability', 'closedDates', 'collectionProfiles'] as const;

function copyInto<V>(from: Map<string, V>, to: Map<string, V>): void {
  for (const [k, v] of from) to.set(k, v);
}

/** Throws when the referenced row is missing, as a foreign key would. */
export function requireRow(exists: boolean, what: string): void {
  if (!exists) throw new Error(`foreign key violation: ${what} does not exist`);
}
