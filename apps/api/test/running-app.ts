import { type BaseContainer, createLogger, decisioningIds, ids, lifecycleIds, parseConfig, seedDemo } from '@los/composition';
import { workerIds } from '@los/worker';
import type { Clock } from '@los/application';
import type { Hono } from 'hono';
import { buildApiContainer } from '../src/container.js';
import { apiIds } from '../src/service-ids.js';
import type { TestEnvironment } from './test-environments.js';

/** The real app, in one process with its worker, as `pnpm start` runs it. */
export interface RunningApp {
  readonly app: Hono<never>;
  readonly base: BaseContainer;
  readonly demoBrandId: string;
  /** The last OTP the sandbox SMS provider "sent" to a phone. */
  lastOtp(phone: string): string | undefined;
  stop(): Promise<void>;
}

export async function startApp(environment: TestEnvironment, options: { readonly clock?: Clock } = {}): Promise<RunningApp> {
  const { env, cleanup } = await environment.create();
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const logger = createLogger({ level: 'silent', name: 'test' });
  const base = await buildApiContainer(parsed.config, logger, { withWorker: true, ...(options.clock ? { clock: options.clock } : {}) });
  const c = base.container;
  const seed = await seedDemo({ repositories: c.get(ids.Repositories), createBrand: c.get(ids.CreateBrand), createStaffUser: c.get(ids.CreateStaffUser), lifecycle: c.get(lifecycleIds.UnitOfWork), blocklist: c.get(decisioningIds.Blocklist) });
  const worker = c.get(workerIds.WorkerRuntime);
  await worker.start();
  return {
    app: c.get(apiIds.HttpApp),
    base,
    demoBrandId: seed.brandId,
    lastOtp: (phone) => /\b(\d{6})\b/.exec(base.infrastructure.sandboxSender?.lastTo(phone)?.text ?? '')?.[1],
    async stop() {
      await worker.stop();
      const bus = base.infrastructure.bus as { deleteTopology?: () => Promise<void> };
      await bus.deleteTopology?.();
      await base.dispose();
      await cleanup();
    },
  };
}

/** JSON request helper over `app.request`. */
export async function call(app: Hono<never>, method: string, path: string, options: { body?: unknown; token?: string | undefined; raw?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  const response = await app.request(path, { method, headers, ...(options.raw !== undefined ? { body: options.raw } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await response.text();
  let json: any = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, body: json, requestId: response.headers.get('x-request-id') };
}

/** Signs a phone in as a customer of the demo brand through the OTP routes; returns the access token. */
export async function signInCustomer(running: RunningApp, phone: string): Promise<string> {
  await call(running.app, 'POST', '/api/v1/web/auth/register', { body: { brandId: running.demoBrandId, phone } });
  const verified = await call(running.app, 'POST', '/api/v1/web/auth/verify-otp', { body: { brandId: running.demoBrandId, phone, otp: running.lastOtp(phone) } });
  if (!verified.body?.accessToken) throw new Error(`sign-in failed: ${JSON.stringify(verified.body)}`);
  return verified.body.accessToken as string;
}

/** Verifies the steps the demo brand requires before sanction (PAN, bank account) with the sandbox's test identities. */
export async function completeDemoKyc(app: Hono<never>, token: string): Promise<void> {
  const pan = await call(app, 'POST', '/api/v1/web/kyc/pan', { token, body: { pan: 'ABCPE1234F', name: 'Asha Rao' } });
  const bank = await call(app, 'POST', '/api/v1/web/kyc/bank-account', { token, body: { accountNumber: '50100012345678', ifsc: 'HDFC0001234' } });
  if (pan.status !== 200 || bank.status !== 200) throw new Error(`KYC failed: ${JSON.stringify([pan.body, bank.body])}`);
}
