import { Money, localDate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../ports/event-message.js';
import type { PaymentLink, PaymentLinkRequest } from '../../ports/payment-gateway.js';
import type { PayoutProvider, PayoutRequest, PayoutStatus } from '../../ports/payout-provider.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';
import { brandId, customerId, lifecycleWorld, staff } from '../lifecycle/lifecycle-world.fixture.js';
import { DisburseLoan } from './disburse-loan.js';
import { GetLoanSchedule } from './get-loan-schedule.js';
import { DecideManualPayment, EnterManualPayment } from './manual-payments.js';
import { CreatePaymentLink, QuoteForeclosure } from './payment-links.js';
import { GrantWaiver, ReverseBouncedPayment } from './ledger-adjustments.js';
import { ReconcileDisbursals } from './reconcile-disbursals.js';
import { RecordGatewayPayment } from './record-gateway-payment.js';
import { DEFAULT_SERVICING_POLICY } from './servicing-policy.js';

/** A payout provider that answers PENDING, then what the test scripts when asked again. */
class ScriptedPayouts implements PayoutProvider {
  readonly requests: PayoutRequest[] = [];
  next: PayoutStatus['state'] = 'SETTLED';
  async disburse(request: PayoutRequest): Promise<PayoutStatus> {
    this.requests.push(request);
    return { state: 'PENDING', providerPayoutId: `pout-${this.requests.length}` };
  }
  async status(providerPayoutId: string): Promise<PayoutStatus> {
    if (this.next === 'FAILED') return { state: 'FAILED', providerPayoutId, reason: 'ACCOUNT_CLOSED', detail: 'closed' };
    return this.next === 'SETTLED' ? { state: 'SETTLED', providerPayoutId, utr: `UTR${providerPayoutId.replace(/\D/g, '').padStart(9, '0')}` } : { state: 'PENDING', providerPayoutId };
  }
}

const admin = staff('u-admin', 'ADMIN');
const admin2 = staff('u-admin-2', 'ADMIN');
const customer = { kind: 'customer' as const, customerId, brandId };

async function signedWorld(withAccount = true) {
  const world = await lifecycleWorld();
  const { unitOfWork, clock, ids, loanId } = world;
  await unitOfWork.run(async (repos) => {
    const loan = (await repos.loans.findById(brandId, loanId))!;
    const at = clock.now();
    loan.saveAppraisal({ version: 1 }, { userId: 'c', roles: ['CREDIT_EXECUTIVE'] }, at);
    loan.recommend({ userId: 'c', roles: ['CREDIT_EXECUTIVE'] }, at);
    loan.sanction({ userId: 'm', roles: ['SANCTION_MANAGER'] }, await repos.lifecycle.sanctionLimits(brandId), at);
    loan.sendAgreement({ kfsKey: 'k', agreementKey: 'a', esignRequestId: 'e' }, at);
    loan.markSigned(at);
    await commitLoan(repos, loan, ids, undefined);
    if (withAccount) {
      await repos.kyc.save({
        brandId, customerId, verifiedName: 'ASHA RAO', pan: null, aadhaar: null, employment: null, version: 0,
        bankAccount: { status: 'VERIFIED', result: 'VERIFIED', checkedAt: at, accountNumber: '50100012345678', ifsc: 'HDFC0001234', holderName: 'ASHA RAO', nameMatchScore: 100, providerReference: 'pd-1', verifiedAt: at },
      });
    }
  });
  const payouts = new ScriptedPayouts();
  const deps = { unitOfWork, ids, clock, timeZone: 'Asia/Kolkata', policy: DEFAULT_SERVICING_POLICY };
  const disburse = new DisburseLoan({ ...deps, payouts });
  const reconcile = new ReconcileDisbursals({ loans: world.repositories.loans, disburseLoan: disburse });
  const links: PaymentLinkRequest[] = [];
  const gateway = { provider: 'test-gateway', parseWebhook: () => ({ ok: false as const, reason: 'MALFORMED' as const }), createPaymentLink: async (r: PaymentLinkRequest): Promise<PaymentLink> => (links.push(r), { providerLinkId: `plink-${links.length}`, url: `https://pay/${links.length}`, reference: r.reference }) };
  const received = new RecordGatewayPayment(deps).subscription();
  let n = 0;
  const pay = (amount: string, paymentId: string, reference?: string, eventId = `evt-${(n += 1)}`) => {
    const message: EventMessage = {
      id: eventId, type: 'payment.received', aggregateType: 'loan', aggregateId: loanId, brandId, occurredAt: clock.now().toISOString(),
      payload: { amount: { amount, currency: 'INR' }, providerPaymentId: paymentId, provider: 'test-gateway', ...(reference ? { reference } : {}) },
    };
    return received.handle(message, { attempt: 1 } as never);
  };
  const loan = () => world.repositories.loans.findById(brandId, loanId).then((l) => l!.toSnapshot());
  const schedule = new GetLoanSchedule(deps);
  return { ...world, payouts, disburse, reconcile, gateway, links, pay, loan, schedule, deps };
}

describe('disbursal', () => {
  it('pays only a verified account, through loan ops, and fixes the schedule and the ledger when the payout settles', async () => {
    const w = await signedWorld();
    expect(await w.disburse.execute({ actor: staff('u-credit', 'CREDIT_EXECUTIVE'), brandId, loanId: w.loanId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const started = await w.disburse.execute({ actor: admin, brandId, loanId: w.loanId });
    expect(started).toMatchObject({ ok: true, value: { outcome: 'PENDING', status: 'DISBURSAL_PENDING' } });
    // 50000 less the 500 fee and 18% GST on it.
    expect(w.payouts.requests[0]).toMatchObject({ amount: Money.of('49410'), account: { accountNumber: '50100012345678' } });
    w.clock.set('2026-11-24T06:00:00Z');
    expect(await w.reconcile.execute()).toEqual({ pending: 0, disbursed: 1, failed: 0, errors: 0 });
    expect(await w.loan()).toMatchObject({ status: 'ACTIVE', disbursal: { utr: 'UTR000000001', disbursedOn: '2026-11-24' } });
    const view = await w.schedule.execute({ actor: customer, loanId: w.loanId });
    expect(view.ok && view.value).toMatchObject({ disbursedOn: '2026-11-24', netDisbursed: '49410.00', outstanding: '50000.00', daysPastDue: 0 });
    expect(await w.reconcile.execute()).toEqual({ pending: 0, disbursed: 0, failed: 0, errors: 0 });
  });

  it('refuses without a verified bank account and returns a failed payout to loan ops with its reason', async () => {
    const none = await signedWorld(false);
    expect(await none.disburse.execute({ actor: admin, brandId, loanId: none.loanId })).toMatchObject({ ok: false, error: { code: 'BANK_ACCOUNT_NOT_VERIFIED' } });
    expect((await none.loan()).status).toBe('AGREEMENT_SIGNED');
    const w = await signedWorld();
    await w.disburse.execute({ actor: admin, brandId, loanId: w.loanId });
    w.payouts.next = 'FAILED';
    expect(await w.reconcile.execute()).toMatchObject({ failed: 1 });
    expect((await w.loan()).status).toBe('AGREEMENT_SIGNED');
    const timeline = await w.unitOfWork.run((r) => r.lifecycle.timeline(brandId, w.loanId));
    expect(timeline.at(-1)).toMatchObject({ type: 'loan.disbursal_failed', details: { reason: 'ACCOUNT_CLOSED' } });
    w.payouts.next = 'SETTLED';
    await w.disburse.execute({ actor: admin, brandId, loanId: w.loanId });
    expect(w.payouts.requests.map((r) => r.idempotencyKey)).toHaveLength(2);
    expect(new Set(w.payouts.requests.map((r) => r.idempotencyKey)).size).toBe(2);
  });
});

describe('repayments and closure', () => {
  async function activeWorld() {
    const w = await signedWorld();
    await w.disburse.execute({ actor: admin, brandId, loanId: w.loanId });
    await w.reconcile.execute();
    return w;
  }

  it('books a gateway payment once however often it is delivered, filling the instalment due', async () => {
    const w = await activeWorld();
    const sched = await w.schedule.execute({ actor: customer, loanId: w.loanId });
    const first = sched.ok ? sched.value.instalments[0]! : undefined;
    w.clock.set(`${first!.dueDate}T06:00:00Z`);
    await w.pay(first!.amount, 'pay_1', undefined, 'evt-a');
    await w.pay(first!.amount, 'pay_1', undefined, 'evt-a');
    await w.pay(first!.amount, 'pay_1', undefined, 'evt-b');
    const after = await w.schedule.execute({ actor: customer, loanId: w.loanId });
    expect(after.ok && after.value.instalments.slice(0, 2).map((i) => i.status)).toEqual(['PAID', 'UPCOMING']);
    expect(after.ok && after.value.excessHeld).toBe('0.00');
    const payments = await w.unitOfWork.run((r) => r.servicing.listPayments(brandId, { loanId: w.loanId }));
    expect(payments).toHaveLength(1);
  });

  it('posts a manual payment only when a second person approves it', async () => {
    const w = await activeWorld();
    const enter = new EnterManualPayment(w.deps);
    w.clock.set('2026-11-25T06:00:00Z');
    expect(await enter.execute({ actor: admin, brandId, loanId: w.loanId, amount: Money.of('1000'), utr: 'UTRFUTURE01', receivedOn: localDate('2026-11-26') })).toMatchObject({ ok: false, error: { code: 'RECEIVED_IN_FUTURE' } });
    expect(await enter.execute({ actor: admin, brandId, loanId: w.loanId, amount: Money.of('1000', 'USD'), utr: 'UTRUSD0001', receivedOn: localDate('2026-11-25') })).toMatchObject({ ok: false, error: { code: 'CURRENCY_MISMATCH' } });
    const decide = new DecideManualPayment(w.deps);
    const entered = await enter.execute({ actor: admin, brandId, loanId: w.loanId, amount: Money.of('1000'), utr: 'HDFCN52026112400001', receivedOn: localDate('2026-11-25') });
    expect(entered.ok).toBe(true);
    expect(await enter.execute({ actor: admin2, brandId, loanId: w.loanId, amount: Money.of('1000'), utr: 'HDFCN52026112400001', receivedOn: localDate('2026-11-25') })).toMatchObject({ ok: false, error: { code: 'DUPLICATE_UTR' } });
    const id = entered.ok ? entered.value.id : '';
    expect(await decide.execute({ actor: admin, brandId, paymentId: id, decision: 'APPROVE' })).toMatchObject({ ok: false, error: { code: 'MAKER_IS_CHECKER' } });
    expect(await w.unitOfWork.run((r) => r.ledger.entriesOfLoan(brandId, w.loanId))).toHaveLength(1);
    const approved = await decide.execute({ actor: admin2, brandId, paymentId: id, decision: 'APPROVE' });
    expect(approved).toMatchObject({ ok: true, value: { status: 'POSTED', decidedBy: 'u-admin-2' } });
    const balances = await w.unitOfWork.run((r) => r.ledger.balancesOfLoan(brandId, w.loanId));
    expect(balances.excess.toFixed()).toBe('1000.00');
    expect(await decide.execute({ actor: admin2, brandId, paymentId: id, decision: 'REJECT' })).toMatchObject({ ok: false, error: { code: 'PAYMENT_ALREADY_DECIDED' } });
  });

  it('a payment link no gateway answers for is PROVIDER_UNAVAILABLE and records no link', async () => {
    const w = await activeWorld();
    const down = { ...w.gateway, provider: w.gateway.provider, createPaymentLink: () => Promise.reject(new Error('connect ETIMEDOUT')) };
    const linker = new CreatePaymentLink({ ...w.deps, gateway: down });
    expect(await linker.execute({ actor: customer, loanId: w.loanId, purpose: 'REPAYMENT' })).toEqual({ ok: false, error: { code: 'PROVIDER_UNAVAILABLE', capability: 'PAYMENT_LINKS' } });
    const working = await new CreatePaymentLink({ ...w.deps, gateway: w.gateway }).execute({ actor: customer, loanId: w.loanId, purpose: 'REPAYMENT' });
    expect(working.ok).toBe(true);
    // Only the working gateway's link was remembered: a callback for it lands with its purpose.
    expect(working.ok && (await w.unitOfWork.run((r) => r.servicing.findPaymentLink(brandId, working.value.reference)))).toMatchObject({ purpose: 'REPAYMENT' });
  });

  it('closes the loan when its foreclosure quote is paid, leaving every receivable at zero', async () => {
    const w = await activeWorld();
    w.clock.set('2027-01-10T06:00:00Z');
    const linker = new CreatePaymentLink({ ...w.deps, gateway: w.gateway });
    const link = await linker.execute({ actor: customer, loanId: w.loanId, purpose: 'FORECLOSURE' });
    expect(link.ok).toBe(true);
    const quote = await new QuoteForeclosure({ ...w.deps, gateway: w.gateway }).execute({ actor: customer, loanId: w.loanId });
    expect(link.ok && quote.ok && link.value.amount.amount).toBe(quote.ok ? quote.value.totalPayable : '');
    // Paying less than the quote is an ordinary repayment; the quote itself closes the loan.
    await w.pay('100.00', 'pay_short', link.ok ? link.value.reference : undefined);
    expect((await w.loan()).status).not.toBe('CLOSED');
    const requote = await new QuoteForeclosure({ ...w.deps, gateway: w.gateway }).execute({ actor: customer, loanId: w.loanId });
    await w.pay(requote.ok ? requote.value.totalPayable : '0', 'pay_fc', link.ok ? link.value.reference : undefined);
    expect(await w.loan()).toMatchObject({ status: 'CLOSED', closure: 'FORECLOSED' });
    const b = await w.unitOfWork.run((r) => r.ledger.balancesOfLoan(brandId, w.loanId));
    expect([b.principal, b.interest, b.fees, b.penal, b.excess].map((m) => m.toFixed())).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00']);
    const events = await w.unitOfWork.run((r) => r.lifecycle.timeline(brandId, w.loanId));
    expect(events.map((e) => e.type)).toContain('loan.closed');
  });
});

describe('waivers and bounced payments', () => {
  async function paidFirstInstalment() {
    const w = await signedWorld();
    await w.disburse.execute({ actor: admin, brandId, loanId: w.loanId });
    await w.reconcile.execute();
    const sched = await w.schedule.execute({ actor: customer, loanId: w.loanId });
    const first = sched.ok ? sched.value.instalments[0]! : undefined;
    w.clock.set(`${first!.dueDate}T06:00:00Z`);
    await w.pay(first!.amount, 'pay_1');
    return { w, first: first! };
  }

  it('reverses a bounced payment: the instalment is owed again, the loan falls overdue, and the payment cannot bounce twice', async () => {
    const { w, first } = await paidFirstInstalment();
    const deps = { ...w.deps, policy: { ...DEFAULT_SERVICING_POLICY, bounceCharge: Money.of('500') } };
    const [payment] = await w.unitOfWork.run((r) => r.servicing.listPayments(brandId, { loanId: w.loanId }));
    w.clock.set(new Date(Date.parse(`${first.dueDate}T06:00:00Z`) + 3 * 86_400_000));
    const reverse = new ReverseBouncedPayment(deps);
    expect(await reverse.execute({ actor: staff('u-credit', 'CREDIT_EXECUTIVE'), brandId, paymentId: payment!.id, reason: 'NACH return' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const reversed = await reverse.execute({ actor: admin, brandId, paymentId: payment!.id, reason: 'NACH return: insufficient funds' });
    expect(reversed).toMatchObject({ ok: true, value: { status: 'BOUNCED' } });
    const view = await w.schedule.execute({ actor: customer, loanId: w.loanId });
    expect(view.ok && view.value.instalments[0]!.status).toBe('OVERDUE');
    expect(view.ok && view.value.daysPastDue).toBe(3);
    expect((await w.loan()).status).toBe('OVERDUE');
    const b = await w.unitOfWork.run((r) => r.ledger.balancesOfLoan(brandId, w.loanId));
    expect(b.fees.toFixed()).toBe('590.00');
    expect(await reverse.execute({ actor: admin, brandId, paymentId: payment!.id, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'PAYMENT_NOT_POSTED' } });
  });

  it('waives part of a charge with its GST given back, never more than is owed', async () => {
    const { w } = await paidFirstInstalment();
    const deps = { ...w.deps, policy: { ...DEFAULT_SERVICING_POLICY, bounceCharge: Money.of('500') } };
    const [payment] = await w.unitOfWork.run((r) => r.servicing.listPayments(brandId, { loanId: w.loanId }));
    await new ReverseBouncedPayment(deps).execute({ actor: admin, brandId, paymentId: payment!.id, reason: 'cheque returned' });
    const waive = new GrantWaiver(deps);
    expect(await waive.execute({ actor: admin, brandId, loanId: w.loanId, bucket: 'FEES', amount: Money.of('600'), reason: 'goodwill' })).toMatchObject({ ok: false, error: { code: 'WAIVER_EXCEEDS_BALANCE' } });
    expect(await waive.execute({ actor: admin, brandId, loanId: w.loanId, bucket: 'FEES', amount: Money.of('590'), reason: 'first bounce waived' })).toMatchObject({ ok: true });
    const entries = await w.unitOfWork.run((r) => r.ledger.entriesOfLoan(brandId, w.loanId));
    const waiver = entries.find((e) => e.kind === 'WAIVER')!;
    expect(waiver.lines.map((l) => [l.account, l.side, l.amount.toFixed()])).toEqual([
      ['FEE_INCOME', 'DEBIT', '500.00'],
      ['GST_PAYABLE', 'DEBIT', '90.00'],
      ['FEE_RECEIVABLE', 'CREDIT', '590.00'],
    ]);
    const timeline = await w.unitOfWork.run((r) => r.lifecycle.timeline(brandId, w.loanId));
    expect(timeline.map((t) => t.type)).toEqual(expect.arrayContaining(['loan.payment_reversed', 'loan.waiver_granted']));
  });
});
