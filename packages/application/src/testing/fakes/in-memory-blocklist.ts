import type { BlocklistHits, BlocklistQuery } from '../../ports/blocklist.js';
import type { BlocklistEntry, BlocklistPage, BlocklistStore } from '../../ports/blocklist-store.js';
import { lookUpBlocklist } from '../../use-cases/blocklist/look-up-blocklist.js';

/** A blocklist held in memory, unique per brand, kind and value like the table. */
export class InMemoryBlocklist implements BlocklistStore {
  private readonly entries = new Map<string, BlocklistEntry>();

  async add(entry: BlocklistEntry): Promise<'added' | 'duplicate'> {
    const clash = [...this.entries.values()].some((e) => e.brandId === entry.brandId && e.kind === entry.kind && e.value === entry.value);
    if (clash) return 'duplicate';
    this.entries.set(entry.id, entry);
    return 'added';
  }

  async list(brandId: string, page: BlocklistPage): Promise<BlocklistEntry[]> {
    return [...this.entries.values()]
      .filter((e) => e.brandId === brandId && (page.kind === undefined || e.kind === page.kind))
      .sort((a, b) => b.addedAt.getTime() - a.addedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(page.offset, page.offset + page.limit);
  }

  async remove(brandId: string, entryId: string): Promise<boolean> {
    if (this.entries.get(entryId)?.brandId !== brandId) return false;
    return this.entries.delete(entryId);
  }

  async check(query: BlocklistQuery): Promise<BlocklistHits> {
    return lookUpBlocklist(query, async (keys) =>
      [...this.entries.values()].filter((e) => e.brandId === query.brandId && keys.some((k) => k.kind === e.kind && k.value === e.value)),
    );
  }
}
