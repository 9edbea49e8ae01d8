import { DomainInvariantError } from '../errors.js';
import type { Money } from '../money/money.js';

/** A staff user acting on a loan, with the roles they hold on the loan's brand. */
export interface LoanStaffActor {
  readonly userId: string;
  readonly roles: readonly string[];
}

/** How much a role may sanction on a brand; `maxAmount` absent means no upper bound. */
export interface SanctionLimit {
  readonly role: string;
  readonly maxAmount?: Money;
}

/** A reason a brand lets its staff give for rejecting a loan. */
export interface RejectionReason {
  readonly code: string;
  readonly label: string;
}

/** The stored documents and e-sign request of an agreement sent to the customer. */
export interface AgreementSent {
  readonly kfsKey: string;
  readonly agreementKey: string;
  readonly esignRequestId: string;
  /** Where the borrower signs, when the provider hands out a link, and until when the request is open (ISO instant). */
  readonly signingUrl?: string;
  readonly signatureExpiresAt?: string;
}

/** Roles that may appraise and recommend (credit executive view, shared/DESIGN.md §9). */
export const CREDIT_ROLES: readonly string[] = ['CREDIT_EXECUTIVE', 'ADMIN'];
/** Roles that run loan ops: disbursal and payment approval (only admins, shared/DESIGN.md §9). */
export const OPS_ROLES: readonly string[] = ['ADMIN'];
/** Roles that may sanction or reject a recommended loan (sanction view, shared/DESIGN.md §9). */
export const SANCTION_ROLES: readonly string[] = ['SANCTION_MANAGER', 'SANCTION_HEAD', 'ADMIN'];

const DAY_MS = 86_400_000;

/**
 * Throws unless the actor holds one of the roles.
 * @throws DomainInvariantError with `code` when none of the actor's roles is allowed.
 */
export function requireRole(actor: LoanStaffActor, allowed: readonly string[], code: string): void {
  if (!actor.roles.some((role) => allowed.includes(role))) {
    throw new DomainInvariantError(code, `user ${actor.userId} holds none of ${allowed.join(', ')}`, { userId: actor.userId });
  }
}

/**
 * Checks a sanction: the checker is not the maker, holds a sanction role, and one of their roles' limits
 * covers the amount (a role without a configured limit may not sanction at all).
 * @throws DomainInvariantError `MAKER_IS_CHECKER`, `SANCTION_ROLE_REQUIRED` or `SANCTION_LIMIT_EXCEEDED`.
 */
export function checkSanctionAuthority(actor: LoanStaffActor, recommendedBy: string | undefined, amount: Money, limits: readonly SanctionLimit[]): void {
  if (recommendedBy !== undefined && recommendedBy === actor.userId) {
    throw new DomainInvariantError('MAKER_IS_CHECKER', 'the user who recommended a loan may not sanction it', { userId: actor.userId });
  }
  requireRole(actor, SANCTION_ROLES, 'SANCTION_ROLE_REQUIRED');
  const covering = limits.filter((l) => actor.roles.includes(l.role)).some((l) => l.maxAmount === undefined || !amount.greaterThan(l.maxAmount));
  if (!covering) {
    throw new DomainInvariantError('SANCTION_LIMIT_EXCEEDED', `no sanction limit of user ${actor.userId} covers ${amount.toFixed()}`, {
      userId: actor.userId,
      amount: amount.toFixed(),
    });
  }
}

/** Whether `at` falls within `days` whole days after `from` (the cooling-off window). */
export function withinCoolingOff(from: Date, at: Date, days: number): boolean {
  return at.getTime() - from.getTime() <= days * DAY_MS;
}
