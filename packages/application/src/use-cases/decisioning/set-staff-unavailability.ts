import { type LocalDate, type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';

export type SetStaffUnavailabilityError = BrandAccessError | { readonly code: 'STAFF_NOT_FOUND' };

export interface SetStaffUnavailabilityInput {
  readonly actor: Actor;
  readonly brandId: string;
  readonly staffId: string;
  readonly dates: readonly LocalDate[];
  /** True marks the days unavailable (leave, training); false clears them. */
  readonly unavailable: boolean;
}

/**
 * A brand admin marks days a member of the brand's staff takes no new loans (or clears them). New-loan
 * allocation skips them on those days.
 */
export class SetStaffUnavailability {
  constructor(private readonly deps: { readonly unitOfWork: UnitOfWork }) {}

  async execute(input: SetStaffUnavailabilityInput): Promise<Result<{ readonly changed: number }, SetStaffUnavailabilityError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'staff');
      if (!access.ok) return access;
      const staff = await repos.staff.findById(input.staffId);
      if (!staff || !staff.roles.some((r) => r.brandId === input.brandId)) return err({ code: 'STAFF_NOT_FOUND' as const });
      let changed = 0;
      for (const date of new Set(input.dates)) {
        const entry = { staffId: input.staffId, date };
        const done = input.unavailable ? await repos.allocation.addUnavailability(input.brandId, entry) : await repos.allocation.removeUnavailability(input.brandId, entry);
        if (done) changed += 1;
      }
      return ok({ changed });
    });
  }
}
