/** `brand_providers` (migration 0016): one row per provider in a brand's order for a capability. */
export interface BrandProvidersTable {
  brand_id: string;
  capability: string;
  position: number;
  provider: string;
  active: boolean;
}
