import type { BrandRole, StaffRole } from '../ports/staff-repository.js';

/** Who is asking: a signed-in staff user or a brand's customer. Use cases authorise against it. */
export type Actor =
  | { readonly kind: 'staff'; readonly userId: string; readonly superAdmin: boolean; readonly roles: readonly BrandRole[]; readonly requestId?: string }
  | { readonly kind: 'customer'; readonly customerId: string; readonly brandId: string; readonly requestId?: string };

/** Staff features of the roles × features matrix (shared/DESIGN.md §9). */
export type StaffFeature =
  | 'dashboard'
  | 'loan-list'
  | 'credit-view'
  | 'sanction-view'
  | 'collections'
  | 'write-off'
  | 'reports'
  | 'loan-ops'
  | 'settings'
  | 'staff';

const FEATURES: Readonly<Record<StaffFeature, readonly StaffRole[]>> = {
  dashboard: ['LOAN_EXECUTIVE', 'CREDIT_EXECUTIVE', 'SANCTION_MANAGER', 'SANCTION_HEAD', 'COLLECTION_EXECUTIVE', 'COLLECTION_MANAGER', 'COLLECTION_HEAD'],
  'loan-list': ['LOAN_EXECUTIVE', 'CREDIT_EXECUTIVE'],
  'credit-view': ['CREDIT_EXECUTIVE'],
  'sanction-view': ['SANCTION_MANAGER', 'SANCTION_HEAD'],
  collections: ['COLLECTION_EXECUTIVE', 'COLLECTION_MANAGER', 'COLLECTION_HEAD'],
  'write-off': ['COLLECTION_HEAD'],
  reports: ['COLLECTION_MANAGER', 'COLLECTION_HEAD'],
  'loan-ops': [],
  settings: [],
  staff: [],
};

/** What a staff user may do on a brand: not see it at all, see it without the feature, or use the feature. */
export type BrandAccess = 'none' | 'forbidden' | 'allowed';

/**
 * Decides a staff user's access to a feature on a brand. SUPER_ADMIN and the brand's ADMIN have every
 * feature; a user with no role on the brand may not even learn that it exists ('none' → 404).
 */
export function staffAccess(actor: Actor, brandId: string, feature: StaffFeature): BrandAccess {
  if (actor.kind !== 'staff') return 'none';
  if (actor.superAdmin) return 'allowed';
  const roles = actor.roles.filter((r) => r.brandId === brandId).map((r) => r.role);
  if (roles.length === 0) return 'none';
  if (roles.includes('ADMIN')) return 'allowed';
  return roles.some((role) => FEATURES[feature].includes(role)) ? 'allowed' : 'forbidden';
}
