import type { Blocklist, BlocklistKind } from './blocklist.js';

/** One listed identifier of a brand; `value` is normalised (see `blocklistValue`). */
export interface BlocklistEntry {
  readonly id: string;
  readonly brandId: string;
  readonly kind: BlocklistKind;
  readonly value: string;
  readonly reason: string;
  /** The staff user who listed it. */
  readonly addedBy: string;
  readonly addedAt: Date;
}

/** Which entries to list: newest first, a page at a time, optionally of one kind. */
export interface BlocklistPage {
  readonly kind?: BlocklistKind;
  readonly limit: number;
  readonly offset: number;
}

/** A blocklist staff maintain: entries per brand, unique per brand, kind and normalised value. */
export interface BlocklistStore extends Blocklist {
  /** Adds the entry, or answers 'duplicate' (and changes nothing) when the brand lists that value already. */
  add(entry: BlocklistEntry): Promise<'added' | 'duplicate'>;
  list(brandId: string, page: BlocklistPage): Promise<BlocklistEntry[]>;
  /** False when the brand has no such entry. */
  remove(brandId: string, entryId: string): Promise<boolean>;
}
