import { type Result, err, isValidAadhaar, ok } from '@los/domain';
import type { AadhaarReferences } from '../../ports/aadhaar-references.js';
import type { Actor } from '../../auth/actor.js';
import type { BlocklistKind } from '../../ports/blocklist.js';
import type { BlocklistEntry, BlocklistStore } from '../../ports/blocklist-store.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';
import { BLOCKLIST_VALUE_FORMATS, blocklistValue } from './blocklist-value.js';

export interface AddBlocklistEntryInput {
  readonly actor: Actor;
  readonly brandId: string;
  readonly kind: BlocklistKind;
  readonly value: string;
  readonly reason: string;
}

/** Why an entry was not added. */
export type AddBlocklistEntryError =
  | BrandAccessError
  | { readonly code: 'BLOCKLIST_VALUE_INVALID'; readonly field: 'value'; readonly message: string }
  | { readonly code: 'BLOCKLIST_ENTRY_EXISTS'; readonly kind: BlocklistKind; readonly value: string };

/** The staff use cases of the blocklist share these ports. */
export interface BlocklistUseCaseDeps {
  readonly repositories: Repositories;
  readonly blocklist: BlocklistStore;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  /** Lets staff list an Aadhaar by its number, which is turned into its reference and never stored. */
  readonly aadhaarReferences?: AadhaarReferences;
}

/**
 * A brand's ADMIN lists an identifier (PAN, Aadhaar reference, phone or pincode) on the brand's blocklist,
 * with the reason; decisions made from then on see the hit (`blocklist.pan`, `blocklist.phone`, …). An
 * Aadhaar may be given by its number: the entry keeps only the number's reference.
 */
export class AddBlocklistEntry {
  constructor(private readonly deps: BlocklistUseCaseDeps) {}

  async execute(input: AddBlocklistEntryInput): Promise<Result<BlocklistEntry, AddBlocklistEntryError>> {
    const access = await requireBrandFeature(this.deps.repositories, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    const refs = this.deps.aadhaarReferences;
    const raw = input.kind === 'AADHAAR_REF' && refs && isValidAadhaar(input.value) ? refs.referenceOf(input.value) : input.value;
    const value = blocklistValue(input.kind, raw);
    if (value === null) return err({ code: 'BLOCKLIST_VALUE_INVALID', field: 'value', message: BLOCKLIST_VALUE_FORMATS[input.kind] });
    const entry: BlocklistEntry = {
      id: this.deps.ids.next(),
      brandId: input.brandId,
      kind: input.kind,
      value,
      reason: input.reason.trim(),
      addedBy: input.actor.kind === 'staff' ? input.actor.userId : 'unknown',
      addedAt: this.deps.clock.now(),
    };
    if ((await this.deps.blocklist.add(entry)) === 'duplicate') return err({ code: 'BLOCKLIST_ENTRY_EXISTS', kind: input.kind, value });
    return ok(entry);
  }
}
