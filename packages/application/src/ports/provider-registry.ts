/** The capabilities a brand chooses providers for; more join as their second real adapter arrives. */
export const PROVIDER_CAPABILITIES = ['PAYMENT_LINKS'] as const;

/** A capability a brand orders providers for. */
export type ProviderCapability = (typeof PROVIDER_CAPABILITIES)[number];

/** One provider in a brand's order for a capability: its name (`razorpay`, `cashfree`, …) and whether it is used. */
export interface ProviderChoice {
  readonly name: string;
  readonly active: boolean;
}

/**
 * Each brand's provider registry: per capability, an ordered list of providers. The first active one is the
 * primary, the active ones after it the fallbacks, in order; inactive ones keep their place but are skipped.
 */
export interface ProviderRegistry {
  /** The brand's order for the capability; null when the brand never set one (the deployment default applies). */
  order(brandId: string, capability: ProviderCapability): Promise<readonly ProviderChoice[] | null>;
  /** Every capability the brand set an order for. */
  orders(brandId: string): Promise<Partial<Record<ProviderCapability, readonly ProviderChoice[]>>>;
  /** Replaces the brand's whole order for the capability (a non-empty list of distinct names). */
  setOrder(brandId: string, capability: ProviderCapability, providers: readonly ProviderChoice[]): Promise<void>;
}
