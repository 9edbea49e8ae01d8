import { DEMO_PASSWORD } from '@los/composition';
import { Decimal } from '@los/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, call, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

const embedded = testEnvironments[0]!;

describe('loan quotes over HTTP (schedule, KFS figures, APR)', () => {
  let running: RunningApp;
  let customer: string;
  let products: { id: string; code: string }[];

  beforeAll(async () => {
    running = await startApp(embedded);
    const phone = '+919876500001';
    await call(running.app, 'POST', '/api/v1/web/auth/register', { body: { brandId: running.demoBrandId, phone } });
    const verified = await call(running.app, 'POST', '/api/v1/web/auth/verify-otp', { body: { brandId: running.demoBrandId, phone, otp: running.lastOtp(phone) } });
    customer = verified.body.accessToken;
    products = (await call(running.app, 'GET', `/api/v1/web/brands/${running.demoBrandId}/products`)).body.items;
  }, 120_000);
  afterAll(async () => running?.stop());

  const product = (code: string) => products.find((p) => p.code === code)!.id;

  it('prices a 30-day salary advance: interest per day, fee and GST deducted, APR above the nominal rate', async () => {
    // Demo salary advance: 36% a year on ACT/365, 2% processing fee (min 199), GST 18%.
    const quote = await call(running.app, 'POST', '/api/v1/web/loans/quote', {
      token: customer,
      body: { productId: product('salary-advance'), amount: { amount: '20000.00', currency: 'INR' }, tenure: 30, disbursementDate: '2026-11-23' },
    });
    expect(quote.status).toBe(200);
    const { schedule, keyFacts } = quote.body;
    expect(schedule.rows).toHaveLength(1);
    // 20000 × 36% × 30/365 = 591.780… → 591.78
    expect(schedule.rows[0]).toMatchObject({ dueDate: '2026-12-23', days: 30, principal: '20000.00', interest: '591.78' });
    // fee 2% of 20000 = 400, GST 72 → 472 deducted
    expect(keyFacts.netDisbursedAmount).toBe('19528.00');
    expect(keyFacts.totalAmountPayable).toBe('21063.78');
    expect(keyFacts.coolingOffDays).toBe(3);
    expect(new Decimal(keyFacts.apr.aprPercent).gt(36)).toBe(true);
  });

  it('prices a 12-month personal loan by equal monthly instalments', async () => {
    // Demo personal loan: 16.5% a year; EMI = P·r(1+r)^n / ((1+r)^n − 1) with r = 16.5%/12, n = 12 → 9096.76
    const quote = await call(running.app, 'POST', '/api/v1/web/loans/quote', {
      token: customer,
      body: { productId: product('personal-loan'), amount: { amount: '100000.00', currency: 'INR' }, tenure: 12, disbursementDate: '2026-11-23' },
    });
    expect(quote.status).toBe(200);
    const rows = quote.body.schedule.rows as { total: string; principal: string }[];
    expect(rows).toHaveLength(12);
    for (const row of rows.slice(0, 11)) expect(row.total).toBe('9096.76');
    const principal = rows.reduce((sum, r) => sum.plus(r.principal), new Decimal(0));
    expect(principal.toFixed(2)).toBe('100000.00');
    expect(quote.body.keyFacts.instalments).toMatchObject({ count: 12, frequency: 'MONTHLY' });
  });

  it('refuses what the product does not allow, other brands, and bad input', async () => {
    const outside = await call(running.app, 'POST', '/api/v1/web/loans/quote', {
      token: customer,
      body: { productId: product('salary-advance'), amount: { amount: '200000.00', currency: 'INR' }, tenure: 30 },
    });
    expect(outside.status).toBe(422);
    expect(outside.body.details.violations[0].rule).toBe('AMOUNT_ABOVE_MAXIMUM');

    const bad = await call(running.app, 'POST', '/api/v1/web/loans/quote', {
      token: customer,
      body: { productId: product('salary-advance'), amount: { amount: '20000.00', currency: 'INR' }, tenure: 30, disbursementDate: '2026-02-30' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([{ field: 'body.disbursementDate', message: 'must be a real calendar date' }]);

    const staff = await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email: 'credit.executive@demo.los.dev', password: DEMO_PASSWORD } });
    const partner = await call(running.app, 'POST', `/api/v1/partner/brand/${running.demoBrandId}/loans/quote`, {
      token: staff.body.accessToken,
      body: { productId: product('salary-advance'), amount: { amount: '20000.00', currency: 'INR' }, tenure: 30, disbursementDate: '2026-11-23' },
    });
    expect(partner.status).toBe(200);
    expect(partner.body.keyFacts.netDisbursedAmount).toBe('19528.00');

    const elsewhere = await call(running.app, 'POST', `/api/v1/partner/brand/00000000-0000-7000-8000-000000000000/loans/quote`, {
      token: staff.body.accessToken,
      body: { productId: product('salary-advance'), amount: { amount: '20000.00', currency: 'INR' }, tenure: 30 },
    });
    expect(elsewhere.status).toBe(404);
  });
});
