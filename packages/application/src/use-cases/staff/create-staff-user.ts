import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { PasswordHasher } from '../../ports/security.js';
import type { BrandRole, StaffUser } from '../../ports/staff-repository.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';

export interface CreateStaffUserInput {
  readonly actor: Actor;
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly roles: readonly BrandRole[];
  readonly superAdmin?: boolean;
}

export type CreateStaffUserError =
  | { readonly code: 'FORBIDDEN' }
  | { readonly code: 'BRAND_NOT_FOUND'; readonly brandId: string }
  | { readonly code: 'EMAIL_TAKEN'; readonly email: string };

/** Staff as handed out: never the password hash. */
export type StaffView = Omit<StaffUser, 'passwordHash'>;

/** Strips the password hash. */
export function toStaffView(user: StaffUser): StaffView {
  const { passwordHash: _hidden, ...view } = user;
  return view;
}

/**
 * Adds a staff user with roles on brands. A super admin may grant anything; a brand ADMIN may grant roles on
 * its own brands only, and never super-admin.
 */
export class CreateStaffUser {
  constructor(
    private readonly deps: { readonly unitOfWork: UnitOfWork; readonly ids: IdGenerator; readonly clock: Clock; readonly passwords: PasswordHasher },
  ) {}

  async execute(input: CreateStaffUserInput): Promise<Result<StaffView, CreateStaffUserError>> {
    const actor = input.actor;
    if (actor.kind !== 'staff') return err({ code: 'FORBIDDEN' });
    if (!actor.superAdmin) {
      if (input.superAdmin) return err({ code: 'FORBIDDEN' });
      const adminOf = new Set(actor.roles.filter((r) => r.role === 'ADMIN').map((r) => r.brandId));
      if (input.roles.length === 0 || input.roles.some((r) => !adminOf.has(r.brandId))) return err({ code: 'FORBIDDEN' });
    }
    const passwordHash = await this.deps.passwords.hash(input.password);
    const user: StaffUser = {
      id: this.deps.ids.next(),
      email: input.email.trim().toLowerCase(),
      name: input.name,
      passwordHash,
      superAdmin: input.superAdmin ?? false,
      roles: input.roles,
      active: true,
      createdAt: this.deps.clock.now(),
    };
    return this.deps.unitOfWork.run(async (repos) => {
      for (const brandId of new Set(input.roles.map((r) => r.brandId))) {
        if (!(await repos.brands.findById(brandId))) return err({ code: 'BRAND_NOT_FOUND' as const, brandId });
      }
      if (!(await repos.staff.add(user))) return err({ code: 'EMAIL_TAKEN' as const, email: user.email });
      return ok(toStaffView(user));
    });
  }
}
