import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';
import type { BlocklistUseCaseDeps } from './add-blocklist-entry.js';

/** Why an entry was not removed: no access, or the brand has no such entry. */
export type RemoveBlocklistEntryError = BrandAccessError | { readonly code: 'BLOCKLIST_ENTRY_NOT_FOUND' };

/** A brand's ADMIN takes an entry off the blocklist; decisions already made keep the facts they read. */
export class RemoveBlocklistEntry {
  constructor(private readonly deps: Pick<BlocklistUseCaseDeps, 'repositories' | 'blocklist'>) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly entryId: string }): Promise<Result<void, RemoveBlocklistEntryError>> {
    const access = await requireBrandFeature(this.deps.repositories, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    if (!(await this.deps.blocklist.remove(input.brandId, input.entryId))) return err({ code: 'BLOCKLIST_ENTRY_NOT_FOUND' });
    return ok(undefined);
  }
}
