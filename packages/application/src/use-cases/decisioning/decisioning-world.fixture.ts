import { type LoanProduct, Money, Rate, localDate } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { LoanApplicant } from '../../ports/loan-applicant-repository.js';
import type { StaffRole, StaffUser } from '../../ports/staff-repository.js';
import { createInMemoryStore } from '../../testing/fakes/create-in-memory-store.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryLifecycleUnitOfWork } from '../../testing/fakes/in-memory-lifecycle-unit-of-work.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import { StubFactSources } from '../../testing/fakes/stub-fact-sources.js';
import { ApplyForLoan } from '../loans/apply-for-loan.js';
import { ActivateRuleSet } from './activate-rule-set.js';
import { CheckRuleSetVersion } from './check-rule-set-version.js';
import { DecideApplication } from './decide-application.js';
import { DraftRuleSet } from './draft-rule-set.js';

export const brandId = '00000000-0000-7000-8000-0000000000b1';
export const otherBrandId = '00000000-0000-7000-8000-0000000000b2';
export const TIME_ZONE = 'Asia/Kolkata';

/** A small rule set in the example's shape: hard bureau floor and delinquency, hard income, soft score review. */
export function ruleSetDocument(version = 1, scoreFloor = 650): Record<string, unknown> {
  return {
    id: 'salary-advance',
    version,
    product: 'salary-advance',
    facts: {
      'customer.monthlyIncome': { type: 'decimal', min: '8000', max: '300000', monotonic: 'higher-is-better' },
      'bureau.score': { type: 'integer', min: 300, max: 900, monotonic: 'higher-is-better' },
      'bureau.tradelines': { type: 'list', maxItems: 5, items: { dpd: { type: 'integer', min: 0, max: 180 } } },
    },
    rules: [
      { id: 'minimum-income', kind: 'hard', reason: 'INCOME_BELOW_MINIMUM', onUnknown: 'fail', require: { op: 'gte', left: { fact: 'customer.monthlyIncome' }, right: '15000' } },
      { id: 'bureau-score-floor', kind: 'hard', reason: 'BUREAU_SCORE_LOW', onUnknown: 'refer', require: { op: 'gte', left: { fact: 'bureau.score' }, right: scoreFloor } },
      { id: 'no-dpd-90', kind: 'hard', reason: 'DPD_90_PLUS', onUnknown: 'refer', require: { op: 'eq', right: 0, left: { count: 'bureau.tradelines', where: { op: 'gte', left: { item: 'dpd' }, right: 90 } } } },
      { id: 'bureau-score-review', kind: 'soft', reason: 'BUREAU_SCORE_BORDERLINE', onUnknown: 'refer', require: { op: 'gte', left: { fact: 'bureau.score' }, right: 700 } },
    ],
    examples: [
      { name: 'clean', asOf: '2026-06-15', facts: { customer: { monthlyIncome: '60000' }, bureau: { score: 760, tradelines: [{ dpd: 0 }] } }, expect: 'approved' },
      { name: 'low score', asOf: '2026-06-15', facts: { customer: { monthlyIncome: '60000' }, bureau: { score: 600, tradelines: [] } }, expect: 'declined' },
    ],
  };
}

export const scorecardDocument = {
  id: 'card',
  version: 1,
  facts: { 'bureau.score': { type: 'integer', min: 300, max: 900 } },
  thresholds: { approveAtOrAbove: '70', rejectBelow: '40' },
  items: [{ id: 'score', weight: '1', value: { fact: 'bureau.score' }, bands: [{ min: 750, points: 100 }, { min: 700, max: 750, points: 60 }, { max: 700, points: 10 }] }],
};

/** A clean bureau file with the given score and worst delinquency. */
export function report(score: number, dpd = 0) {
  return { kind: 'hit' as const, score, enquiriesLast30Days: 0, writtenOffAccounts: 0, activeLoans: 1, tradelines: [{ dpd, reportedOn: localDate('2026-11-01'), overdueAmount: Money.of('0') }] };
}

