import type { ReceiveWebhookError } from '@los/application';
import type { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorResponse } from '../errors.js';
import type { ServicingDeps } from '../http-deps.js';
import type { AppEnv } from '../route-table.js';

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
export function webhookRoutes(app: Hono<AppEnv>, deps: ServicingDeps | undefined): void {
  if (!deps) return;
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
