import { CircuitBreaker } from './circuit-breaker.js';
import { redactForAudit } from './redact-for-audit.js';

/** One HTTP exchange with a provider, redacted, for the audit trail. */
export interface ProviderExchange {
  readonly provider: string;
  readonly method: string;
  readonly path: string;
  readonly attempt: number;
  /** 0 when the provider could not be reached. */
  readonly status: number;
  readonly ms: number;
  readonly request: unknown;
  readonly response: unknown;
}

/** How an adapter talks HTTP: the fetch to use (a stub's `request` in tests), a timeout and retries. */
export interface ProviderHttpOptions {
  readonly baseUrl: string;
  /** Injected for tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  /** Attempts for calls that are safe to repeat (reads, and writes carrying an idempotency key). */
  readonly attempts?: number;
  /** First backoff delay in ms; doubles after each failed attempt. */
  readonly backoffMs?: number;
  /** Pauses calls to a provider that keeps failing; each client makes its own when none is given. */
  readonly breaker?: CircuitBreaker;
  /** Receives every exchange with secrets and personal data redacted (headers are never included). */
  readonly audit?: (exchange: ProviderExchange) => void;
}

/** The options a client keeps: its base URL filled in and a circuit breaker of its own. */
export function clientHttp(options: Partial<ProviderHttpOptions>, defaultBaseUrl: string): ProviderHttpOptions {
  return { ...options, baseUrl: options.baseUrl ?? defaultBaseUrl, breaker: options.breaker ?? new CircuitBreaker() };
}

/** A provider answered with an error, or could not be reached. */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    readonly provider: string,
    readonly status: number,
    readonly body: unknown,
    options?: { cause: unknown },
  ) {
    super(`${provider} answered HTTP ${status}${typeof body === 'object' && body ? `: ${JSON.stringify(body).slice(0, 300)}` : ''}`, options);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one JSON request. `retry` marks a call safe to repeat: it is retried with exponential backoff on a
 * network error, a timeout or a 5xx; a 4xx is the provider's answer and is returned, never retried.
 */
export async function callProvider(
  provider: string,
  options: ProviderHttpOptions,
  request: { readonly method: 'GET' | 'POST'; readonly path: string; readonly headers: Record<string, string>; readonly body?: string; readonly retry: boolean },
): Promise<{ readonly status: number; readonly json: Record<string, unknown> }> {
  // The breaker sees one outcome per call (after the retries), so one bad moment is not counted thrice.
  return options.breaker ? options.breaker.run(provider, () => attemptAll(provider, options, request)) : attemptAll(provider, options, request);
}

async function attemptAll(
  provider: string,
  options: ProviderHttpOptions,
  request: { readonly method: 'GET' | 'POST'; readonly path: string; readonly headers: Record<string, string>; readonly body?: string; readonly retry: boolean },
): Promise<{ readonly status: number; readonly json: Record<string, unknown> }> {
  const doFetch = options.fetch ?? fetch;
  const attempts = request.retry ? (options.attempts ?? 3) : 1;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const started = performance.now();
    const record = (status: number, response: unknown) =>
      options.audit?.({
        provider,
        method: request.method,
        path: request.path,
        attempt,
        status,
        ms: Math.round(performance.now() - started),
        request: request.body === undefined ? null : redactForAudit(safeJson(request.body)),
        response: redactForAudit(response),
      });
    try {
      const response = await doFetch(`${options.baseUrl}${request.path}`, {
        method: request.method,
        headers: { accept: 'application/json', ...(request.body === undefined ? {} : { 'content-type': 'application/json' }), ...request.headers },
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      record(response.status, json);
      if (response.status < 500) return { status: response.status, json };
      lastError = new ProviderError(provider, response.status, json);
    } catch (error) {
      record(0, null);
      lastError = new ProviderError(provider, 0, null, { cause: error });
    }
    if (attempt < attempts) await sleep((options.backoffMs ?? 200) * 2 ** (attempt - 1));
  }
  throw lastError;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return '[unparsed]';
  }
}

/** HTTP basic authorisation with a key id and secret. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
