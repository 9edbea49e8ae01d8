import { type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { AuditEntry, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';

/** Which page of the brand's audit log to read, optionally for one entity (a loan id). */
export interface GetAuditTrailInput {
  readonly actor: Actor;
  readonly brandId: string;
  readonly entityId?: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * A brand's append-only audit log, oldest first: who changed what, from which state to which. Only the
 * brand's admins (and super admins) read it, through the `settings` feature that no other role holds.
 */
export class GetAuditTrail {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork }) {}

  execute(input: GetAuditTrailInput): Promise<Result<readonly AuditEntry[], BrandAccessError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'settings');
      if (!access.ok) return access;
      const query = { limit: input.limit, offset: input.offset, ...(input.entityId === undefined ? {} : { entityId: input.entityId }) };
      return ok(await repos.lifecycle.auditTrail(input.brandId, query));
    });
  }
}
