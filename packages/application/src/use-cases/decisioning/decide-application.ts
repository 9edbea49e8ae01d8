import { type Loan, checkAgainstProduct } from '@los/domain';
import type { Clock } from '../../ports/clock.js';
import type { Delivery, Subscription } from '../../ports/event-bus.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';
import { idempotentSubscription } from '../events/idempotent-subscription.js';
import { businessDate } from '../loans/business-date.js';
import { type AllocationResult, allocateNewLoan } from './allocate-new-loan.js';
import { type ApplicationFacts, type FactSources, gatherApplicationFacts } from './application-facts.js';
import { runDecision, storedEvaluation } from './run-decision.js';
import { StoredRuleSetCompiler } from './stored-rule-set-compiler.js';

/** What one delivery of `loan.applied` did. */
export type DecideApplicationOutcome =
  | { readonly kind: 'duplicate' | 'already-moved' }
  | { readonly kind: 'decided'; readonly status: 'REJECTED' | 'UNDER_REVIEW'; readonly decisionId: string | null; readonly allocation: AllocationResult | null };

export interface DecideApplicationDeps {
  readonly repositories: Repositories;
  /** The lifecycle unit of work: the decision's transitions go on the loan's timeline and audit log with it. */
  readonly unitOfWork: LifecycleUnitOfWork;
  readonly sources: FactSources;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  /** The business time zone: decisions judge ages and days on its calendar date. */
  readonly timeZone: string;
  readonly compiler?: StoredRuleSetCompiler;
}

/** Told, after the commit, what each delivery of `loan.applied` did. */
export type DecisionListener = (message: EventMessage, outcome: DecideApplicationOutcome, delivery: Delivery) => void;

/**
 * The worker's consumer of `loan.applied`. Gathers the application's facts from the providers (before
 * any transaction, so no lock is held while a provider answers), then in one transaction: re-checks the
 * product, runs the brand's active rule set and scorecard, stores the decision with its explanation and
 * rule-set version, rejects the loan or puts it under review with a loan executive, and writes the events.
 * A brand with no active rule set for the product gets the product screening alone. Idempotent through
 * `idempotentSubscription`: the processed-message record commits with the decision, so a redelivered
 * message changes nothing.
 */
export class DecideApplication {
  // The durable name of the `loan.applied` consumer it replaces: the queue and the processed-message
  // records carry over, so a message screened before the upgrade is still a duplicate after it.
  static readonly consumer = 'loan-screening';
  private readonly compiler: StoredRuleSetCompiler;

  constructor(private readonly deps: DecideApplicationDeps) {
    this.compiler = deps.compiler ?? new StoredRuleSetCompiler();
  }

  /** The bus subscription: facts prepared outside the transaction, the decision and its processed-message record inside one. */
  subscription(onDecided?: DecisionListener): Subscription {
    return idempotentSubscription<LifecycleRepositories, ApplicationFacts | null, DecideApplicationOutcome>({
      consumer: DecideApplication.consumer,
      eventTypes: ['loan.applied'],
      unitOfWork: this.deps.unitOfWork,
      clock: this.deps.clock,
      prepare: (message) => this.prefetchFacts(message),
      handle: (message, { repositories, now, prepared }) => this.decide(repositories, message, now, prepared ?? null),
      onOutcome: (message, outcome, delivery, handled) => onDecided?.(message, outcome === 'duplicate' || !handled ? { kind: 'duplicate' } : handled, delivery),
    });
  }

  /** Handles one delivery as the bus would, answering what it did. */
  async execute(message: EventMessage, delivery: Delivery = { attempt: 1 }): Promise<DecideApplicationOutcome> {
    let result: DecideApplicationOutcome | undefined;
    await this.subscription((_message, outcome) => (result = outcome)).handle(message, delivery);
    if (!result) throw new Error(`loan.applied ${message.id} was handled without an outcome`);
    return result;
  }

