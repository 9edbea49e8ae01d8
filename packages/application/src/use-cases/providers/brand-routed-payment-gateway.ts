import type { PaymentGateway, PaymentLink, PaymentLinkRequest } from '../../ports/payment-gateway.js';
import type { ProviderRegistry } from '../../ports/provider-registry.js';
import type { WebhookRequest, WebhookVerification } from '../../ports/webhook-source.js';

/** One step down a brand's order: `from` gave no answer, `to` is asked next. */
export interface ProviderFailover {
  readonly brandId: string;
  readonly capability: 'PAYMENT_LINKS';
  readonly from: string;
  readonly to: string;
  readonly error: unknown;
}

/** What the routed gateway needs: the registry, every gateway this deployment configured, and its default. */
export interface BrandRoutedPaymentGatewayDeps {
  readonly registry: ProviderRegistry;
  /** The gateways this deployment has credentials for, each known by its `provider` name. */
  readonly gateways: readonly PaymentGateway[];
  /** Used for brands without an order for payment links. */
  readonly fallback: PaymentGateway;
  /** Told of each failover (the composition logs it at warn). */
  readonly onFailover?: (failover: ProviderFailover) => void;
}

// HTTP statuses by which a provider refuses the request itself (malformed, duplicate reference, invalid
// customer): another provider would refuse it too, and a duplicate must never be sent twice.
const REQUEST_REFUSALS = new Set([400, 409, 422]);

/** True when the error is a provider's refusal of the request itself rather than a failure to answer. */
export function isRequestRefusal(error: unknown): boolean {
  const status = typeof error === 'object' && error !== null && 'status' in error ? (error as { status: unknown }).status : undefined;
  return typeof status === 'number' && REQUEST_REFUSALS.has(status);
}

/**
 * The payment gateway of use cases: creates each link with the brand's primary provider for payment links
 * (its provider registry), and when that gives no answer (throws: network error, 5xx after its retries,
 * timeout, open circuit) with the next active one, and so on. A refusal of the request itself (HTTP 400,
 * 409 or 422 from the provider) is final. Brands without an order use the deployment default. The link
 * names the provider that made it, whose callbacks then pay it; callbacks themselves stay per provider.
 *
 * @example
 * const gateway = new BrandRoutedPaymentGateway({ registry, gateways: [razorpay, cashfree], fallback: razorpay, onFailover: (f) => logger.warn(f) });
 * const link = await gateway.createPaymentLink(request); // link.provider === 'cashfree' when Razorpay is down
 */
export class BrandRoutedPaymentGateway implements PaymentGateway {
  /** The deployment default's name; links carry the provider that actually made them. */
  readonly provider: string;
  private readonly byName: ReadonlyMap<string, PaymentGateway>;

  constructor(private readonly deps: BrandRoutedPaymentGatewayDeps) {
    this.provider = deps.fallback.provider;
    this.byName = new Map(deps.gateways.map((g) => [g.provider, g]));
  }

  async createPaymentLink(request: PaymentLinkRequest): Promise<PaymentLink> {
    const candidates = await this.candidates(request.brandId);
    let lastError: unknown;
    for (const [i, gateway] of candidates.entries()) {
      try {
        const link = await gateway.createPaymentLink(request);
        return { ...link, provider: gateway.provider };
      } catch (error) {
        const next = candidates[i + 1];
        if (isRequestRefusal(error) || !next) throw error;
        this.deps.onFailover?.({ brandId: request.brandId, capability: 'PAYMENT_LINKS', from: gateway.provider, to: next.provider, error });
        lastError = error;
      }
    }
    throw new Error(`no payment provider is active for brand ${request.brandId}`, { cause: lastError });
  }

  /** Callbacks arrive per provider, never through the router; it reads them as the deployment default would. */
  parseWebhook(request: WebhookRequest, now: Date): WebhookVerification {
    return this.deps.fallback.parseWebhook(request, now);
  }

  /** The brand's active providers this deployment can reach, in order; the default when it set no order. */
  private async candidates(brandId: string): Promise<readonly PaymentGateway[]> {
    const order = await this.deps.registry.order(brandId, 'PAYMENT_LINKS');
    if (!order) return [this.deps.fallback];
    // A provider whose credentials were removed after the brand chose it is skipped like an inactive one.
    return order.flatMap((choice) => {
      const gateway = choice.active ? this.byName.get(choice.name) : undefined;
      return gateway ? [gateway] : [];
    });
  }
}
