import { Money } from '@los/domain';
import { describe, expect, it } from 'vitest';
import { type LifecycleStore, useLifecycleStore } from './lifecycle-store.js';
import type { AuditEntry, TimelineEntry } from '../../ports/loan-lifecycle-repository.js';
import { seedContractLoan } from './seed-contract-loan.js';

/**
 * How a lifecycle store joins the contract run. `create` may hand back a shared database: every test works
 * under a brand and loan of its own.
 * @example describeLoanLifecycleContract({ name: 'in-memory', create: async () => ({ unitOfWork }) })
 */
export interface LoanLifecycleContractOptions {
  readonly name: string;
  readonly create: () => Promise<LifecycleStore>;
  readonly skip?: string;
}

const uuid = () => globalThis.crypto.randomUUID();
const appraisal = {
  averageSalary: '81000.00', totalObligations: '5000.00', eligibleFoirPercent: '50.00', foirAchievedPercent: '6.17', headroom: '35500.00',
  eligibleLoan: '387000.00', recommendedAmount: '50000.00', proposedInstalment: '4583.99', proposedFoirPercent: '11.83',
};

/**
 * The behaviour every lifecycle store shares: CAM versions read back exactly with the latest winning, comments
 * and timeline in order, per-brand limits and reasons replaced by key, the audit log read back exactly in
 * order and by page, brands never see each other's records, and a transaction that throws leaves nothing behind.
 */
