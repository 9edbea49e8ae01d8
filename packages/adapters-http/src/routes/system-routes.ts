import type { Hono } from 'hono';
import type { HealthCheck, HttpDeps } from '../http-deps.js';
import type { RouteTable, AppEnv } from '../route-table.js';
import { openApiDocument } from '../openapi/openapi-document.js';
import { docsPage } from '../openapi/docs-page.js';

async function probe(check: () => Promise<boolean>): Promise<HealthCheck> {
  const started = performance.now();
  try {
    const ok = await Promise.race([check(), new Promise<boolean>((_, reject) => setTimeout(() => reject(new Error('timed out after 2000 ms')), 2000).unref())]);
    return { ok, latencyMs: Math.round(performance.now() - started), ...(ok ? {} : { error: 'unreachable' }) };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error) };
  }
}

/** /health, /openapi.json, /docs and /metrics. */
export function systemRoutes(app: Hono<AppEnv>, table: RouteTable, deps: HttpDeps): void {
  app.get('/health', async (c) => {
    const names = Object.keys(deps.healthChecks);
    const results = await Promise.all(names.map((name) => probe(deps.healthChecks[name]!)));
    const checks = Object.fromEntries(names.map((name, i) => [name, results[i]]));
    const healthy = results.every((r) => r.ok);
    return c.json({ status: healthy ? 'ok' : 'unavailable', version: deps.version ?? '0.1.0', checks }, healthy ? 200 : 503);
  });
  app.get('/openapi.json', (c) =>
    c.json(
      openApiDocument(
        { title: 'LOS API', version: deps.version ?? '0.1.0', description: 'Loan origination and management: customer (/web), staff (/partner) and platform admin (/admin) APIs.' },
        table.specs,
      ),
    ),
  );
  app.get('/docs', (c) => c.html(docsPage('/openapi.json')));
  if (deps.metrics) {
    const metrics = deps.metrics;
    app.get('/metrics', async (c) => c.text(await metrics(), 200, { 'content-type': 'text/plain; version=0.0.4' }));
  }
}
