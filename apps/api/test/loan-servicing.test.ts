import type { Clock } from '@los/application';
import { DEMO_PASSWORD, ids, lifecycleIds, loanServicingIds, seedLifecycleDefaults, servicingIds } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningApp, call, completeDemoKyc, signInCustomer, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

/** The app's clock, moved forward by the test to each due date. */
class TravellingClock implements Clock {
  private at = Date.now();
  now(): Date {
    return new Date(this.at);
  }
  /** Jumps to 11:30 India time on a business date, never backwards. */
  travelTo(date: string): void {
    this.at = Math.max(this.at, Date.parse(`${date}T06:00:00Z`));
  }
}

type Signed = { headers: Record<string, string>; rawBody: string };

/** A decimal string in paise, exactly. */
const paise = (a: string) => {
  const [whole = '0', fraction = ''] = a.split('.');
  return BigInt(whole + fraction.padEnd(2, '0'));
};

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`a loan's whole life over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const clock = new TravellingClock();
    const s: Record<string, string> = {};
    const login = async (email: string, password = DEMO_PASSWORD) => (await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password } })).body.accessToken as string;
    const webhook = (provider: string, signed: Signed) => running.app.request(`/api/v1/webhooks/${provider}`, { method: 'POST', headers: signed.headers, body: signed.rawBody });

    beforeAll(async () => {
      running = await startApp(environment, { clock });
      const c = running.base.container;
      await seedLifecycleDefaults(c.get(lifecycleIds.UnitOfWork), running.demoBrandId);
      const products = await c.get(ids.Repositories).brands.listProducts(running.demoBrandId);
      s['product'] = products.find((p) => p.code === 'personal-loan')!.id;
      for (const role of ['credit.executive', 'sanction.manager', 'sanction.head', 'admin', 'super.admin']) s[role] = await login(`${role}@demo.los.dev`);
      const second = await call(running.app, 'POST', '/api/v1/admin/staff', {
        token: s['super.admin'],
        body: { email: 'second.admin@demo.example', name: 'Second admin', password: 'a-long-password-2', roles: [{ brandId: running.demoBrandId, role: 'ADMIN' }] },
      });
      expect(second.status).toBe(201);
      s['admin2'] = await login('second.admin@demo.example', 'a-long-password-2');
    }, 120_000);
    afterAll(async () => running?.stop());

    it('applies, is decided, appraised, sanctioned at two levels, signed, disbursed, repaid three times, foreclosed, closed with an NOC, and the ledger balances at zero', async () => {
      const app = running.app;
      const partner = `/api/v1/partner/brand/${running.demoBrandId}`;
      const phone = '+919833000777';
      const token = await signInCustomer(running, phone);
      await completeDemoKyc(app, token);

      const applied = await call(app, 'POST', '/api/v1/web/loans', { token, body: { productId: s['product'], amount: { amount: '150000.00', currency: 'INR' }, tenure: 12 } });
      expect(applied.status).toBe(201);
      const loanId = applied.body.id as string;
      const mine = await call(app, 'GET', '/api/v1/web/loans?limit=10', { token });
      expect([mine.status, mine.body.total, mine.body.items[0]?.id]).toEqual([200, 1, loanId]);
      const stranger = await signInCustomer(running, '+919833000778');
      expect((await call(app, 'GET', '/api/v1/web/loans', { token: stranger })).body.total).toBe(0);
      const loanPath = `${partner}/loans/${loanId}`;
      const reaches = async (status: string) => {
        let detail: any;
        await vi.waitFor(
          async () => {
            detail = (await call(app, 'GET', loanPath, { token: s['admin'] })).body;
            expect(detail.loan.status).toBe(status);
          },
          { timeout: 20_000, interval: 50 },
        );
        return detail;
      };
      await reaches('UNDER_REVIEW');

      // Underwriting and a sanction above the manager's limit: the head signs it off.
      const cam = await call(app, 'PUT', `${loanPath}/cam`, { token: s['credit.executive'], body: { salaryCredits: ['150000.00', '152000.00', '149000.00'], obligations: ['12000.00'] } });
      expect(cam.status).toBe(200);
      expect((await call(app, 'POST', `${loanPath}/recommend`, { token: s['credit.executive'] })).body).toEqual({ status: 'CREDIT_APPROVED' });
      const byManager = await call(app, 'POST', `${loanPath}/sanction`, { token: s['sanction.manager'] });
      expect([byManager.status, byManager.body.details?.reason]).toEqual([403, 'SANCTION_LIMIT_EXCEEDED']);
      expect((await call(app, 'POST', `${loanPath}/sanction`, { token: s['sanction.head'] })).body).toEqual({ status: 'SANCTIONED' });

      // The KFS and agreement go out on sanction; the signer's webhook marks the agreement signed.
      const sent = await reaches('AGREEMENT_SENT');
      const signing = (await call(app, 'GET', `/api/v1/web/loans/${loanId}/documents`, { token })).body.items.find((d: { kind: string }) => d.kind === 'ESIGN');
      expect(signing.url).toContain(sent.loan.esignRequestId);
      const esign = running.base.container.get(servicingIds.ESignProvider) as unknown as { simulateSigning(id: string): Signed };
      expect((await webhook('sandbox-esign', esign.simulateSigning(sent.loan.esignRequestId))).status).toBe(200);
      await reaches('AGREEMENT_SIGNED');

      // Disbursal by loan ops to the verified account; the payout settles on reconciliation.
      expect((await call(app, 'POST', `${loanPath}/disbursal`, { token: s['credit.executive'] })).status).toBe(403);
      const disbursal = await call(app, 'POST', `${loanPath}/disbursal`, { token: s['admin'] });
      expect(disbursal.status).toBe(200);
      expect(disbursal.body).toMatchObject({ outcome: 'PENDING', status: 'DISBURSAL_PENDING' });
      const servicing = running.base.container.get(loanServicingIds.UseCases);
      await servicing.disburseLoan.reconcile(running.demoBrandId, loanId);
      const active = await reaches('ACTIVE');
      expect(active.loan.disbursal?.utr ?? active.timeline.find((e: any) => e.type === 'loan.disbursed')?.details.utr).toMatch(/^SBXN/);

      const schedule = async () => {
        const r = await call(app, 'GET', `/api/v1/web/loans/${loanId}/schedule`, { token });
        expect(r.status).toBe(200);
        return r.body;
      };
      const fixed = await schedule();
      expect(fixed).toMatchObject({ outstanding: '150000.00', daysPastDue: 0 });
      expect(fixed.instalments).toHaveLength(12);

      // Three instalments paid on their due dates through gateway callbacks; the second is delivered twice.
      const sandbox = running.base.container.get(servicingIds.PaymentGateway) as unknown as { simulatePayment(linkId: string): Signed };
      const payLink = async (purpose: 'REPAYMENT' | 'FORECLOSURE') => {
        const link = await call(app, 'POST', `/api/v1/web/loans/${loanId}/payment-link`, { token, body: { purpose } });
        expect(link.status).toBe(201);
        return { ...link.body, callback: sandbox.simulatePayment((link.body.url as string).split('/').at(-1)!) };
      };
      for (const n of [0, 1, 2]) {
        clock.travelTo(fixed.instalments[n].dueDate);
        const link = await payLink('REPAYMENT');
        expect(link.amount.amount).toBe(fixed.instalments[n].amount);
        expect((await webhook('sandbox-payments', link.callback)).status).toBe(200);
        if (n === 1) expect((await webhook('sandbox-payments', link.callback)).status).toBe(200);
        await vi.waitFor(async () => expect((await schedule()).instalments[n].status).toBe('PAID'), { timeout: 20_000, interval: 50 });
      }
      const afterThree = await schedule();
      expect(afterThree.instalments.map((i: { status: string }) => i.status).slice(0, 4)).toEqual(['PAID', 'PAID', 'PAID', 'UPCOMING']);
      expect(afterThree.excessHeld).toBe('0.00');
      const payments = await call(app, 'GET', `${partner}/payments?loanId=${loanId}`, { token: s['admin'] });
      expect(payments.body.items).toHaveLength(3);
      const paid = payments.body.items.map((p: { amount: { amount: string } }) => p.amount.amount);
      expect(paid.map(paise)).toEqual(fixed.instalments.slice(0, 3).map((i: { amount: string }) => paise(i.amount)));

      // A bank transfer entered by loan ops waits for a second person; approved, it is held as excess (nothing is due).
      const manual = await call(app, 'POST', `${loanPath}/payments`, { token: s['admin'], body: { amount: '500.00', utr: 'HDFCN52027030100', receivedOn: fixed.instalments[2].dueDate } });
      expect(manual.status).toBe(201);
      expect((await call(app, 'POST', `${loanPath}/payments`, { token: s['admin2'], body: { amount: '500.00', utr: 'HDFCN52027030100', receivedOn: fixed.instalments[2].dueDate } })).status).toBe(409);
      const byMaker = await call(app, 'POST', `${partner}/payments/${manual.body.id}/approve`, { token: s['admin'], body: {} });
      expect([byMaker.status, byMaker.body.error]).toEqual([403, 'MAKER_IS_CHECKER']);
      const queue = await call(app, 'GET', `${partner}/payments?status=PENDING_APPROVAL`, { token: s['admin'] });
      expect(queue.body.items.map((p: { id: string }) => p.id)).toEqual([manual.body.id]);
      const approved = await call(app, 'POST', `${partner}/payments/${manual.body.id}/approve`, { token: s['admin2'], body: { note: 'on the bank statement' } });
      expect(approved.body).toMatchObject({ status: 'POSTED' });
      expect((await schedule()).excessHeld).toBe('500.00');
      // The transfer bounces: loan ops reverse it and the excess it created is gone again.
      expect((await call(app, 'POST', `${partner}/payments/${manual.body.id}/bounce`, { token: s['admin'], body: {} })).status).toBe(400);
      const bounced = await call(app, 'POST', `${partner}/payments/${manual.body.id}/bounce`, { token: s['admin'], body: { reason: 'returned unpaid by the bank' } });
      expect([bounced.status, bounced.body.status]).toEqual([200, 'BOUNCED']);
      expect((await schedule()).excessHeld).toBe('0.00');
      const waiver = await call(app, 'POST', `${loanPath}/waivers`, { token: s['admin'], body: { bucket: 'PENAL', amount: '10.00', reason: 'nothing to waive' } });
      expect([waiver.status, waiver.body.error]).toEqual([422, 'WAIVER_EXCEEDS_BALANCE']);

      // Foreclosure ten days after the third instalment, paid on the quote; the loan closes and its NOC is issued.
      const third = fixed.instalments[2].dueDate as string;
      clock.travelTo(new Date(Date.parse(`${third}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10));
      const quote = await call(app, 'GET', `/api/v1/web/loans/${loanId}/foreclosure-quote`, { token });
      expect(quote.status).toBe(200);
      const repaid = fixed.instalments.slice(0, 3).reduce((sum: bigint, i: { principal: string }) => sum + paise(i.principal), 0n);
      expect(paise(quote.body.outstandingPrincipal)).toBe(paise('150000.00') - repaid);
      expect(paise(quote.body.accruedInterest)).toBeGreaterThan(0n);
      expect(quote.body.excessHeld).toBe('0.00');
      const foreclosure = await payLink('FORECLOSURE');
      expect(foreclosure.amount.amount).toBe(quote.body.totalPayable);
      expect((await webhook('sandbox-payments', foreclosure.callback)).status).toBe(200);
      const closed = await reaches('CLOSED');
      await vi.waitFor(
        async () => {
          const docs = await call(app, 'GET', `/api/v1/web/loans/${loanId}/documents`, { token });
          expect(docs.body.items.map((d: { kind: string }) => d.kind)).toContain('NOC');
        },
        { timeout: 20_000, interval: 50 },
      );
      await vi.waitFor(() => expect(running.base.infrastructure.sandboxSender?.lastTo(phone)?.text ?? '').toMatch(/is closed\. Your no-objection certificate/), { timeout: 20_000, interval: 50 });

      // The ledger: every entry balances, nothing is owed and nothing is held.
      const ledger = await call(app, 'GET', `${loanPath}/ledger`, { token: s['admin'] });
      expect(ledger.status).toBe(200);
      expect(ledger.body.balances).toEqual({ principal: '0.00', interest: '0.00', fees: '0.00', penal: '0.00', excess: '0.00' });
      for (const entry of ledger.body.entries as { lines: { side: string; amount: string }[] }[]) {
        const sum = (side: string) => entry.lines.filter((l) => l.side === side).reduce((a, l) => a + paise(l.amount), 0n);
        expect(sum('DEBIT')).toBe(sum('CREDIT'));
      }
      // Three instalments, the manual transfer (then reversed), the foreclosure payment.
      const kinds = ledger.body.entries.map((e: { kind: string }) => e.kind);
      expect(kinds.filter((k: string) => k === 'REPAYMENT')).toHaveLength(5);
      expect(kinds.filter((k: string) => k === 'REVERSAL')).toHaveLength(1);

      // Every transition is on the timeline, in order, the worker's decision included, and each commit in the audit log.
      const types = (await call(app, 'GET', loanPath, { token: s['admin'] })).body.timeline.map((e: { type: string }) => e.type);
      const milestones = ['loan.under_review', 'loan.credit_approved', 'loan.sanctioned', 'loan.agreement_signed', 'loan.disbursal_requested', 'loan.disbursed', 'loan.repayment_recorded', 'loan.payment_reversed', 'loan.closed', 'loan.noc_issued'];
      expect(types.filter((t: string) => milestones.includes(t))).toEqual([
        'loan.under_review', 'loan.credit_approved', 'loan.sanctioned', 'loan.agreement_signed', 'loan.disbursal_requested', 'loan.disbursed',
        'loan.repayment_recorded', 'loan.repayment_recorded', 'loan.repayment_recorded', 'loan.repayment_recorded', 'loan.payment_reversed', 'loan.repayment_recorded', 'loan.closed', 'loan.noc_issued',
      ]);
      expect(closed.loan.status).toBe('CLOSED');
      const audit = await call(app, 'GET', `${partner}/audit?entityId=${loanId}&limit=100`, { token: s['admin'] });
      const actions = audit.body.items.map((e: { action: string }) => e.action).join(',');
      for (const step of milestones) expect(actions).toContain(step);

      // The completed loans and a search by the customer's phone find it; another phone finds nothing.
      const list = async (query: string) => (await call(app, 'GET', `${partner}/loans?${query}`, { token: s['admin'] })).body;
      expect((await list('completed=true')).items.map((l: { id: string }) => l.id)).toContain(loanId);
      expect((await list(`completed=true&phone=${encodeURIComponent(phone)}`)).items.map((l: { id: string }) => l.id)).toEqual([loanId]);
      expect((await list(`phone=${encodeURIComponent('+919800000999')}`)).total).toBe(0);
      expect((await call(app, 'GET', `${partner}/loans?phone=12345`, { token: s['admin'] })).status).toBe(400);
    });
  });
}