/** A brand with a salary-advance product, staff, customers and every decisioning use case over fakes. */
export async function decisioningWorld() {
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  const store = createInMemoryStore({ clock });
  const r = store.repositories;
  const ids = new SequentialIdGenerator();
  const sources = new StubFactSources();
  for (const id of [brandId, otherBrandId]) await r.brands.add({ id, code: id.slice(-2), name: id, createdAt: clock.now() });
  const product: LoanProduct = {
    id: ids.next(), brandId, code: 'salary-advance', name: 'Salary advance', currency: 'INR', minAmount: Money.of('5000'), maxAmount: Money.of('50000'),
    tenureUnit: 'DAY', allowedTenures: [30], annualRate: Rate.percent('30'), processingFee: { kind: 'FLAT', amount: Money.of('100') }, active: true,
  };
  await r.brands.addProduct(product);
  const staff = async (role: StaffRole, onBrand = brandId): Promise<{ user: StaffUser; actor: Actor }> => {
    const user: StaffUser = { id: ids.next(), email: `${ids.next()}@acme.in`, name: role, passwordHash: 'x', superAdmin: false, roles: [{ brandId: onBrand, role }], active: true, createdAt: clock.now() };
    await r.staff.add(user);
    return { user, actor: { kind: 'staff', userId: user.id, superAdmin: false, roles: user.roles } };
  };
  const admin = await staff('ADMIN');
  const apply = new ApplyForLoan({ unitOfWork: store.unitOfWork, ids, clock });
  const lifecycle = new InMemoryLifecycleUnitOfWork(store.unitOfWork);
  const decide = new DecideApplication({ repositories: r, unitOfWork: lifecycle, sources, ids, clock, timeZone: TIME_ZONE });
  const published: EventMessage[] = [];
  let phone = 9_812_300_000;
  /** A new customer applies; the returned message is the `loan.applied` the worker would receive. */
  const applyAs = async (applicant?: LoanApplicant) => {
    const customerId = ids.next();
    await r.customers.addOrGet({ id: customerId, brandId, phone: `+91${phone++}`, createdAt: clock.now() });
    const applied = await apply.execute({ actor: { kind: 'customer', customerId, brandId }, productId: product.id, amount: Money.of('20000'), tenure: 30, ...(applicant ? { applicant } : {}) });
    if (!applied.ok) throw new Error(applied.error.code);
    const messages = await drain();
    const message = messages.find((m) => m.type === 'loan.applied' && m.aggregateId === applied.value.id);
    if (!message) throw new Error('no loan.applied');
    return { loanId: applied.value.id, message };
  };
  const drain = async () => {
    const out: EventMessage[] = [];
    await store.outboxStore.publishPending(1000, async (messages) => void out.push(...messages));
    published.push(...out);
    return out;
  };
  /** Drafts, checks and activates a version as the brand admin. */
  const activate = async (document: Record<string, unknown>, scorecard?: unknown) => {
    const drafted = await new DraftRuleSet({ unitOfWork: store.unitOfWork, clock }).execute({ actor: admin.actor, brandId, document, ...(scorecard ? { scorecard } : {}) });
    if (!drafted.ok) throw new Error(JSON.stringify(drafted.error));
    const checked = await new CheckRuleSetVersion({ repositories: r, unitOfWork: store.unitOfWork, clock, timeZone: TIME_ZONE }).execute({ actor: admin.actor, brandId, ruleSetId: drafted.value.id, version: drafted.value.version, runs: 40 });
    if (!checked.ok || !checked.value.passed) throw new Error(JSON.stringify(checked.ok ? checked.value.report.findings : checked.error));
    const activated = await new ActivateRuleSet({ unitOfWork: store.unitOfWork }).execute({ actor: admin.actor, brandId, ruleSetId: drafted.value.id, version: drafted.value.version });
    if (!activated.ok) throw new Error(activated.error.code);
    return activated.value;
  };
  const applicant = (pan: string): LoanApplicant => ({ pan, monthlyIncome: Money.of('60000'), dateOfBirth: localDate('1990-04-01'), employmentType: 'SALARIED', pincode: '560001' });
  return { clock, store, lifecycle, r, ids, sources, product, staff, admin, apply, decide, applyAs, drain, published, activate, applicant };
}
