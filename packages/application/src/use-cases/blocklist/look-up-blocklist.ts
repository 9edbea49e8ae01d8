import type { BlocklistHits, BlocklistKind, BlocklistQuery } from '../../ports/blocklist.js';
import { blocklistValue } from './blocklist-value.js';

/** One normalised identifier to look for. */
export interface BlocklistKey {
  readonly kind: BlocklistKind;
  readonly value: string;
}

/**
 * Answers a blocklist query with a store's finder: normalises each identifier given, asks `listed` which
 * of them the brand lists (one round trip), and reports a hit per identifier given. An identifier that is
 * not well formed cannot be listed (entries are validated), so it reads as not listed.
 * @example await lookUpBlocklist(query, async (keys) => rows.filter((r) => keys.some((k) => k.kind === r.kind && k.value === r.value)));
 */
export async function lookUpBlocklist(query: BlocklistQuery, listed: (keys: readonly BlocklistKey[]) => Promise<readonly BlocklistKey[]>): Promise<BlocklistHits> {
  const normalise = (kind: BlocklistKind, raw: string | undefined): BlocklistKey | null | undefined => {
    if (raw === undefined) return undefined;
    const value = blocklistValue(kind, raw);
    return value === null ? null : { kind, value };
  };
  const pan = normalise('PAN', query.pan);
  const aadhaar = normalise('AADHAAR_REF', query.aadhaarRef);
  const phone = normalise('PHONE', query.phone);
  const pincode = normalise('PINCODE', query.pincode);
  const keys = [pan, aadhaar, phone, pincode].filter((k): k is BlocklistKey => k !== null && k !== undefined);
  const found = keys.length === 0 ? [] : await listed(keys);
  // undefined: not given, so the fact stays unknown; null: malformed, so it cannot be listed.
  const hit = (key: BlocklistKey | null) => key !== null && found.some((f) => f.kind === key.kind && f.value === key.value);
  return {
    phone: hit(phone ?? null),
    ...(pan === undefined ? {} : { pan: hit(pan) }),
    ...(aadhaar === undefined ? {} : { aadhaar: hit(aadhaar) }),
    ...(pincode === undefined ? {} : { pincode: hit(pincode) }),
  };
}
