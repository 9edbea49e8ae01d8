import { type Loan, type Result, err, ok } from '@los/domain';
import type { Actor, StaffFeature } from '../../auth/actor.js';
import type { LifecycleRepositories } from '../../ports/loan-lifecycle-repository.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';

/** Who is reading a loan's servicing records: its borrower, or staff of its brand with the feature. */
export type LoanReader = { readonly actor: Actor; readonly loanId: string; readonly brandId?: string };

/**
 * Loads a loan for its borrower (any other customer's loan is not found) or for staff holding `feature` on
 * the brand named in the path.
 */
export async function loadLoanFor(repos: LifecycleRepositories, reader: LoanReader, feature: StaffFeature): Promise<Result<Loan, BrandAccessError | { readonly code: 'LOAN_NOT_FOUND' }>> {
  const { actor } = reader;
  if (actor.kind === 'customer') {
    const loan = await repos.loans.findById(actor.brandId, reader.loanId);
    return loan && loan.toSnapshot().customerId === actor.customerId ? ok(loan) : err({ code: 'LOAN_NOT_FOUND' });
  }
  if (reader.brandId === undefined) return err({ code: 'LOAN_NOT_FOUND' });
  const access = await requireBrandFeature(repos, actor, reader.brandId, feature);
  if (!access.ok) return access;
  const loan = await repos.loans.findById(reader.brandId, reader.loanId);
  return loan ? ok(loan) : err({ code: 'LOAN_NOT_FOUND' });
}
