import { describePayoutProviderContract } from '@los/application/testing';
import { Money } from '@los/domain';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { RazorpayXPayoutProvider, SandboxPayoutProvider } from '../src/index.js';
import { fetchInto, hasBasicAuth } from './provider-stubs.js';

const good = { accountNumber: '50100012345678', ifsc: 'HDFC0001234', holderName: 'ASHA RAO' };
const closed = { accountNumber: '50100099999000', ifsc: 'HDFC0001234', holderName: 'ASHA RAO' };

/**
 * A stand-in for RazorpayX Payouts: basic auth, `X-Payout-Idempotency` required and honoured (the same
 * key answers the same payout), amounts in paise, `processing` until settled, then `processed` with a UTR
 * or `reversed` with `status_details`. `failNext` makes the next create answer 503 after doing its work,
 * as a lost answer would look.
 */
function razorpayXStub(keyId: string, keySecret: string) {
  const payouts = new Map<string, Record<string, unknown> & { account: string }>();
  const byKey = new Map<string, string>();
  let n = 0;
  let failNext = false;
  const app = new Hono();
  app.post('/v1/payouts', async (c) => {
    if (!hasBasicAuth(c.req.header('authorization'), keyId, keySecret)) return c.json({ error: { code: 'BAD_REQUEST_ERROR', description: 'Authentication failed' } }, 401);
    const key = c.req.header('x-payout-idempotency');
    if (!key) return c.json({ error: { code: 'BAD_REQUEST_ERROR', description: 'X-Payout-Idempotency header is required' } }, 400);
    const body = (await c.req.json()) as { amount: unknown; fund_account: { bank_account: { account_number: string } } };
    if (!Number.isSafeInteger(body.amount)) return c.json({ error: { code: 'BAD_REQUEST_ERROR', description: 'amount must be an integer' } }, 400);
    let id = byKey.get(key);
    if (!id) {
      id = `pout_${String(++n).padStart(14, '0')}`;
      byKey.set(key, id);
      payouts.set(id, { id, entity: 'payout', status: 'processing', utr: null, amount: body.amount, account: body.fund_account.bank_account.account_number });
    }
    if (failNext) {
      failNext = false;
      return c.json({ error: { code: 'SERVER_ERROR', description: 'upstream timeout' } }, 503);
    }
    const { account: _account, ...payout } = payouts.get(id)!;
    return c.json(payout);
  });
  app.get('/v1/payouts/:id', (c) => {
    if (!hasBasicAuth(c.req.header('authorization'), keyId, keySecret)) return c.json({ error: { code: 'BAD_REQUEST_ERROR' } }, 401);
    const p = payouts.get(c.req.param('id'));
    if (!p) return c.json({ error: { code: 'BAD_REQUEST_ERROR', description: 'The id provided does not exist' } }, 400);
    const { account: _account, ...payout } = p;
    return c.json(payout);
  });
  const settle = () => {
    for (const p of payouts.values()) {
      if (p.status !== 'processing') continue;
      if (p.account.endsWith('000')) Object.assign(p, { status: 'reversed', status_details: { source: 'beneficiary_bank', reason: 'bank_account_closed', description: 'The beneficiary account is closed.' } });
      else Object.assign(p, { status: 'processed', utr: `HDFCN5${String(p.id).slice(-10)}` });
    }
  };
  return { app, settle, transfers: () => payouts.size, failNextCreate: () => (failNext = true) };
}

describePayoutProviderContract({
  name: 'SandboxPayoutProvider',
  create: async () => {
    const payouts = new SandboxPayoutProvider();
    return { payouts, goodAccount: good, closedAccount: closed, settle: async () => payouts.settleAll(), transfers: async () => payouts.transfers() };
  },
});

describePayoutProviderContract({
  name: 'RazorpayXPayoutProvider against a stub of RazorpayX Payouts',
  create: async () => {
    const stub = razorpayXStub('rzp_x', 'sec');
    const payouts = new RazorpayXPayoutProvider({ keyId: 'rzp_x', keySecret: 'sec', sourceAccountNumber: '7878780080316316', baseUrl: 'http://razorpay.test', fetch: fetchInto(stub.app), backoffMs: 1 });
    return { payouts, goodAccount: good, closedAccount: closed, settle: async () => stub.settle(), transfers: async () => stub.transfers() };
  },
});

describe('RazorpayXPayoutProvider', () => {
  it('retries a create whose answer was lost, and the idempotency key keeps it to one transfer', async () => {
    const stub = razorpayXStub('k', 's');
    const payouts = new RazorpayXPayoutProvider({ keyId: 'k', keySecret: 's', sourceAccountNumber: '1', baseUrl: 'http://razorpay.test', fetch: fetchInto(stub.app), backoffMs: 1 });
    stub.failNextCreate();
    const result = await payouts.disburse({ brandId: 'b', loanId: 'l', idempotencyKey: 'disb-l', amount: Money.of('19528.00'), account: good, narration: 'Loan disbursal' });
    expect(result.state).toBe('PENDING');
    expect(stub.transfers()).toBe(1);
  });

  it('reports an unknown payout as the provider error', async () => {
    const stub = razorpayXStub('k', 's');
    const payouts = new RazorpayXPayoutProvider({ keyId: 'k', keySecret: 's', sourceAccountNumber: '1', baseUrl: 'http://razorpay.test', fetch: fetchInto(stub.app), backoffMs: 1 });
    await expect(payouts.status('pout_missing')).rejects.toThrow(/HTTP 400/);
  });
});

describe('SandboxPayoutProvider test identities', () => {
  it('fails invalid (…111) and bank-down (…222) accounts with their reasons', async () => {
    const payouts = new SandboxPayoutProvider();
    const pay = (accountNumber: string) => payouts.disburse({ brandId: 'b', loanId: 'l', idempotencyKey: accountNumber, amount: Money.of('10'), account: { ...good, accountNumber }, narration: 'n' });
    const invalid = await pay('123111');
    const down = await pay('123222');
    payouts.settleAll();
    expect(await payouts.status(invalid.providerPayoutId)).toMatchObject({ state: 'FAILED', reason: 'INVALID_ACCOUNT' });
    expect(await payouts.status(down.providerPayoutId)).toMatchObject({ state: 'FAILED', reason: 'BENEFICIARY_BANK_DOWN' });
  });
});
