import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import type { EventMessage } from '../../ports/event-message.js';
import { AddLoanComment } from './add-loan-comment.js';
import { CancelLoan } from './cancel-loan.js';
import { CompleteSignature } from './complete-signature.js';
import { GetCustomerLoanDocuments } from './customer-loan-documents.js';
import { GetLoanDetail } from './get-loan-detail.js';
import { MapDocumentStore, RecordingESign, RecordingRenderer, brandId, customerId, camPolicy, lifecycleWorld, staff } from './lifecycle-world.fixture.js';
import { RecommendLoan } from './recommend-loan.js';
import { RejectLoan } from './reject-loan.js';
import { SanctionLoan } from './sanction-loan.js';
import { SaveAppraisal } from './save-appraisal.js';
import { SendAgreement } from './send-agreement.js';
import { ScriptedKycProvider } from '../kyc/kyc-world.fixture.js';
import { VerifyBankAccount } from '../kyc/verify-bank-account.js';
import { VerifyPan } from '../kyc/verify-pan.js';

const credit = staff('u-credit', 'CREDIT_EXECUTIVE');
const manager = staff('u-manager', 'SANCTION_MANAGER');
const head = staff('u-head', 'SANCTION_HEAD');
const customer: Actor = { kind: 'customer', customerId, brandId };

async function world(amount?: string) {
  const w = await lifecycleWorld(amount);
  const deps = { unitOfWork: w.unitOfWork, ids: w.ids, clock: w.clock };
  const store = new MapDocumentStore();
  const esign = new RecordingESign();
  const renderer = new RecordingRenderer();
  return {
    ...w, store, esign, renderer,
    appraise: new SaveAppraisal({ ...deps, policy: camPolicy }),
    recommend: new RecommendLoan(deps),
    sanction: new SanctionLoan(deps),
    reject: new RejectLoan(deps),
    comment: new AddLoanComment(deps),
    detail: new GetLoanDetail(deps),
    send: new SendAgreement({ ...deps, renderer, store, esign, timeZone: 'Asia/Kolkata', signatureExpiresInDays: 7 }),
    signed: new CompleteSignature(deps),
    documents: new GetCustomerLoanDocuments({ unitOfWork: w.unitOfWork, store, clock: w.clock, linkTtlSeconds: 900 }),
    cancel: new CancelLoan(deps),
  };
}
type World = Awaited<ReturnType<typeof world>>;

async function toSanction(w: World): Promise<void> {
  const cam = await w.appraise.execute({ actor: credit, brandId, loanId: w.loanId, salaryCredits: ['80000', '82000'], obligations: ['5000'] });
  expect(cam.ok).toBe(true);
  expect((await w.recommend.execute({ actor: credit, brandId, loanId: w.loanId })).ok).toBe(true);
}

function esignEvent(type: string, requestId: string, id = 'evt-1'): EventMessage {
  return { id, type, aggregateType: 'loan', aggregateId: 'loan-1', brandId, occurredAt: '2026-11-23T10:00:00Z', payload: { providerDocumentId: requestId } };
}

