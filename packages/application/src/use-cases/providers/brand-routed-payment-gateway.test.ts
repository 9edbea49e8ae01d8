import { Money } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { PaymentGateway, PaymentLink, PaymentLinkRequest } from '../../ports/payment-gateway.js';
import type { WebhookVerification } from '../../ports/webhook-source.js';
import { InMemoryProviderRegistry } from '../../testing/fakes/in-memory-provider-registry.js';
import { BrandRoutedPaymentGateway, type ProviderFailover } from './brand-routed-payment-gateway.js';

const brandId = '00000000-0000-4000-8000-0000000000b1';
const request: PaymentLinkRequest = {
  brandId,
  loanId: '00000000-0000-4000-8000-0000000000c1',
  reference: 'RP-1',
  amount: Money.of('1250.00', 'INR'),
  description: 'Repayment',
  customer: { name: 'Asha', phone: '+919812345678' },
};

/** A gateway whose every call answers from a script: a link, or the error it throws (a provider error carries `status`). */
class ScriptedGateway implements PaymentGateway {
  readonly calls: PaymentLinkRequest[] = [];
  constructor(
    readonly provider: string,
    private readonly outcome: 'answer' | { readonly status: number } | 'network',
  ) {}

  async createPaymentLink(r: PaymentLinkRequest): Promise<PaymentLink> {
    this.calls.push(r);
    if (this.outcome === 'network') throw new Error(`${this.provider} unreachable`);
    if (this.outcome !== 'answer') throw Object.assign(new Error(`${this.provider} answered ${this.outcome.status}`), { status: this.outcome.status });
    return { providerLinkId: `${this.provider}-link`, url: `https://${this.provider}.example/pay`, reference: r.reference };
  }

  parseWebhook(): WebhookVerification {
    return { ok: false, reason: 'SIGNATURE_MISSING' };
  }
}

async function routed(gateways: ScriptedGateway[], order: { name: string; active: boolean }[] | null, fallback = gateways[0]!) {
  const registry = new InMemoryProviderRegistry();
  if (order) await registry.setOrder(brandId, 'PAYMENT_LINKS', order);
  const failovers: ProviderFailover[] = [];
  return { gateway: new BrandRoutedPaymentGateway({ registry, gateways, fallback, onFailover: (f) => failovers.push(f) }), failovers };
}

describe('BrandRoutedPaymentGateway', () => {
  it("uses the brand's primary, and names it on the link", async () => {
    const a = new ScriptedGateway('alpha', 'answer');
    const b = new ScriptedGateway('beta', 'answer');
    const { gateway, failovers } = await routed([a, b], [{ name: 'beta', active: true }, { name: 'alpha', active: true }]);
    expect(await gateway.createPaymentLink(request)).toEqual({ providerLinkId: 'beta-link', url: 'https://beta.example/pay', reference: 'RP-1', provider: 'beta' });
    expect(a.calls).toHaveLength(0);
    expect(failovers).toEqual([]);
  });

  it('fails over to the next active provider when the primary gives no answer, and reports the failover', async () => {
    const down = new ScriptedGateway('alpha', { status: 503 });
    const up = new ScriptedGateway('beta', 'answer');
    const { gateway, failovers } = await routed([down, up], [{ name: 'alpha', active: true }, { name: 'beta', active: true }]);
    expect((await gateway.createPaymentLink(request)).provider).toBe('beta');
    expect(down.calls).toEqual([request]);
    expect(up.calls).toEqual([request]);
    expect(failovers).toEqual([{ brandId, capability: 'PAYMENT_LINKS', from: 'alpha', to: 'beta', error: expect.any(Error) }]);
  });

  it('skips inactive providers and providers this deployment has no gateway for', async () => {
    const a = new ScriptedGateway('alpha', 'answer');
    const b = new ScriptedGateway('beta', 'answer');
    const { gateway } = await routed([a, b], [{ name: 'alpha', active: false }, { name: 'gamma', active: true }, { name: 'beta', active: true }]);
    expect((await gateway.createPaymentLink(request)).provider).toBe('beta');
    expect(a.calls).toHaveLength(0);
  });

  it('throws the last error when every active provider is down', async () => {
    const a = new ScriptedGateway('alpha', 'network');
    const b = new ScriptedGateway('beta', { status: 502 });
    const { gateway, failovers } = await routed([a, b], [{ name: 'alpha', active: true }, { name: 'beta', active: true }]);
    await expect(gateway.createPaymentLink(request)).rejects.toThrow('beta answered 502');
    expect(a.calls).toHaveLength(1);
    expect(failovers.map((f) => `${f.from}->${f.to}`)).toEqual(['alpha->beta']);
  });

  it('throws when the order has no active provider it can use', async () => {
    const a = new ScriptedGateway('alpha', 'answer');
    const { gateway } = await routed([a], [{ name: 'alpha', active: false }]);
    await expect(gateway.createPaymentLink(request)).rejects.toThrow(`no payment provider is active for brand ${brandId}`);
    expect(a.calls).toHaveLength(0);
  });

  it('does not fail over when the provider refuses the request itself', async () => {
    const refusing = new ScriptedGateway('alpha', { status: 400 });
    const other = new ScriptedGateway('beta', 'answer');
    const { gateway, failovers } = await routed([refusing, other], [{ name: 'alpha', active: true }, { name: 'beta', active: true }]);
    await expect(gateway.createPaymentLink(request)).rejects.toThrow('alpha answered 400');
    expect(other.calls).toHaveLength(0);
    expect(failovers).toEqual([]);
  });

  it('uses the deployment default for a brand without an order', async () => {
    const a = new ScriptedGateway('alpha', 'answer');
    const b = new ScriptedGateway('beta', 'answer');
    const { gateway } = await routed([a, b], null, b);
    expect((await gateway.createPaymentLink(request)).provider).toBe('beta');
    expect(a.calls).toHaveLength(0);
  });
});
