/** `blocklist_entries`: one row per identifier a brand lists (migration 0009); `value` is normalised. */
export interface BlocklistEntriesTable {
  id: string;
  brand_id: string;
  kind: string;
  value: string;
  reason: string;
  added_by: string;
  added_at: Date;
}
