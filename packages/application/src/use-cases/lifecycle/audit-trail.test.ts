import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { GetAuditTrail } from './get-audit-trail.js';
import { brandId, camPolicy, lifecycleWorld, staff } from './lifecycle-world.fixture.js';
import { RecommendLoan } from './recommend-loan.js';
import { SanctionLoan } from './sanction-loan.js';
import { SaveAppraisal } from './save-appraisal.js';

const credit = staff('u-credit', 'CREDIT_EXECUTIVE');
const manager = staff('u-manager', 'SANCTION_MANAGER');
const admin = staff('u-admin', 'ADMIN');

async function world(amount?: string) {
  const w = await lifecycleWorld(amount);
  const deps = { unitOfWork: w.unitOfWork, ids: w.ids, clock: w.clock };
  const appraise = new SaveAppraisal({ ...deps, policy: camPolicy });
  const recommend = new RecommendLoan(deps);
  await appraise.execute({ actor: credit, brandId, loanId: w.loanId, salaryCredits: ['80000', '82000'], obligations: ['5000'] });
  await recommend.execute({ actor: credit, brandId, loanId: w.loanId });
  return { ...w, sanction: new SanctionLoan(deps), audit: new GetAuditTrail({ unitOfWork: w.unitOfWork }) };
}

describe('the audit log of loan transitions', () => {
  it('writes one row per committed transition with the actor and the status and version before and after', async () => {
    const w = await world();
    expect((await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId })).ok).toBe(true);
    const trail = await w.audit.execute({ actor: admin, brandId, entityId: w.loanId, limit: 10, offset: 0 });
    if (!trail.ok) throw new Error(trail.error.code);
    expect(trail.value.map((e) => [e.entityType, e.entityId, e.action, e.actorId, e.before, e.after])).toEqual([
      ['loan', w.loanId, 'loan.appraised', 'u-credit', { status: 'UNDER_REVIEW', version: 0 }, { status: 'UNDER_REVIEW', version: 1 }],
      ['loan', w.loanId, 'loan.credit_approved', 'u-credit', { status: 'UNDER_REVIEW', version: 1 }, { status: 'CREDIT_APPROVED', version: 2 }],
      ['loan', w.loanId, 'loan.sanctioned', 'u-manager', { status: 'CREDIT_APPROVED', version: 2 }, { status: 'SANCTIONED', version: 3 }],
    ]);
    // The version the audit says the loan reached is the one stored.
    expect((await w.repositories.loans.findById(brandId, w.loanId))?.version).toBe(3);
    expect(trail.value.at(-1)?.at).toEqual(w.clock.now());
  });

  it('writes no row for a refused transition', async () => {
    const w = await world('250000');
    const over = await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId });
    expect(!over.ok && over.error).toMatchObject({ code: 'ACTION_NOT_PERMITTED', reason: 'SANCTION_LIMIT_EXCEEDED' });
    const trail = await w.audit.execute({ actor: admin, brandId, limit: 10, offset: 0 });
    expect(trail.ok && trail.value.map((e) => e.action)).toEqual(['loan.appraised', 'loan.credit_approved']);
  });

  it('pages the brand log, and shows it to the brand admin only', async () => {
    const w = await world();
    const page = await w.audit.execute({ actor: admin, brandId, limit: 1, offset: 1 });
    expect(page.ok && page.value.map((e) => e.action)).toEqual(['loan.credit_approved']);
    expect(await w.audit.execute({ actor: manager, brandId, limit: 10, offset: 0 })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    const outsider: Actor = { kind: 'staff', userId: 'x', superAdmin: false, roles: [{ brandId: 'other', role: 'ADMIN' }] };
    expect(await w.audit.execute({ actor: outsider, brandId, limit: 10, offset: 0 })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
  });
});
