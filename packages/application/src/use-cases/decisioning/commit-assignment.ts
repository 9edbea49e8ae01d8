import type { Loan } from '@los/domain';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories } from '../../ports/loan-lifecycle-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { toEventMessages } from '../events/to-event-messages.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';

/** Whether the transaction's repositories include the lifecycle records (timeline and audit log). */
function hasLifecycle(repos: Repositories): repos is LifecycleRepositories {
  return 'lifecycle' in repos;
}

/**
 * Saves a loan an allocation placed (with a loan executive or a collector) and its events. Under the
 * lifecycle unit of work it goes through `commitLoan`, so the assignment is on the loan's timeline and in
 * the audit log with the staff who ran the allocation, or no actor for the system. A plain unit of work
 * has no audit log to write to: there the loan and its events are saved alone.
 */
export async function commitAssignment(repos: Repositories, loan: Loan, ids: IdGenerator, actorId: string | undefined, requestId?: string): Promise<void> {
  if (hasLifecycle(repos)) return commitLoan(repos, loan, ids, actorId, requestId);
  await repos.loans.save(loan);
  await repos.outbox.append(toEventMessages(loan.pullEvents(), ids));
}