describe('loan lifecycle use cases', () => {
  it('appraises, recommends, sanctions, sends the agreement and marks it signed, with a timeline of every step', async () => {
    const w = await world();
    const cam = await w.appraise.execute({ actor: credit, brandId, loanId: w.loanId, salaryCredits: ['80000', '82000'], obligations: ['5000'] });
    expect(cam.ok && cam.value.version).toBe(1);
    expect(cam.ok && cam.value.appraisal.averageSalary).toBe('81000.00');
    await w.recommend.execute({ actor: credit, brandId, loanId: w.loanId });
    expect(await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId })).toEqual({ ok: true, value: { status: 'SANCTIONED' } });
    const sent = await w.send.execute({ actor: manager, brandId, loanId: w.loanId });
    if (!sent.ok) throw new Error(JSON.stringify(sent.error));
    expect(w.store.files.has(sent.value.kfsKey) && w.store.files.has(sent.value.agreementKey)).toBe(true);
    expect(w.esign.requests[0]?.loanId).toBe(w.loanId);
    expect(await w.signed.execute(esignEvent('esign.completed', sent.value.esignRequestId))).toBe('signed');
    expect(await w.signed.execute(esignEvent('esign.completed', sent.value.esignRequestId))).toBe('duplicate');
    const detail = await w.detail.execute({ actor: head, brandId, loanId: w.loanId });
    if (!detail.ok) throw new Error('detail refused');
    expect(detail.value.loan.status).toBe('AGREEMENT_SIGNED');
    expect(detail.value.cam?.version).toBe(1);
    expect(detail.value.timeline.map((e) => [e.type, e.actorId ?? null])).toEqual([
      ['loan.appraised', 'u-credit'],
      ['loan.credit_approved', 'u-credit'],
      ['loan.sanctioned', 'u-manager'],
      ['loan.agreement_sent', 'u-manager'],
      ['loan.agreement_signed', null],
    ]);
  });

  it('refuses a sanction above the manager limit and to the recommender; the head sanctions it', async () => {
    const w = await world('250000');
    await toSanction(w);
    const over = await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId });
    expect(!over.ok && over.error).toMatchObject({ code: 'ACTION_NOT_PERMITTED', reason: 'SANCTION_LIMIT_EXCEEDED' });
    const maker = await w.sanction.execute({ actor: staff('u-credit', 'CREDIT_EXECUTIVE', 'SANCTION_HEAD'), brandId, loanId: w.loanId });
    expect(!maker.ok && maker.error).toMatchObject({ code: 'ACTION_NOT_PERMITTED', reason: 'MAKER_IS_CHECKER' });
    expect((await w.sanction.execute({ actor: head, brandId, loanId: w.loanId })).ok).toBe(true);
  });

  it('keeps the credit and sanction features apart, and hides the brand from outsiders', async () => {
    const w = await world();
    const cam = await w.appraise.execute({ actor: manager, brandId, loanId: w.loanId, salaryCredits: ['80000'], obligations: [] });
    expect(!cam.ok && cam.error.code).toBe('FORBIDDEN');
    await toSanction(w);
    expect(await w.sanction.execute({ actor: credit, brandId, loanId: w.loanId })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    const outsider: Actor = { kind: 'staff', userId: 'x', superAdmin: false, roles: [{ brandId: 'other', role: 'ADMIN' }] };
    expect(await w.detail.execute({ actor: outsider, brandId, loanId: w.loanId })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
  });

  it('rejects only with a reason of the brand, and records nothing for a refused step', async () => {
    const w = await world();
    await toSanction(w);
    const before = (await w.detail.execute({ actor: head, brandId, loanId: w.loanId })).ok;
    const bad = await w.reject.execute({ actor: head, brandId, loanId: w.loanId, reasonCode: 'NOT_A_REASON' });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'REJECTION_REASON_UNKNOWN' });
    const detail = await w.detail.execute({ actor: head, brandId, loanId: w.loanId });
    expect(before && detail.ok && detail.value.timeline.length).toBe(2);
    expect(await w.reject.execute({ actor: head, brandId, loanId: w.loanId, reasonCode: 'INCOME_UNVERIFIED' })).toEqual({ ok: true, value: { status: 'REJECTED' } });
  });

  it('keeps comments and rejects empty ones', async () => {
    const w = await world();
    expect(await w.comment.execute({ actor: credit, brandId, loanId: w.loanId, body: '  ' })).toEqual({ ok: false, error: { code: 'EMPTY_COMMENT' } });
    await w.comment.execute({ actor: credit, brandId, loanId: w.loanId, body: 'Salary slips match the bank credits.' });
    const detail = await w.detail.execute({ actor: manager, brandId, loanId: w.loanId });
    expect(detail.ok && detail.value.comments.map((c) => [c.authorId, c.body])).toEqual([['u-credit', 'Salary slips match the bank credits.']]);
  });

  it('gives the customer expiring links to their documents, and lets an expired request be sent again', async () => {
    const w = await world();
    await toSanction(w);
    await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId });
    const first = await w.send.execute({ actor: manager, brandId, loanId: w.loanId });
    if (!first.ok) throw new Error('send refused');
    const links = await w.documents.execute({ actor: customer, loanId: w.loanId });
    if (!links.ok) throw new Error('documents refused');
    expect(links.value.map((l) => l.kind)).toEqual(['KFS', 'AGREEMENT', 'ESIGN']);
    // The e-sign page is the provider's, open until the request expires (7 days here), not a stored document.
    expect(links.value[2]).toEqual({ kind: 'ESIGN', url: first.value.signingUrl, expiresAt: new Date(w.clock.now().getTime() + 7 * 86_400_000) });
    const url = links.value[0]!.url;
    expect(w.store.verifySignedUrl(url, w.clock.now())).toBe(first.value.kfsKey);
    expect(w.store.verifySignedUrl(url, new Date(w.clock.now().getTime() + 901_000))).toBeNull();
    const stranger: Actor = { kind: 'customer', customerId: 'someone', brandId };
    expect(await w.documents.execute({ actor: stranger, loanId: w.loanId })).toEqual({ ok: false, error: { code: 'LOAN_NOT_FOUND' } });
    expect(await w.signed.execute(esignEvent('esign.expired', first.value.esignRequestId, 'evt-x'))).toBe('expired');
    const again = await w.send.execute({ actor: manager, brandId, loanId: w.loanId });
    expect(again.ok && again.value.esignRequestId).toBe('DID-2');
    expect(await w.signed.execute(esignEvent('esign.completed', first.value.esignRequestId, 'evt-old'))).toBe('ignored');
  });

  it('lets the customer cancel within the cooling-off period only', async () => {
    const w = await world();
    await toSanction(w);
    await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId });
    w.clock.advance(30 * 86_400_000);
    const late = await w.cancel.execute({ actor: customer, loanId: w.loanId });
    expect(!late.ok && late.error).toMatchObject({ code: 'TRANSITION_REFUSED', reason: 'COOLING_OFF_OVER' });
    const w2 = await world();
    await toSanction(w2);
    await w2.sanction.execute({ actor: manager, brandId, loanId: w2.loanId });
    expect(await w2.cancel.execute({ actor: customer, loanId: w2.loanId })).toEqual({ ok: true, value: { status: 'CANCELLED' } });
  });

  it('refuses the sanction until the customer verified every KYC step the brand requires, writing nothing; the agreement names the verified borrower', async () => {
    const w = await world();
    await w.unitOfWork.run((r) => r.kyc.setKycSettings(brandId, { requiredSteps: ['PAN', 'BANK_ACCOUNT'], nameMatchThreshold: 80 }));
    await toSanction(w);
    expect(await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId })).toEqual({ ok: false, error: { code: 'KYC_INCOMPLETE', missingSteps: ['PAN', 'BANK_ACCOUNT'] } });
    const provider = new ScriptedKycProvider();
    const kycDeps = { unitOfWork: w.unitOfWork, clock: w.clock };
    await new VerifyPan({ ...kycDeps, pan: provider }).execute({ actor: customer, pan: 'ABCPE1234F', name: 'Asha Rao' });
    expect(await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId })).toEqual({ ok: false, error: { code: 'KYC_INCOMPLETE', missingSteps: ['BANK_ACCOUNT'] } });
    const detail = await w.detail.execute({ actor: head, brandId, loanId: w.loanId });
    expect(detail.ok && [detail.value.loan.status, detail.value.timeline.length]).toEqual(['CREDIT_APPROVED', 2]);
    await new VerifyBankAccount({ ...kycDeps, bankAccount: provider }).execute({ actor: customer, accountNumber: '50100012345678', ifsc: 'HDFC0001234' });
    expect(await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId })).toEqual({ ok: true, value: { status: 'SANCTIONED' } });
    expect((await w.send.execute({ actor: manager, brandId, loanId: w.loanId })).ok).toBe(true);
    expect(w.esign.requests[0]?.signer).toEqual({ name: 'ASHA RAO', phone: '+919812345678' });
  });

  it('an e-sign provider that gives no answer is PROVIDER_UNAVAILABLE: the loan stays sanctioned and the send can be tried again', async () => {
    const w = await world();
    await toSanction(w);
    await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId });
    const request = w.esign.requestSignature.bind(w.esign);
    w.esign.requestSignature = () => Promise.reject(new Error('connect ECONNREFUSED'));
    expect(await w.send.execute({ actor: manager, brandId, loanId: w.loanId })).toEqual({ ok: false, error: { code: 'PROVIDER_UNAVAILABLE', capability: 'ESIGN' } });
    const after = await w.detail.execute({ actor: manager, brandId, loanId: w.loanId });
    expect(after.ok && after.value.loan.status).toBe('SANCTIONED');
    w.esign.requestSignature = request;
    const retried = await w.send.execute({ actor: manager, brandId, loanId: w.loanId });
    expect(retried.ok && retried.value.esignRequestId).toBe('DID-1');
  });

  it('names the borrower by phone while no name is verified', async () => {
    const w = await world();
    await toSanction(w);
    await w.sanction.execute({ actor: manager, brandId, loanId: w.loanId });
    await w.send.execute({ actor: manager, brandId, loanId: w.loanId });
    expect(w.esign.requests[0]?.signer.name).toBe('+919812345678');
  });

  it('lets one of two concurrent sanctions through', async () => {
    const w = await world();
    await toSanction(w);
    const results = await Promise.all([w.sanction.execute({ actor: manager, brandId, loanId: w.loanId }), w.sanction.execute({ actor: head, brandId, loanId: w.loanId })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const detail = await w.detail.execute({ actor: head, brandId, loanId: w.loanId });
    expect(detail.ok && detail.value.timeline.filter((e) => e.type === 'loan.sanctioned')).toHaveLength(1);
  });
});
