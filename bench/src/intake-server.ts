import { serve } from '@hono/node-server';
import { buildApiContainer, apiIds } from '@los/api';
import { SYSTEM_ACTOR, createLogger, ids, parseConfig } from '@los/composition';
import { Money, Rate } from '@los/domain';
import { Hono } from 'hono';

// Child process of the intake benchmark: serves either the real API (against the given database) or a bare
// Hono route, and reports what the load generator needs over the IPC channel (stdout carries the API's
// logs, as in production).
const mode = process.argv[2];
const ready = (info: Record<string, unknown>): void => {
  if (process.send) process.send(info);
  else console.log(JSON.stringify(info));
};
if (mode === 'bare') {
  const app = new Hono();
  app.post('/api/v1/web/loans', async (c) => c.json({ received: await c.req.json() }, 201));
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => ready({ port: info.port }));
} else {
  // Production configuration (log level, pool size), except the database, its folder and no demo seed;
  // the bcrypt cost only speeds up creating the brand, never an intake request.
  const parsed = parseConfig({ DATABASE_URL: process.env['BENCH_DATABASE_URL'], LOS_DATA_DIR: process.env['BENCH_DATA_DIR'], BCRYPT_COST: '4', LOS_SEED_DEMO: 'false' });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const { container } = await buildApiContainer(parsed.config, createLogger({ level: parsed.config.logLevel, name: 'los-api' }), { withWorker: false });
  const brand = await container.get(ids.CreateBrand).execute({
    actor: SYSTEM_ACTOR,
    code: 'bench',
    name: 'Bench',
    products: [
      { code: 'pl', name: 'PL', currency: 'INR', minAmount: Money.of('1000'), maxAmount: Money.of('500000'), tenureUnit: 'MONTH', allowedTenures: [12, 24], annualRate: Rate.percent('18'), processingFee: { kind: 'FLAT', amount: Money.of('999') } },
    ],
  });
  if (!brand.ok) throw new Error(brand.error.code);
  const customer = await container.get(ids.UnitOfWork).run((r) =>
    r.customers.addOrGet({ id: container.get(ids.IdGenerator).next(), brandId: brand.value.brand.id, phone: '+919800012345', createdAt: new Date() }),
  );
  const token = container.get(ids.TokenService).issue({ kind: 'customer', customerId: customer.id, brandId: customer.brandId }).accessToken;
  serve({ fetch: container.get(apiIds.HttpApp).fetch, port: 0, hostname: '127.0.0.1' }, (info) => ready({ port: info.port, token, productId: brand.value.products[0]!.id }));
}

// Exit cleanly on a signal so profilers (node --cpu-prof) can write their output.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
