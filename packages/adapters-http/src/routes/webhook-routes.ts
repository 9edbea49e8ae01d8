import type { ReceiveWebhookError } from '@los/application';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorResponse } from '../errors.js';
import type { ServicingDeps } from '../http-deps.js';
import type { AppEnv, RouteTable } from '../route-table.js';

function statusOf(error: ReceiveWebhookError): ContentfulStatusCode {
  if (error.code === 'WEBHOOK_PROVIDER_UNKNOWN') return 404;
  return error.reason === 'MALFORMED' ? 400 : 401;
}

/**
 * `POST /api/v1/webhooks/:provider`: public, authenticated by the provider's signature alone. The body is
 * read as text before anything parses it, because the signature covers the exact bytes sent. A bad
 * signature answers 401 and writes nothing; a redelivery answers 200 (so the provider stops retrying)
 * and changes nothing.
 */
export function webhookRoutes(app: Hono<AppEnv>, table: RouteTable, deps: ServicingDeps | undefined): void {
  if (!deps) return;
  // Documented only: the handler reads the raw body itself, which the table's JSON validation would consume.
  table.specs.push({
    method: 'post',
    path: '/api/v1/webhooks/:provider',
    summary: "A provider's signed callback (payments, e-sign); verified against the raw body, recorded once",
    tags: ['webhooks'],
    security: 'public',
    params: z.object({ provider: z.string().describe('razorpay, cashfree, digio (sandbox-payments, sandbox-esign when embedded)') }),
    responses: { 200: { description: 'accepted (first delivery or redelivery)', schema: z.object({ received: z.literal(true), eventId: z.string(), status: z.enum(['recorded', 'duplicate']) }) } },
    errors: [401, 404],
  });
  app.post('/api/v1/webhooks/:provider', async (c) => {
    const rawBody = await c.req.text();
    // Fetch Headers iterate with lower-cased names, the form the sources read.
    const headers = Object.fromEntries(c.req.raw.headers.entries());
    const result = await deps.receiveWebhook.execute({ provider: c.req.param('provider'), request: { headers, rawBody } });
    if (!result.ok) {
      const e = result.error;
      const message = e.code === 'WEBHOOK_PROVIDER_UNKNOWN' ? `no webhook provider ${e.provider}` : `webhook refused: ${e.reason}`;
      return errorResponse(c, statusOf(e), e.code, message);
    }
    return c.json({ received: true, eventId: result.value.eventId, status: result.value.status }, 200);
  });
}
