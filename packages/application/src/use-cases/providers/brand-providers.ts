import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { ProviderCapability, ProviderChoice, ProviderRegistry } from '../../ports/provider-registry.js';
import { PROVIDER_CAPABILITIES } from '../../ports/provider-registry.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';

/** What this deployment offers per capability: the providers it has credentials for, and its default. */
export type ProviderAvailability = Readonly<Record<ProviderCapability, { readonly available: readonly string[]; readonly defaultProvider: string }>>;

/** The ports the provider registry's use cases share. */
export interface BrandProvidersDeps {
  readonly repositories: Repositories;
  readonly registry: ProviderRegistry;
  readonly availability: ProviderAvailability;
}

/** One capability as a brand's ADMIN sees it: the brand's order (null: the deployment default applies) and what can be chosen. */
export interface BrandCapabilityProviders {
  readonly capability: ProviderCapability;
  readonly providers: readonly ProviderChoice[] | null;
  readonly available: readonly string[];
  readonly defaultProvider: string;
}

/** Why an order was refused: a bad list (400, naming the field) or a provider this deployment cannot use (422). */
export type SetBrandProvidersError =
  | BrandAccessError
  | { readonly code: 'PROVIDER_ORDER_INVALID'; readonly field: string; readonly message: string }
  | { readonly code: 'PROVIDER_NOT_CONFIGURED'; readonly field: string; readonly provider: string; readonly available: readonly string[] }
  | { readonly code: 'PROVIDER_NONE_ACTIVE'; readonly field: 'providers' };

/** The brand's provider order for each capability, with the providers this deployment has credentials for (its ADMIN or a super admin). */
export class GetBrandProviders {
  constructor(private readonly deps: BrandProvidersDeps) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string }): Promise<Result<readonly BrandCapabilityProviders[], BrandAccessError>> {
    const access = await requireBrandFeature(this.deps.repositories, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    const orders = await this.deps.registry.orders(input.brandId);
    return ok(PROVIDER_CAPABILITIES.map((capability) => ({ capability, providers: orders[capability] ?? null, ...this.deps.availability[capability] })));
  }
}

/**
 * A brand's ADMIN (or a super admin) sets the order of providers for a capability: the first active one is
 * the primary, the next active ones the fallbacks. Names are distinct, at least one is active, and each is a
 * provider this deployment has credentials for; a refused order writes nothing.
 */
export class SetBrandProviders {
  constructor(private readonly deps: BrandProvidersDeps) {}

  async execute(input: {
    readonly actor: Actor;
    readonly brandId: string;
    readonly capability: ProviderCapability;
    readonly providers: readonly ProviderChoice[];
  }): Promise<Result<BrandCapabilityProviders, SetBrandProvidersError>> {
    const access = await requireBrandFeature(this.deps.repositories, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    const invalid = orderProblem(input.providers);
    if (invalid) return err(invalid);
    const { available, defaultProvider } = this.deps.availability[input.capability];
    const unknown = input.providers.findIndex((p) => !available.includes(p.name));
    if (unknown >= 0) return err({ code: 'PROVIDER_NOT_CONFIGURED', field: `providers.${unknown}.name`, provider: input.providers[unknown]!.name, available });
    if (!input.providers.some((p) => p.active)) return err({ code: 'PROVIDER_NONE_ACTIVE', field: 'providers' });
    await this.deps.registry.setOrder(input.brandId, input.capability, input.providers);
    return ok({ capability: input.capability, providers: input.providers, available, defaultProvider });
  }
}

/** The first shape problem of an order: empty, or a name given twice. */
export function orderProblem(providers: readonly ProviderChoice[]): { readonly code: 'PROVIDER_ORDER_INVALID'; readonly field: string; readonly message: string } | null {
  if (providers.length === 0) return { code: 'PROVIDER_ORDER_INVALID', field: 'providers', message: 'list at least one provider' };
  const repeated = providers.findIndex((p, i) => providers.findIndex((q) => q.name === p.name) !== i);
  if (repeated >= 0) return { code: 'PROVIDER_ORDER_INVALID', field: `providers.${repeated}.name`, message: `${providers[repeated]!.name} is listed twice` };
  return null;
}
