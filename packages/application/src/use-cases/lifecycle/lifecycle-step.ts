import { DomainInvariantError, type Loan, type LoanStaffActor, type Result, err, ok } from '@los/domain';
import type { Actor, StaffFeature } from '../../auth/actor.js';
import type { ProviderUnavailable } from '../ask-provider.js';
import type { KycStep } from '../../ports/customer-kyc-repository.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories } from '../../ports/loan-lifecycle-repository.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';
import { toEventMessages } from '../events/to-event-messages.js';

/** Why a staff step on a loan did not happen: no access, no such loan, or the loan refused the transition. */
export type LifecycleStepError =
  | BrandAccessError
  | { readonly code: 'LOAN_NOT_FOUND' }
  /** The actor may not take this step on this loan: role, limit, maker-checker or ownership. */
  | { readonly code: 'ACTION_NOT_PERMITTED'; readonly reason: string; readonly message: string }
  /** The step does not fit the loan's state (wrong status, missing CAM, cooling-off over). */
  | { readonly code: 'TRANSITION_REFUSED'; readonly reason: string; readonly message: string }
  | { readonly code: 'REJECTION_REASON_UNKNOWN'; readonly reason: string; readonly message: string }
  /** The customer has not verified every KYC step the brand requires before sanction. */
  | { readonly code: 'KYC_INCOMPLETE'; readonly missingSteps: readonly KycStep[] }
  /** The e-sign provider gave no answer; the loan did not move and the step may be tried again. */
  | ProviderUnavailable<'ESIGN'>;

const NOT_PERMITTED = new Set(['CREDIT_ROLE_REQUIRED', 'SANCTION_ROLE_REQUIRED', 'REJECT_ROLE_REQUIRED', 'MAKER_IS_CHECKER', 'SANCTION_LIMIT_EXCEEDED', 'NOT_LOAN_OWNER']);

/** The staff user's roles on the brand, as the loan checks them (a super admin acts as the brand's admin). */
export function loanStaffActor(actor: Actor & { readonly kind: 'staff' }, brandId: string): LoanStaffActor {
  const roles = actor.superAdmin ? ['ADMIN'] : actor.roles.filter((r) => r.brandId === brandId).map((r) => r.role);
  return { userId: actor.userId, roles };
}

/** Loads the loan for a staff user who has the feature on its brand. */
export async function loadForStaff(
  repos: LifecycleRepositories,
  actor: Actor,
  brandId: string,
  loanId: string,
  feature: StaffFeature,
): Promise<Result<{ readonly loan: Loan; readonly staff: LoanStaffActor }, LifecycleStepError>> {
  const access = await requireBrandFeature(repos, actor, brandId, feature);
  if (!access.ok) return access;
  if (actor.kind !== 'staff') return err({ code: 'BRAND_NOT_FOUND' });
  const loan = await repos.loans.findById(brandId, loanId);
  if (!loan) return err({ code: 'LOAN_NOT_FOUND' });
  return ok({ loan, staff: loanStaffActor(actor, brandId) });
}

/** Applies a transition, turning the loan's refusal (a broken invariant the caller can act on) into a coded error. */
export function attempt(transition: () => void): Result<void, LifecycleStepError> {
  try {
    transition();
    return ok(undefined);
  } catch (e) {
    if (!(e instanceof DomainInvariantError)) throw e;
    const refusal = { reason: e.code, message: e.message };
    if (NOT_PERMITTED.has(e.code)) return err({ code: 'ACTION_NOT_PERMITTED', ...refusal });
    if (e.code === 'REJECTION_REASON_UNKNOWN') return err({ code: 'REJECTION_REASON_UNKNOWN', ...refusal });
    return err({ code: 'TRANSITION_REFUSED', ...refusal });
  }
}

/**
 * Saves the loan (optimistic concurrency: a concurrent change throws and rolls everything back), writes its
 * events to the outbox, one timeline row per event and one audit row for the change (status and version
 * before and after), all in the caller's transaction. `requestId` ties the audit row to what caused the
 * change: the HTTP request's id (`Actor.requestId`), or `event:<id>` for a consumer's event.
 */
export async function commitLoan(repos: LifecycleRepositories, loan: Loan, ids: IdGenerator, actorId: string | undefined, requestId?: string): Promise<void> {
  const events = loan.pullEvents();
  await repos.loans.save(loan);
  await repos.outbox.append(toEventMessages(events, ids));
  await repos.lifecycle.appendTimeline(
    events.map((e) => ({
      id: ids.next(),
      brandId: loan.brandId,
      loanId: loan.id,
      type: e.type,
      status: loan.status,
      ...(actorId === undefined ? {} : { actorId }),
      at: e.occurredAt,
      details: e.payload,
    })),
  );
  const first = events[0];
  // A save that recorded no event changed nothing the domain speaks of: there is no action to audit.
  if (!first) return;
  await repos.lifecycle.appendAudit([
    {
      id: ids.next(),
      brandId: loan.brandId,
      entityType: 'loan',
      entityId: loan.id,
      action: events.map((e) => e.type).join(','),
      ...(actorId === undefined ? {} : { actorId }),
      ...(requestId === undefined ? {} : { requestId }),
      // The loan's version is the one it was loaded at; the save just moved the stored row one past it.
      before: { status: loan.loadedStatus, version: loan.version },
      after: { status: loan.status, version: loan.version + 1 },
      at: first.occurredAt,
    },
  ]);
}
