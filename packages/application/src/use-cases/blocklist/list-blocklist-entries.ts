import { type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { BlocklistEntry, BlocklistPage } from '../../ports/blocklist-store.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';
import type { BlocklistUseCaseDeps } from './add-blocklist-entry.js';

/** The brand's blocklist entries, newest first, a page at a time (the brand's ADMIN or a super admin). */
export class ListBlocklistEntries {
  constructor(private readonly deps: Pick<BlocklistUseCaseDeps, 'repositories' | 'blocklist'>) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly page: BlocklistPage }): Promise<Result<BlocklistEntry[], BrandAccessError>> {
    const access = await requireBrandFeature(this.deps.repositories, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    return ok(await this.deps.blocklist.list(input.brandId, input.page));
  }
}
