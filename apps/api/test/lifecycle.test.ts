import { DEMO_PASSWORD, ids, lifecycleIds, seedLifecycleDefaults, servicingIds } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningApp, call, completeDemoKyc, signInCustomer, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

const password = 'a-long-password-1';

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`loan lifecycle over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const s: Record<string, string> = {};
    let phone = 919_822_000_101;
    const base = () => `/api/v1/partner/brand/${running.demoBrandId}/loans`;
    const login = async (email: string, pass = DEMO_PASSWORD) => (await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password: pass } })).body.accessToken as string;
    /** A demo brand customer with the KYC the brand requires before sanction. */
    const customer = async () => {
      const token = await signInCustomer(running, `+${phone++}`);
      await completeDemoKyc(running.app, token);
      return token;
    };
    /** A personal loan applied for and screened to UNDER_REVIEW (no rule set decides that product). */
    const underReview = async (amount: string) => {
      const token = await customer();
      const applied = await call(running.app, 'POST', '/api/v1/web/loans', { token, body: { productId: s['personalLoan'], amount: { amount, currency: 'INR' }, tenure: 12 } });
      expect(applied.status).toBe(201);
      const loanId = applied.body.id as string;
      await vi.waitFor(
        async () => expect((await call(running.app, 'GET', `/api/v1/web/loans/${loanId}`, { token })).body.status).toBe('UNDER_REVIEW'),
        { timeout: 15_000, interval: 50 },
      );
      return { token, loanId };
    };
    const post = (path: string, token: string, body?: unknown) => call(running.app, 'POST', path, { token, ...(body === undefined ? {} : { body }) });
    const recommended = async (amount: string, by = s['credit']!) => {
      const loan = await underReview(amount);
      const cam = await call(running.app, 'PUT', `${base()}/${loan.loanId}/cam`, { token: by, body: { salaryCredits: ['150000.00', '152000.00', '149000.00'], obligations: ['12000.00'] } });
      expect(cam.status).toBe(200);
      expect((await post(`${base()}/${loan.loanId}/recommend`, by)).status).toBe(200);
      return loan;
    };

    beforeAll(async () => {
      running = await startApp(environment);
      const c = running.base.container;
      await seedLifecycleDefaults(c.get(lifecycleIds.UnitOfWork), running.demoBrandId);
      const products = await c.get(ids.Repositories).brands.listProducts(running.demoBrandId);
      s['personalLoan'] = products.find((p) => p.code === 'personal-loan')!.id;
      s['credit'] = await login('credit.executive@demo.los.dev');
      s['manager'] = await login('sanction.manager@demo.los.dev');
      s['head'] = await login('sanction.head@demo.los.dev');
      const root = await login('super.admin@demo.los.dev');
      const both = await call(running.app, 'POST', '/api/v1/admin/staff', {
        token: root,
        body: { email: 'maker.checker@demo.example', name: 'Both roles', password, roles: [{ brandId: running.demoBrandId, role: 'CREDIT_EXECUTIVE' }, { brandId: running.demoBrandId, role: 'SANCTION_HEAD' }] },
      });
      expect(both.status).toBe(201);
      s['both'] = await login('maker.checker@demo.example', password);
    }, 120_000);
    afterAll(async () => running?.stop());

    it('takes a loan from review to a signed agreement, with the KFS and agreement downloadable by signed link and every step on the timeline', async () => {
      const { token, loanId } = await underReview('80000.00');
      expect((await post(`${base()}/${loanId}/recommend`, s['credit']!)).body).toMatchObject({ error: 'TRANSITION_REFUSED', details: { reason: 'CAM_REQUIRED' } });
      expect((await call(running.app, 'PUT', `${base()}/${loanId}/cam`, { token: s['manager'], body: { salaryCredits: ['150000.00'] } })).status).toBe(403);
      const cam = await call(running.app, 'PUT', `${base()}/${loanId}/cam`, { token: s['credit'], body: { salaryCredits: ['150000.00', '152000.00', '149000.00'], obligations: ['12000.00'] } });
      expect(cam.status).toBe(200);
      expect(cam.body).toMatchObject({ version: 1, appraisal: { averageSalary: '150333.33', totalObligations: '12000.00' } });
      expect((await call(running.app, 'GET', `${base()}/${loanId}/cam`, { token: s['credit'] })).body.version).toBe(1);
      expect((await post(`${base()}/${loanId}/recommend`, s['credit']!)).body).toEqual({ status: 'CREDIT_APPROVED' });
      expect((await post(`${base()}/${loanId}/comments`, s['manager']!, { body: 'Bank credits match the salary slips.' })).status).toBe(201);
      expect((await post(`${base()}/${loanId}/sanction`, s['credit']!)).status).toBe(403);
      expect((await post(`${base()}/${loanId}/sanction`, s['manager']!)).body).toEqual({ status: 'SANCTIONED' });

      // The worker sends the agreement on sanction; the sandbox signer declines it, and staff send it again on demand.
      const esign = running.base.container.get(servicingIds.ESignProvider) as unknown as { simulateSigning(id: string, outcome?: 'sign' | 'decline'): { headers: Record<string, string>; rawBody: string } };
      const webhook = (callback: { headers: Record<string, string>; rawBody: string }) =>
        running.app.request('/api/v1/webhooks/sandbox-esign', { method: 'POST', headers: callback.headers, body: callback.rawBody });
      const reaches = async (status: string) => {
        let detail: any;
        await vi.waitFor(
          async () => {
            detail = (await call(running.app, 'GET', `${base()}/${loanId}`, { token: s['head'] })).body;
            expect(detail.loan.status).toBe(status);
          },
          { timeout: 15_000, interval: 50 },
        );
        return detail;
      };
      const first = await reaches('AGREEMENT_SENT');
      expect((await post(`${base()}/${loanId}/agreement/send`, s['manager']!)).status).toBe(409);
      expect((await webhook(esign.simulateSigning(first.loan.esignRequestId, 'decline'))).status).toBe(200);
      await reaches('SANCTIONED');
      const sent = await post(`${base()}/${loanId}/agreement/send`, s['manager']!);
      expect(sent.status).toBe(200);
      expect(sent.body.esignRequestId).not.toBe(first.loan.esignRequestId);

      const documents = await call(running.app, 'GET', `/api/v1/web/loans/${loanId}/documents`, { token });
      expect(documents.status).toBe(200);
      expect(documents.body.items.map((d: { kind: string }) => d.kind)).toEqual(['KFS', 'AGREEMENT', 'ESIGN']);
      // The borrower signs on the provider's page for the request now open.
      expect(documents.body.items[2].url).toContain(sent.body.esignRequestId);
      for (const { url } of (documents.body.items as { kind: string; url: string }[]).filter((d) => d.kind !== 'ESIGN')) {
        expect(url).toMatch(/signature=/);
        const pdf = await running.app.request(url);
        expect(pdf.status).toBe(200);
        expect(pdf.headers.get('content-type')).toBe('application/pdf');
        expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
        const tampered = await running.app.request(url.replace(/signature=[^&]+/, 'signature=AAAA'));
        expect(tampered.status).toBe(404);
      }
      const stranger = await customer();
      expect((await call(running.app, 'GET', `/api/v1/web/loans/${loanId}/documents`, { token: stranger })).status).toBe(404);

      const stale = await webhook(esign.simulateSigning(first.loan.esignRequestId));
      expect(stale.status).toBe(200);
      expect((await webhook(esign.simulateSigning(sent.body.esignRequestId as string))).status).toBe(200);
      const detail = await reaches('AGREEMENT_SIGNED');
      const all = detail.timeline.map((e: { type: string; actorId: string | null }) => [e.type, e.actorId]);
      // The worker's decision comes first, by the system; then the staff's steps.
      expect(all[0]).toEqual(['loan.under_review', null]);
      const steps = all.slice(all.findIndex((step: unknown[]) => step[0] === 'loan.appraised'));
      expect(steps.map((step: unknown[]) => step[0])).toEqual([
        'loan.appraised',
        'loan.credit_approved',
        'loan.sanctioned',
        'loan.agreement_sent',
        'loan.agreement_expired',
        'loan.agreement_sent',
        'loan.agreement_signed',
      ]);
      const [appraiser, recommender, sanctioner, system, provider, resender, signed] = steps.map((step: unknown[]) => step[1]);
      expect(appraiser).toBe(recommender);
      expect(sanctioner).not.toBe(recommender);
      expect([system, provider, signed]).toEqual(['system', null, null]);
      expect(resender).toBe(sanctioner);
      expect(detail.comments.map((c: { body: string }) => c.body)).toEqual(['Bank credits match the salary slips.']);
    });

    it('refuses a sanction above the manager limit (the head may), and to the one who recommended', async () => {
      const large = await recommended('250000.00');
      const over = await post(`${base()}/${large.loanId}/sanction`, s['manager']!);
      expect(over.status).toBe(403);
      expect(over.body.details.reason).toBe('SANCTION_LIMIT_EXCEEDED');
      expect((await post(`${base()}/${large.loanId}/sanction`, s['head']!)).body).toEqual({ status: 'SANCTIONED' });

      const own = await recommended('60000.00', s['both']);
      const maker = await post(`${base()}/${own.loanId}/sanction`, s['both']!);
      expect(maker.status).toBe(403);
      expect(maker.body.details.reason).toBe('MAKER_IS_CHECKER');
      expect((await post(`${base()}/${own.loanId}/reject`, s['head']!, { reasonCode: 'NOT_A_REASON' })).status).toBe(422);
      expect((await post(`${base()}/${own.loanId}/reject`, s['head']!, { reasonCode: 'FOIR_TOO_HIGH' })).body).toEqual({ status: 'REJECTED' });
    });

    it('lets one of two concurrent sanctions win; the other answers 409 and leaves one sanction on the timeline', async () => {
      const loan = await recommended('70000.00');
      const answers = await Promise.all([post(`${base()}/${loan.loanId}/sanction`, s['manager']!), post(`${base()}/${loan.loanId}/sanction`, s['head']!)]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const detail = (await call(running.app, 'GET', `${base()}/${loan.loanId}`, { token: s['head'] })).body;
      expect(detail.loan.status).toBe('SANCTIONED');
      expect(detail.timeline.filter((e: { type: string }) => e.type === 'loan.sanctioned')).toHaveLength(1);
    });

    it('lets the customer cancel a sanctioned loan, its agreement sent, within the cooling-off period', async () => {
      const loan = await recommended('65000.00');
      await post(`${base()}/${loan.loanId}/sanction`, s['manager']!);
      await vi.waitFor(
        async () => expect((await call(running.app, 'GET', `/api/v1/web/loans/${loan.loanId}`, { token: loan.token })).body.status).toBe('AGREEMENT_SENT'),
        { timeout: 15_000, interval: 50 },
      );
      const other = await customer();
      expect((await post(`/api/v1/web/loans/${loan.loanId}/cancel`, other)).status).toBe(404);
      expect((await post(`/api/v1/web/loans/${loan.loanId}/cancel`, loan.token)).body).toEqual({ status: 'CANCELLED' });
      expect((await post(`/api/v1/web/loans/${loan.loanId}/cancel`, loan.token)).status).toBe(409);
    });
  });
}
