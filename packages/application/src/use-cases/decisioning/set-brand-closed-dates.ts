import { type LocalDate, type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';

export interface SetBrandClosedDatesInput {
  readonly actor: Actor;
  readonly brandId: string;
  readonly dates: readonly LocalDate[];
  /** True closes the days (with the reason), false reopens them. */
  readonly closed: boolean;
  readonly reason?: string;
}

/**
 * A brand's ADMIN closes (or reopens) whole days: on a closed day the worker allocates no new loan, which
 * then waits, unassigned, for the next working day's allocation.
 */
export class SetBrandClosedDates {
  constructor(private readonly deps: { readonly unitOfWork: UnitOfWork }) {}

  async execute(input: SetBrandClosedDatesInput): Promise<Result<{ readonly changed: number }, BrandAccessError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'staff');
      if (!access.ok) return access;
      let changed = 0;
      for (const date of new Set(input.dates)) {
        const done = input.closed
          ? await repos.allocation.addClosedDate(input.brandId, { date, reason: input.reason ?? 'closed' })
          : await repos.allocation.removeClosedDate(input.brandId, date);
        if (done) changed += 1;
      }
      return ok({ changed });
    });
  }
}
