/** The staff roles a partner user can hold on a brand (shared/DESIGN.md §4). */
export type StaffRole =
  | 'ADMIN'
  | 'LOAN_EXECUTIVE'
  | 'CREDIT_EXECUTIVE'
  | 'SANCTION_MANAGER'
  | 'SANCTION_HEAD'
  | 'COLLECTION_EXECUTIVE'
  | 'COLLECTION_MANAGER'
  | 'COLLECTION_HEAD';

export const STAFF_ROLES: readonly StaffRole[] = [
  'ADMIN',
  'LOAN_EXECUTIVE',
  'CREDIT_EXECUTIVE',
  'SANCTION_MANAGER',
  'SANCTION_HEAD',
  'COLLECTION_EXECUTIVE',
  'COLLECTION_MANAGER',
  'COLLECTION_HEAD',
];

/** A role held on one brand. */
export interface BrandRole {
  readonly brandId: string;
  readonly role: StaffRole;
}

/** A partner (staff) user. `superAdmin` spans every brand. */
export interface StaffUser {
  readonly id: string;
  /** Lower-cased e-mail; unique across the platform. */
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string;
  readonly superAdmin: boolean;
  readonly roles: readonly BrandRole[];
  readonly active: boolean;
  readonly createdAt: Date;
}

/** Staff users and their brand roles. */
export interface StaffRepository {
  /** Adds a user with its roles; returns false (and writes nothing) when the e-mail is taken. */
  add(user: StaffUser): Promise<boolean>;
  findByEmail(email: string): Promise<StaffUser | null>;
  findById(id: string): Promise<StaffUser | null>;
  /** Users holding any role on the brand. */
  listByBrand(brandId: string): Promise<StaffUser[]>;
}
