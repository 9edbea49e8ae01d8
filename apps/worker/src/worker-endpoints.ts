import { type Server, createServer } from 'node:http';
import type { MetricsCollector } from './metrics-collector.js';

/**
 * The worker's own listener for `/metrics` (Prometheus text) and `/health` (503 while the database or
 * the broker is unreachable), for deployments where the worker runs apart from the API.
 */
export function serveWorkerEndpoints(options: { readonly port: number; readonly host: string; readonly collector: MetricsCollector }): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const reply = (status: number, type: string, body: string) => response.writeHead(status, { 'content-type': type }).end(body);
    if (request.method !== 'GET') return reply(405, 'text/plain', 'method not allowed\n');
    if (path === '/metrics') {
      options.collector.scrape().then(
        (text) => reply(200, 'text/plain; version=0.0.4', text),
        (error: unknown) => reply(500, 'text/plain', `metrics unavailable: ${String(error)}\n`),
      );
      return undefined;
    }
    if (path === '/health') {
      options.collector.health().then((checks) => {
        const ok = checks.database && checks.broker;
        reply(ok ? 200 : 503, 'application/json', JSON.stringify({ status: ok ? 'ok' : 'unavailable', checks }));
      });
      return undefined;
    }
    return reply(404, 'text/plain', 'not found\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
