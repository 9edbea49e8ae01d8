import { type LoanProduct, Loan, Money, Rate, localDate } from '@los/domain';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredDecision } from '../../ports/decision-repository.js';
import type { StoredRuleSet } from '../../ports/rule-set-repository.js';
import type { StaffUser } from '../../ports/staff-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { SequentialIdGenerator } from '../fakes/sequential-id-generator.js';
import type { RepositoriesContractOptions } from './repositories.contract.js';

const T0 = new Date('2026-06-15T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The behaviour every store of decisioning data shares: rule set versions whose documents never change
 * and of which one is active, insert-only decisions kept exactly as made, applicant declarations with
 * exact money, staff unavailability, and a brand allocation lock that makes concurrent allocators take
 * turns (the second sees the first one's assignment).
 */
export function describeDecisioningContract(options: RepositoriesContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`Decisioning repositories contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const opened: { close(): Promise<void> }[] = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((f) => f.close()));
    });

    async function setup() {
      const fixture = await options.create();
      opened.push(fixture);
      const ids = new SequentialIdGenerator(11);
      const r = fixture.repositories;
      const brandA = { id: ids.next(), code: 'ACME', name: 'Acme', createdAt: T0 };
      const brandB = { id: ids.next(), code: 'BOLT', name: 'Bolt', createdAt: T0 };
      await r.brands.add(brandA);
      await r.brands.add(brandB);
      const product: LoanProduct = {
        id: ids.next(), brandId: brandA.id, code: 'salary-advance', name: 'Salary advance', currency: 'INR',
        minAmount: Money.of('1000.00'), maxAmount: Money.of('50000.00'), tenureUnit: 'DAY', allowedTenures: [30],
        annualRate: Rate.percent('30'), processingFee: { kind: 'FLAT', amount: Money.of('100.00') }, active: true,
      };
      await r.brands.addProduct(product);
      const customer = await r.customers.addOrGet({ id: ids.next(), brandId: brandA.id, phone: '+919812345678', createdAt: T0 });
      const newLoan = async (status: 'APPLIED' | 'UNDER_REVIEW' = 'APPLIED') => {
        const loan = Loan.rehydrate({ id: ids.next(), brandId: brandA.id, customerId: customer.id, productId: product.id, amount: Money.of('20000.00'), tenure: 30, status, rejectionReasons: [], appliedAt: T0, updatedAt: T0, version: 0 });
        await r.loans.add(loan);
        return loan;
      };
      const executive = async (email: string, brandId = brandA.id): Promise<StaffUser> => {
        const user: StaffUser = { id: ids.next(), email, name: email, passwordHash: 'x', superAdmin: false, roles: [{ brandId, role: 'LOAN_EXECUTIVE' }], active: true, createdAt: T0 };
        await r.staff.add(user);
        return user;
      };
      return { ...fixture, r, ids, brandA, brandB, product, customer, newLoan, executive };
    }

    const ruleSet = (brandId: string, id: string, version: number, overrides: Partial<StoredRuleSet> = {}): StoredRuleSet => ({
      id, version, fingerprint: `fp-${id}-${version}`, status: 'draft', brandId, productCode: 'salary-advance',
      document: { id, version, rules: [{ id: 'r1', reason: 'X', nested: { list: [1, '2.50', null] } }] },
      scorecard: null, createdAt: T0, createdBy: 'admin-1', ...overrides,
    });

    describe('rule sets', () => {
      it('round-trips a version with its document, refuses the same version twice and hides it from other brands', async () => {
        const { r, brandA, brandB } = await setup();
        const v1 = ruleSet(brandA.id, 'salary-advance', 1, { scorecard: { id: 'card', thresholds: { approveAtOrAbove: '70' } } });
        expect(await r.ruleSets.add(v1)).toBe(true);
        expect(await r.ruleSets.add({ ...v1, fingerprint: 'other', document: { changed: true } })).toBe(false);
        expect(await r.ruleSets.find(brandA.id, 'salary-advance', 1)).toEqual(v1);
        expect(await r.ruleSets.find(brandB.id, 'salary-advance', 1)).toBeNull();
        expect(await r.ruleSets.listByBrand(brandB.id)).toEqual([]);
        expect(await r.ruleSets.add(ruleSet(brandB.id, 'salary-advance', 1))).toBe(true);
      });

      it('lists versions in order and moves only the status, recording the check date', async () => {
        const { r, brandA } = await setup();
        await r.ruleSets.add(ruleSet(brandA.id, 'b-rules', 2));
        await r.ruleSets.add(ruleSet(brandA.id, 'b-rules', 1));
        await r.ruleSets.add(ruleSet(brandA.id, 'a-rules', 7, { productCode: null }));
        expect((await r.ruleSets.listByBrand(brandA.id)).map((v) => `${v.id}@${v.version}`)).toEqual(['a-rules@7', 'b-rules@1', 'b-rules@2']);
        expect((await r.ruleSets.listVersions(brandA.id, 'b-rules')).map((v) => v.version)).toEqual([1, 2]);
        await r.ruleSets.updateStatus(brandA.id, 'b-rules', 2, 'checked', localDate('2026-06-15'));
        const checked = await r.ruleSets.find(brandA.id, 'b-rules', 2);
        expect(checked).toEqual({ ...ruleSet(brandA.id, 'b-rules', 2), status: 'checked', checkedOn: '2026-06-15' });
      });

      it('finds the active version for a product, preferring one written for it over a catch-all, and keeps one active per rule set', async () => {
        const { r, brandA, brandB } = await setup();
        expect(await r.ruleSets.findActiveFor(brandA.id, 'salary-advance')).toBeNull();
        await r.ruleSets.add(ruleSet(brandA.id, 'catch-all', 1, { productCode: null, status: 'active' }));
        expect((await r.ruleSets.findActiveFor(brandA.id, 'salary-advance'))?.id).toBe('catch-all');
        await r.ruleSets.add(ruleSet(brandA.id, 'salary-advance', 1, { status: 'active' }));
        await r.ruleSets.add(ruleSet(brandA.id, 'salary-advance', 2, { status: 'checked' }));
        expect(await r.ruleSets.findActiveFor(brandA.id, 'salary-advance')).toMatchObject({ id: 'salary-advance', version: 1 });
        expect((await r.ruleSets.findActiveFor(brandA.id, 'personal-loan'))?.id).toBe('catch-all');
        expect(await r.ruleSets.findActiveFor(brandB.id, 'salary-advance')).toBeNull();
        await expect(r.ruleSets.updateStatus(brandA.id, 'salary-advance', 2, 'active', null)).rejects.toThrow();
        await r.ruleSets.updateStatus(brandA.id, 'salary-advance', 1, 'retired', null);
        await r.ruleSets.updateStatus(brandA.id, 'salary-advance', 2, 'active', null);
        expect((await r.ruleSets.findActiveFor(brandA.id, 'salary-advance'))?.version).toBe(2);
      });
    });

    describe('decisions', () => {
      const decision = (brandId: string, loanId: string, id: string, decidedAt: Date, version = 1): StoredDecision => ({
        id, brandId, loanId, ruleSet: { id: 'salary-advance', version, fingerprint: `fp-${version}` }, outcome: 'declined',
        reasons: [{ code: 'BUREAU_SCORE_LOW', ruleId: 'bureau-score-floor', kind: 'hard', cause: 'failed' }],
        evaluation: null, loanStatus: 'REJECTED',
        explanation: [{ ruleId: 'bureau-score-floor', outcome: 'fail', checks: [{ check: 'bureau.score >= 650', left: '610', right: '650', result: 'false' }] }],
        facts: { bureau: { score: 610, tradelines: [{ dpd: 0, reportedOn: '2026-05-31', overdueAmount: '0.00' }] }, customer: {} },
        asOf: localDate('2026-06-15'), decidedAt,
      });

      it('stores a decision exactly as made and finds the newest for a loan, only within its brand', async () => {
        const { r, ids, brandA, brandB, newLoan } = await setup();
        const loan = await newLoan();
        const first = decision(brandA.id, loan.id, ids.next(), at(1));
        const second = { ...decision(brandA.id, loan.id, ids.next(), at(2), 2), outcome: 'referred' as const, loanStatus: 'UNDER_REVIEW' as const,
          evaluation: { scorecard: { id: 'card', version: 1 }, total: '63.50', outcome: 'manual-review' as const, unscored: ['income'], items: [{ itemId: 'income', points: null }] } };
        await r.decisions.add(first);
        await r.decisions.add(second);
        expect(await r.decisions.findById(brandA.id, first.id)).toEqual(first);
        expect(await r.decisions.findLatestForLoan(brandA.id, loan.id)).toEqual(second);
        expect(await r.decisions.findById(brandB.id, first.id)).toBeNull();
        expect(await r.decisions.findLatestForLoan(brandB.id, loan.id)).toBeNull();
        expect(await r.decisions.findLatestForLoan(brandA.id, ids.next())).toBeNull();
      });

      it('lists each loan\'s newest decision made by a rule set, newest first, within the brand and the limit', async () => {
        const { r, ids, brandA, brandB, newLoan } = await setup();
        const [l1, l2, l3, l4] = [await newLoan(), await newLoan(), await newLoan(), await newLoan()];
        const old = decision(brandA.id, l1.id, ids.next(), at(1));
        const redecided = decision(brandA.id, l1.id, ids.next(), at(5), 2);
        const second = decision(brandA.id, l2.id, ids.next(), at(3));
        const third = decision(brandA.id, l3.id, ids.next(), at(4), 2);
        // l4 was last decided by another rule set: it is that one's past application, not this one's.
        const moved = { ...decision(brandA.id, l4.id, ids.next(), at(6)), ruleSet: { id: 'personal-loan', version: 1, fingerprint: 'fp-pl' } };
        for (const d of [old, redecided, second, third, decision(brandA.id, l4.id, ids.next(), at(2)), moved]) await r.decisions.add(d);
        expect((await r.decisions.listLatestByRuleSet(brandA.id, 'salary-advance', 10)).map((d) => d.id)).toEqual([redecided.id, third.id, second.id]);
        expect(await r.decisions.listLatestByRuleSet(brandA.id, 'salary-advance', 2)).toEqual([redecided, third]);
        expect((await r.decisions.listLatestByRuleSet(brandA.id, 'personal-loan', 10)).map((d) => d.id)).toEqual([moved.id]);
        expect(await r.decisions.listLatestByRuleSet(brandB.id, 'salary-advance', 10)).toEqual([]);
      });

      it('refuses a decision on a loan of another brand', async () => {
        const { r, ids, brandB, newLoan } = await setup();
        const loan = await newLoan();
        await expect(r.decisions.add(decision(brandB.id, loan.id, ids.next(), at(1)))).rejects.toThrow();
      });
    });

    describe('applicants', () => {
      it('round-trips the declarations with exact income, and only within the brand', async () => {
        const { r, brandA, brandB, newLoan } = await setup();
        const loan = await newLoan();
        const applicant = { dateOfBirth: localDate('1990-04-01'), pan: 'ABCDE1234F', monthlyIncome: Money.of('60000.50'), employmentType: 'SALARIED' as const, employerName: 'Infosys', employerCategory: 'A', monthsWithEmployer: 40, pincode: '560001', email: 'asha@example.com' };
        await r.applicants.add(brandA.id, loan.id, applicant);
        const found = await r.applicants.find(brandA.id, loan.id);
        expect({ ...found, monthlyIncome: found?.monthlyIncome?.toFixed(2) }).toEqual({ ...applicant, monthlyIncome: '60000.50' });
        expect(await r.applicants.find(brandB.id, loan.id)).toBeNull();
        const bare = await newLoan();
        await r.applicants.add(brandA.id, bare.id, {});
        expect(await r.applicants.find(brandA.id, bare.id)).toEqual({});
      });
    });

    describe('allocation', () => {
      it('keeps the round-robin position per brand and counts loans under review per assignee', async () => {
        const { r, brandA, brandB, newLoan, executive, unitOfWork } = await setup();
        const s1 = await executive('one@acme.in');
        const s2 = await executive('two@acme.in');
        expect(await unitOfWork.run((repos) => repos.allocation.lockBrand(brandA.id))).toEqual({ lastAssignedId: null });
        await unitOfWork.run(async (repos) => {
          await repos.allocation.lockBrand(brandA.id);
          await repos.allocation.saveCursor(brandA.id, s2.id);
        });
        expect(await unitOfWork.run((repos) => repos.allocation.lockBrand(brandA.id))).toEqual({ lastAssignedId: s2.id });
        expect(await unitOfWork.run((repos) => repos.allocation.lockBrand(brandB.id))).toEqual({ lastAssignedId: null });
        for (const assignee of [s1.id, s1.id, s2.id]) {
          const loan = await newLoan('UNDER_REVIEW');
          loan.assign(assignee, at(5));
          await r.loans.save(loan);
        }
        const waiting = [await newLoan('UNDER_REVIEW'), await newLoan('UNDER_REVIEW')];
        await newLoan('APPLIED');
        expect(Object.fromEntries(await r.allocation.openLoansByAssignee(brandA.id))).toEqual({ [s1.id]: 2, [s2.id]: 1 });
        expect(await r.allocation.listUnassignedLoanIds(brandA.id, 10)).toEqual(waiting.map((l) => l.id).sort());
        expect(await r.allocation.listUnassignedLoanIds(brandA.id, 1)).toHaveLength(1);
        expect(await r.allocation.listUnassignedLoanIds(brandB.id, 10)).toEqual([]);
        expect((await r.allocation.openLoansByAssignee(brandB.id)).size).toBe(0);
      });

      it('persists the assignee and decision id with the loan', async () => {
        const { r, ids, brandA, newLoan, executive } = await setup();
        const s1 = await executive('one@acme.in');
        const loan = await newLoan();
        const decisionId = ids.next();
        loan.recordDecision({ decisionId, outcome: 'referred', reasons: ['NAME_MISMATCH'] }, at(3));
        loan.assign(s1.id, at(3));
        await r.loans.save(loan);
        const found = (await r.loans.findById(brandA.id, loan.id))?.toSnapshot();
        expect(found).toMatchObject({ status: 'UNDER_REVIEW', decisionId, assigneeId: s1.id, assignedAt: at(3), version: 1 });
      });

      it('marks, lists and clears staff unavailable days', async () => {
        const { r, brandA, brandB, executive } = await setup();
        const s1 = await executive('one@acme.in');
        const s2 = await executive('two@acme.in');
        const d1 = localDate('2026-06-16');
        const d2 = localDate('2026-06-17');
        expect(await r.allocation.addUnavailability(brandA.id, { staffId: s2.id, date: d1 })).toBe(true);
        expect(await r.allocation.addUnavailability(brandA.id, { staffId: s1.id, date: d2 })).toBe(true);
        expect(await r.allocation.addUnavailability(brandA.id, { staffId: s1.id, date: d1 })).toBe(true);
        expect(await r.allocation.addUnavailability(brandA.id, { staffId: s1.id, date: d1 })).toBe(false);
        const all = await r.allocation.listUnavailability(brandA.id, d1, d2);
        expect(all).toEqual([...[s1.id, s2.id].sort().map((staffId) => ({ staffId, date: d1 })), { staffId: s1.id, date: d2 }]);
        expect(await r.allocation.listUnavailability(brandA.id, d2, d2)).toEqual([{ staffId: s1.id, date: d2 }]);
        expect(await r.allocation.listUnavailability(brandB.id, d1, d2)).toEqual([]);
        expect(await r.allocation.removeUnavailability(brandA.id, { staffId: s1.id, date: d1 })).toBe(true);
        expect(await r.allocation.removeUnavailability(brandA.id, { staffId: s1.id, date: d1 })).toBe(false);
        expect(await r.allocation.listUnavailability(brandA.id, d1, d1)).toEqual([{ staffId: s2.id, date: d1 }]);
      });

      it("marks, lists and reopens the brand's closed days, only within the brand", async () => {
        const { r, brandA, brandB } = await setup();
        const d1 = localDate('2026-12-25');
        const d2 = localDate('2026-12-31');
        expect(await r.allocation.addClosedDate(brandA.id, { date: d2, reason: 'year end' })).toBe(true);
        expect(await r.allocation.addClosedDate(brandA.id, { date: d1, reason: 'Christmas' })).toBe(true);
        expect(await r.allocation.addClosedDate(brandA.id, { date: d1, reason: 'again' })).toBe(false);
        expect(await r.allocation.listClosedDates(brandA.id, d1, d2)).toEqual([
          { date: d1, reason: 'Christmas' },
          { date: d2, reason: 'year end' },
        ]);
        expect(await r.allocation.listClosedDates(brandA.id, d2, d2)).toEqual([{ date: d2, reason: 'year end' }]);
        expect(await r.allocation.listClosedDates(brandB.id, d1, d2)).toEqual([]);
        expect(await r.allocation.removeClosedDate(brandB.id, d1)).toBe(false);
        expect(await r.allocation.removeClosedDate(brandA.id, d1)).toBe(true);
        expect(await r.allocation.listClosedDates(brandA.id, d1, d2)).toEqual([{ date: d2, reason: 'year end' }]);
      });

      it('serialises concurrent allocators of a brand: the second reads the loads the first left', async () => {
        const { brandA, newLoan, executive, unitOfWork } = await setup();
        const execs = [await executive('one@acme.in'), await executive('two@acme.in')];
        const loans = [await newLoan('UNDER_REVIEW'), await newLoan('UNDER_REVIEW')];
        // The brand's allocation state exists already, so only the lock (not a first insert) can order the two.
        await unitOfWork.run((repos) => repos.allocation.saveCursor(brandA.id, null));
        const allocate = (loan: Loan) =>
          unitOfWork.run(async (repos: Repositories) => {
            await repos.allocation.lockBrand(brandA.id);
            const loads = await repos.allocation.openLoansByAssignee(brandA.id);
            // Without the lock both would read empty loads here and pick the same executive.
            await pause(60);
            const least = [...execs].sort((a, b) => (loads.get(a.id) ?? 0) - (loads.get(b.id) ?? 0) || (a.id < b.id ? -1 : 1))[0]!;
            const fresh = (await repos.loans.findById(brandA.id, loan.id))!;
            fresh.assign(least.id, at(9));
            await repos.loans.save(fresh);
            await repos.allocation.saveCursor(brandA.id, least.id);
            return least.id;
          });
        const chosen = await Promise.all(loans.map(allocate));
        expect(new Set(chosen).size).toBe(2);
      });
    });
  });
}
