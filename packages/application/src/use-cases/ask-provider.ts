import { type Result, err, ok } from '@los/domain';

/** A provider gave no answer: the capability it was asked for, named in the error. */
export type ProviderUnavailable<C extends string> = { readonly code: 'PROVIDER_UNAVAILABLE'; readonly capability: C };

/**
 * Calls a provider for a step. Adapters throw only when the provider gave no answer (a network error, a 5xx
 * after their retries, a timeout, an open circuit), so a throw is PROVIDER_UNAVAILABLE: nothing of the step
 * is recorded, and the caller may try again.
 * @example const asked = await askProvider('ESIGN', () => esign.requestSignature(request)); if (!asked.ok) return asked;
 */
export async function askProvider<T, C extends string>(capability: C, call: () => Promise<T>): Promise<Result<T, ProviderUnavailable<C>>> {
  try {
    return ok(await call());
  } catch {
    return err({ code: 'PROVIDER_UNAVAILABLE', capability });
  }
}