export function describeLoanLifecycleContract(options: LoanLifecycleContractOptions): void {
  describe.skipIf(options.skip !== undefined)(`LoanLifecycleRepository contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const store = useLifecycleStore(options.create);

    const seedLoan = () => seedContractLoan(store());

    it('stores CAM versions and returns the latest exactly', async () => {
      const { brandId, loanId } = await seedLoan();
      const createdAt = new Date('2026-11-23T10:01:00.123Z');
      await store().run(async (repos) => {
        expect(await repos.lifecycle.findLatestCam(brandId, loanId)).toBeNull();
        for (const version of [1, 2]) {
          await repos.lifecycle.addCamVersion({ brandId, loanId, version, salaryCredits: ['80000.00', '82000'], obligations: ['5000'], appraisal, createdBy: `u${version}`, createdAt });
        }
      });
      const latest = await store().run((repos) => repos.lifecycle.findLatestCam(brandId, loanId));
      expect(latest).toEqual({ brandId, loanId, version: 2, salaryCredits: ['80000.00', '82000'], obligations: ['5000'], appraisal, createdBy: 'u2', createdAt });
      expect(await store().run((repos) => repos.lifecycle.findLatestCam(uuid(), loanId))).toBeNull();
    });

    it('keeps comments and the timeline in order, per brand', async () => {
      const { brandId, loanId } = await seedLoan();
      const t = (s: number) => new Date(Date.UTC(2026, 10, 23, 10, 0, s));
      const entries: TimelineEntry[] = [
        { id: uuid(), brandId, loanId, type: 'loan.appraised', status: 'UNDER_REVIEW', actorId: 'u1', at: t(1), details: { camVersion: 1 } },
        { id: uuid(), brandId, loanId, type: 'loan.agreement_signed', status: 'AGREEMENT_SIGNED', at: t(2), details: {} },
      ];
      await store().run(async (repos) => {
        await repos.lifecycle.appendTimeline(entries);
        await repos.lifecycle.addComment({ id: uuid(), brandId, loanId, authorId: 'u1', body: 'first', createdAt: t(1) });
        await repos.lifecycle.addComment({ id: uuid(), brandId, loanId, authorId: 'u2', body: 'second', createdAt: t(2) });
      });
      await store().run(async (repos) => {
        expect(await repos.lifecycle.timeline(brandId, loanId)).toEqual(entries);
        expect((await repos.lifecycle.listComments(brandId, loanId)).map((c) => c.body)).toEqual(['first', 'second']);
        expect(await repos.lifecycle.timeline(uuid(), loanId)).toEqual([]);
        expect(await repos.lifecycle.listComments(uuid(), loanId)).toEqual([]);
      });
    });

    it('replaces sanction limits by role and rejection reasons by code', async () => {
      const { brandId } = await seedLoan();
      await store().run(async (repos) => {
        await repos.lifecycle.setSanctionLimit(brandId, { role: 'SANCTION_MANAGER', maxAmount: Money.of('50000') });
        await repos.lifecycle.setSanctionLimit(brandId, { role: 'SANCTION_MANAGER', maxAmount: Money.of('100000.50') });
        await repos.lifecycle.setSanctionLimit(brandId, { role: 'SANCTION_HEAD' });
        await repos.lifecycle.setRejectionReason(brandId, { code: 'LOW_INCOME', label: 'Low' });
        await repos.lifecycle.setRejectionReason(brandId, { code: 'LOW_INCOME', label: 'Income too low' });
      });
      await store().run(async (repos) => {
        const limits = [...(await repos.lifecycle.sanctionLimits(brandId))].sort((a, b) => a.role.localeCompare(b.role));
        expect(limits.map((l) => [l.role, l.maxAmount?.toFixed() ?? null])).toEqual([['SANCTION_HEAD', null], ['SANCTION_MANAGER', '100000.50']]);
        expect(await repos.lifecycle.rejectionReasons(brandId)).toEqual([{ code: 'LOW_INCOME', label: 'Income too low' }]);
        expect(await repos.lifecycle.sanctionLimits(uuid())).toEqual([]);
      });
    });

    it('keeps the audit log in order, per brand and entity, by page', async () => {
      const { brandId, loanId } = await seedLoan();
      const at = (s: number) => new Date(Date.UTC(2026, 10, 23, 11, 0, s, 250));
      const entries: AuditEntry[] = [
        { id: uuid(), brandId, entityType: 'loan', entityId: loanId, action: 'loan.recommended', actorId: 'u1', before: { status: 'UNDER_REVIEW', version: 2 }, after: { status: 'CREDIT_APPROVED', version: 3 }, requestId: 'req-1', at: at(1) },
        { id: uuid(), brandId, entityType: 'loan', entityId: 'other-loan', action: 'loan.applied', after: { status: 'APPLIED', version: 0 }, at: at(2) },
        { id: uuid(), brandId, entityType: 'loan', entityId: loanId, action: 'loan.sanctioned,loan.agreement_sent', actorId: 'u2', before: { status: 'CREDIT_APPROVED', version: 3 }, after: { status: 'AGREEMENT_SENT', version: 4 }, at: at(3) },
      ];
      await store().run((repos) => repos.lifecycle.appendAudit(entries.slice(0, 2)));
      await store().run((repos) => repos.lifecycle.appendAudit(entries.slice(2)));
      await store().run(async (repos) => {
        expect(await repos.lifecycle.auditTrail(brandId, { limit: 10, offset: 0 })).toEqual(entries);
        expect(await repos.lifecycle.auditTrail(brandId, { entityId: loanId, limit: 10, offset: 0 })).toEqual([entries[0], entries[2]]);
        expect(await repos.lifecycle.auditTrail(brandId, { limit: 1, offset: 1 })).toEqual([entries[1]]);
        expect(await repos.lifecycle.auditTrail(uuid(), { limit: 10, offset: 0 })).toEqual([]);
        expect(await repos.lifecycle.auditTrail('not-a-uuid', { entityId: loanId, limit: 10, offset: 0 })).toEqual([]);
      });
    });

    it('writes nothing when the transaction throws', async () => {
      const { brandId, loanId } = await seedLoan();
      await expect(
        store().run(async (repos) => {
          await repos.lifecycle.addComment({ id: uuid(), brandId, loanId, authorId: 'u1', body: 'lost', createdAt: new Date() });
          await repos.lifecycle.appendTimeline([{ id: uuid(), brandId, loanId, type: 'loan.x', status: 'APPLIED', at: new Date(), details: {} }]);
          await repos.lifecycle.appendAudit([{ id: uuid(), brandId, entityType: 'loan', entityId: loanId, action: 'loan.x', after: { status: 'APPLIED', version: 0 }, at: new Date() }]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      await store().run(async (repos) => {
        expect(await repos.lifecycle.listComments(brandId, loanId)).toEqual([]);
        expect(await repos.lifecycle.timeline(brandId, loanId)).toEqual([]);
        expect(await repos.lifecycle.auditTrail(brandId, { limit: 10, offset: 0 })).toEqual([]);
      });
    });
  });
}
