import { randomUUID } from 'node:crypto';
import { ConcurrencyConflictError } from '@los/application';
import { DomainInvariantError } from '@los/domain';
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { limitBody } from './body-limit.js';
import { requestHeader } from './node-request-body.js';
import { HttpError, errorResponse, statusForInvariant } from './errors.js';
import type { HttpDeps } from './http-deps.js';
import { type AppEnv, RouteTable } from './route-table.js';
import { adminRoutes } from './routes/admin-routes.js';
import { auditRoutes } from './routes/audit-routes.js';
import { collectionsRoutes } from './routes/collections-routes.js';
import { blocklistRoutes } from './routes/blocklist-routes.js';
import { providerRegistryRoutes } from './routes/provider-registry-routes.js';
import { kycRoutes } from './routes/kyc-routes.js';
import { decisioningRoutes } from './routes/decisioning-routes.js';
import { lifecycleRoutes } from './routes/lifecycle-routes.js';
import { operationsRoutes } from './routes/operations-routes.js';
import { partnerRoutes } from './routes/partner-routes.js';
import { systemRoutes } from './routes/system-routes.js';
import { webRoutes } from './routes/web-routes.js';
import { webhookRoutes } from './routes/webhook-routes.js';
import { documentRoutes } from './routes/document-routes.js';
import { servicingRoutes } from './routes/servicing-routes.js';
import { sessionRoutes } from './routes/session-routes.js';
import { BANK_STATEMENT_BODY_LIMIT_BYTES, BANK_STATEMENT_UPLOAD_PATH, bankStatementRoutes } from './routes/bank-statement-routes.js';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Builds the LOS HTTP API as a Hono app: customer (/api/v1/web), staff (/api/v1/partner), platform admin
 * (/api/v1/admin), plus /health, /openapi.json and /docs. It never sees a container: the composition root
 * hands it use cases.
 */
export function createHttpApp(deps: HttpDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const table = new RouteTable(app, deps.tokens);

  app.use('*', async (c, next) => {
    const incoming = requestHeader(c, 'x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    // The path only: query strings and bodies may carry personal data.
    deps.logger.info({ requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  const tooLarge = (c: Context) => errorResponse(c, 413, 'PAYLOAD_TOO_LARGE', 'the request body is too large');
  const bodyLimit = limitBody({ maxSize: deps.bodyLimitBytes ?? 1024 * 1024, onError: tooLarge });
  // A bank statement PDF is larger than any other body; its upload has a limit of its own.
  const statementLimit = limitBody({ maxSize: Math.max(deps.bodyLimitBytes ?? 0, BANK_STATEMENT_BODY_LIMIT_BYTES), onError: tooLarge });
  app.use('/api/*', (c, next) => (deps.bankStatements && c.req.path === BANK_STATEMENT_UPLOAD_PATH ? statementLimit(c, next) : bodyLimit(c, next)));

  systemRoutes(app, table, deps);
  adminRoutes(table, deps);
  webRoutes(table, deps);
  partnerRoutes(table, deps);
  webhookRoutes(app, table, deps.servicing);
  documentRoutes(app, table, deps.servicing);
  operationsRoutes(table, deps);
  if (deps.decisioning) decisioningRoutes(table, deps.decisioning);
  if (deps.decisioning?.collections) collectionsRoutes(table, deps.decisioning.collections);
  if (deps.lifecycle) lifecycleRoutes(table, deps.lifecycle);
  if (deps.lifecycle) auditRoutes(table, deps.lifecycle.getAuditTrail);
  if (deps.blocklist) blocklistRoutes(table, deps.blocklist);
  if (deps.providers) providerRegistryRoutes(table, deps.providers);
  if (deps.kyc) kycRoutes(table, deps.kyc);
  if (deps.loanServicing) servicingRoutes(table, deps.loanServicing);
  if (deps.bankStatements) bankStatementRoutes(table, deps.bankStatements);
  if (deps.sessions) sessionRoutes(table, deps, deps.sessions);

  app.notFound((c) => errorResponse(c, 404, 'NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error.status, error.error, error.message, error.details);
    if (error instanceof ConcurrencyConflictError) {
      return errorResponse(c, 409, 'CONCURRENT_UPDATE', 'someone else changed this at the same time; reload and retry');
    }
    if (error instanceof DomainInvariantError) return errorResponse(c, statusForInvariant(error.code), error.code, error.message);
    if (error instanceof HTTPException) return errorResponse(c, error.status as 400, 'HTTP_ERROR', error.message);
    deps.logger.error({ requestId: c.get('requestId'), err: { name: error.name, message: error.message, stack: error.stack } }, 'unhandled error');
    return errorResponse(c, 500, 'INTERNAL', 'unexpected error; the request id identifies it in the logs');
  });
  return app;
}
