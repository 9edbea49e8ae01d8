import type { Loan } from '@los/domain';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories } from '../../ports/loan-lifecycle-repository.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';

/**
 * Saves a loan an allocation placed (with a loan executive or a collector) and its events through
 * `commitLoan`, so the assignment is on the loan's timeline and in the audit log with the staff who ran the
 * allocation (and their request), or no actor for the system.
 */
export async function commitAssignment(repos: LifecycleRepositories, loan: Loan, ids: IdGenerator, actorId: string | undefined, requestId?: string): Promise<void> {
  return commitLoan(repos, loan, ids, actorId, requestId);
}
