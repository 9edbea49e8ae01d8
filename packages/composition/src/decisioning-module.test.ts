import { SandboxCreditBureau, SandboxKycVerifier, SurepassCreditBureau, kycVerifierOf } from '@los/adapters-providers';
import { Container } from 'inversify';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';
import { decisioningIds, decisioningModule } from './decisioning-module.js';
import type { Database } from './infrastructure.js';
import { createLogger } from './logger.js';
import { ids } from './service-ids.js';
import { servicingIds } from './servicing-module.js';

async function factSources(env: Record<string, string>) {
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const container = new Container();
  container.bind(servicingIds.KycVerifier).toConstantValue(kycVerifierOf(new SandboxKycVerifier()));
  // The blocklist only keeps the handle; no query runs here.
  container.bind(ids.Database).toConstantValue({ db: {} } as unknown as Database);
  container.bind(ids.Logger).toConstantValue(createLogger({ level: 'silent', name: 'test' }));
  await container.load(decisioningModule(parsed.config));
  return container.get(decisioningIds.FactSources);
}

describe('decisioning facts', () => {
  it('come from the Surepass Experian bureau when its token is configured, else from the sandbox bureau', async () => {
    expect((await factSources({ SUREPASS_BUREAU_TOKEN: 'jwt' })).bureau).toBeInstanceOf(SurepassCreditBureau);
    expect((await factSources({})).bureau).toBeInstanceOf(SandboxCreditBureau);
  });
});