  private async decide(repos: LifecycleRepositories, message: EventMessage, now: Date, facts: ApplicationFacts | null): Promise<DecideApplicationOutcome> {
    const loan = await repos.loans.findById(message.brandId, message.aggregateId);
    // A missing loan means the event outran its own commit or the data is broken: retry, then dead-letter.
    if (!loan) throw new Error(`loan ${message.aggregateId} of brand ${message.brandId} not found`);
    if (loan.status !== 'APPLIED') return { kind: 'already-moved' as const };
    const product = await repos.brands.findProduct(loan.brandId, loan.toSnapshot().productId);
    if (!product) throw new Error(`product ${loan.toSnapshot().productId} of loan ${loan.id} not found`);
    const stored = await repos.ruleSets.findActiveFor(loan.brandId, product.code);
    let decisionId: string | null = null;
    if (!stored || checkAgainstProduct(product, loan.toSnapshot().amount, loan.toSnapshot().tenure).length > 0) {
      loan.screen(product, now);
    } else {
      const asOf = businessDate(now, this.deps.timeZone);
      // Facts gathered before a new rule set was activated are still the applicant's facts.
      const known = facts ?? (await this.gather(repos, loan, asOf));
      const run = runDecision(this.compiler.compile(stored), known, asOf);
      decisionId = this.deps.ids.next();
      loan.recordDecision({ decisionId, outcome: run.loanOutcome, reasons: run.reasonCodes }, now);
      await repos.decisions.add({
        id: decisionId,
        brandId: loan.brandId,
        loanId: loan.id,
        ruleSet: run.decision.ruleSet,
        outcome: run.decision.outcome,
        reasons: run.decision.reasons,
        evaluation: run.evaluation ? storedEvaluation(run.evaluation) : null,
        loanStatus: run.loanOutcome === 'declined' ? 'REJECTED' : 'UNDER_REVIEW',
        explanation: JSON.parse(JSON.stringify(run.decision.explanation)) as unknown[],
        facts: known,
        asOf,
        decidedAt: now,
      });
    }
    // The transitions above moved the loan on; read its status afresh (the narrowing above no longer holds).
    const status = loan.toSnapshot().status === 'REJECTED' ? 'REJECTED' : 'UNDER_REVIEW';
    const allocation = status === 'UNDER_REVIEW' ? await allocateNewLoan(repos, loan, businessDate(now, this.deps.timeZone), now) : null;
    await commitLoan(repos, loan, this.deps.ids, undefined, `event:${message.id}`);
    return { kind: 'decided' as const, status, decisionId, allocation };
  }

  // Provider calls happen outside the transaction; a loan that has moved on, or a brand with no active
  // rule set, needs no facts.
  private async prefetchFacts(message: EventMessage): Promise<ApplicationFacts | null> {
    const repos = this.deps.repositories;
    const loan = await repos.loans.findById(message.brandId, message.aggregateId);
    if (!loan || loan.status !== 'APPLIED') return null;
    const product = await repos.brands.findProduct(loan.brandId, loan.toSnapshot().productId);
    if (!product || !(await repos.ruleSets.findActiveFor(loan.brandId, product.code))) return null;
    return this.gather(repos, loan, businessDate(this.deps.clock.now(), this.deps.timeZone));
  }

  private async gather(repos: Repositories, loan: Loan, asOf: ReturnType<typeof businessDate>): Promise<ApplicationFacts> {
    const s = loan.toSnapshot();
    const [product, customer, applicant] = await Promise.all([
      repos.brands.findProduct(s.brandId, s.productId),
      repos.customers.findById(s.brandId, s.customerId),
      repos.applicants.find(s.brandId, s.id),
    ]);
    if (!product || !customer) throw new Error(`loan ${s.id} refers to a missing product or customer`);
    return gatherApplicationFacts(this.deps.sources, { loan, product, customer, applicant, asOf });
  }
}
