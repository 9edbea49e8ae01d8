import { z } from 'zod';

const url = (protocols: readonly string[]) =>
  z
    .string()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const int = (min: number, max: number) => z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(min).max(max);

const schema = z
  .object({
    LOS_MODE: z.enum(['embedded', 'production'], { error: 'must be "embedded" or "production"' }).default('embedded'),
    PORT: int(1, 65535).default(3000),
    HOST: z.string().min(1).optional(),
    LOS_DATA_DIR: z.string().min(1).default('.los-data'),
    LOS_TIME_ZONE: z.string().refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as "Asia/Kolkata"').default('Asia/Kolkata'),
    LOS_NAMESPACE: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'lower-case letters, digits, - and _, starting with a letter').default('los'),
    DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
    DATABASE_POOL_SIZE: int(1, 200).default(20),
    AMQP_URL: url(['amqp:', 'amqps:']).optional(),
    REDIS_URL: url(['redis:', 'rediss:']).optional(),
    JWT_SECRET: z.string().min(32, 'must have at least 32 characters').optional(),
    OTP_HASH_KEY: z.string().min(32, 'must have at least 32 characters').optional(),
    AADHAAR_REF_KEY: z.string().min(32, 'must have at least 32 characters').optional(),
    BCRYPT_COST: int(4, 15).default(12),
    ACCESS_TOKEN_TTL_SECONDS: int(60, 86_400).default(900),
    REFRESH_TOKEN_TTL_SECONDS: int(300, 31_536_000).default(2_592_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RELAY_INTERVAL_MS: int(10, 60_000).default(250),
    RELAY_BATCH_SIZE: int(1, 1000).default(100),
    BUS_MAX_ATTEMPTS: int(1, 50).default(5),
    BUS_BASE_DELAY_MS: int(1, 3_600_000).default(1000),
    JOB_TICK_MS: int(100, 600_000).default(15_000),
    REMINDER_INTERVAL_MS: int(1000, 86_400_000).default(60_000),
    DAY_END_CLOSE_AT: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24 h) in LOS_TIME_ZONE').default('23:30'),
    PRUNE_INTERVAL_MS: int(1000, 86_400_000).default(3_600_000),
    PRUNE_AFTER_HOURS: int(0, 8760).default(72),
    METRICS_PORT: int(1, 65535).optional(),
    TWILIO_ACCOUNT_SID: z.string().min(1).optional(),
    TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
    TWILIO_FROM: z.string().min(1).optional(),
    DOCUMENT_LINK_SECRET: z.string().min(32, 'must have at least 32 characters').optional(),
    RAZORPAY_KEY_ID: z.string().min(1).optional(),
    RAZORPAY_KEY_SECRET: z.string().min(1).optional(),
    RAZORPAY_WEBHOOK_SECRET: z.string().min(16, 'must have at least 16 characters').optional(),
    RAZORPAYX_ACCOUNT_NUMBER: z.string().regex(/^\d{6,20}$/, 'must be the RazorpayX account number (digits)').optional(),
    CASHFREE_CLIENT_ID: z.string().min(1).optional(),
    CASHFREE_CLIENT_SECRET: z.string().min(1).optional(),
    DIGIO_CLIENT_ID: z.string().min(1).optional(),
    DIGIO_CLIENT_SECRET: z.string().min(1).optional(),
    DIGIO_WEBHOOK_SECRET: z.string().min(16, 'must have at least 16 characters').optional(),
    SUREPASS_TOKEN: z.string().min(1).optional(),
    SUREPASS_BUREAU_TOKEN: z.string().min(1).optional(),
    SUREPASS_BUREAU_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://kyc-api.surepass.io' }).optional(),
    FINBOX_API_KEY: z.string().min(1).optional(),
    FINBOX_SERVER_HASH: z.string().min(1).optional(),
    FINBOX_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://apis.bankconnect.finbox.in/bank-connect' }).optional(),
    LOS_SEED_DEMO: z.enum(['true', 'false'], { error: 'must be "true" or "false"' }).optional(),
  });

/** Rules across variables, checked on the raw environment so they are reported with the per-variable ones. */
function crossChecks(env: Readonly<Record<string, string>>): string[] {
  const errors: string[] = [];
  if (env['LOS_MODE'] === 'production') {
    for (const name of ['DATABASE_URL', 'AMQP_URL', 'REDIS_URL', 'JWT_SECRET', 'OTP_HASH_KEY', 'AADHAAR_REF_KEY']) {
      if (env[name] === undefined) errors.push(`${name}: is required when LOS_MODE=production`);
    }
  }
  const twilio = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'];
  const set = twilio.filter((name) => env[name] !== undefined);
  if (set.length > 0 && set.length < twilio.length) {
    for (const name of twilio) if (env[name] === undefined) errors.push(`${name}: is required when any TWILIO_* variable is set`);
  }
  for (const group of [['RAZORPAY_KEY_ID', 'RAZORPAY_KEY_SECRET', 'RAZORPAY_WEBHOOK_SECRET'], ['CASHFREE_CLIENT_ID', 'CASHFREE_CLIENT_SECRET'], ['DIGIO_CLIENT_ID', 'DIGIO_CLIENT_SECRET', 'DIGIO_WEBHOOK_SECRET'], ['FINBOX_API_KEY', 'FINBOX_SERVER_HASH']]) {
    if (group.some((name) => env[name] !== undefined)) for (const name of group) if (env[name] === undefined) errors.push(`${name}: is required when any of ${group.join(', ')} is set`);
  }
  if (env['RAZORPAYX_ACCOUNT_NUMBER'] !== undefined && env['RAZORPAY_KEY_ID'] === undefined) errors.push('RAZORPAYX_ACCOUNT_NUMBER: needs the RAZORPAY_* keys');
  if (env['SUREPASS_BUREAU_URL'] !== undefined && env['SUREPASS_BUREAU_TOKEN'] === undefined) errors.push('SUREPASS_BUREAU_URL: needs SUREPASS_BUREAU_TOKEN');
  if (env['FINBOX_BASE_URL'] !== undefined && env['FINBOX_API_KEY'] === undefined) errors.push('FINBOX_BASE_URL: needs the FINBOX_* keys');
  return errors;
}

/** Validated configuration of the API and the worker. */
export interface Config {
  readonly mode: 'embedded' | 'production';
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Prefix of broker exchanges/queues and cache keys, so installations (or test runs) can share services. */
  readonly namespace: string;
  /** The business time zone: calendar dates (due dates, business days) are taken in it. */
  readonly timeZone: string;
  readonly database: { readonly kind: 'pglite'; readonly dataDir: string } | { readonly kind: 'postgres'; readonly url: string; readonly poolSize: number };
  readonly bus: { readonly kind: 'in-process' } | { readonly kind: 'amqp'; readonly url: string };
  readonly cache: { readonly kind: 'memory' } | { readonly kind: 'redis'; readonly url: string };
  readonly sms: { readonly kind: 'sandbox' } | { readonly kind: 'twilio'; readonly accountSid: string; readonly authToken: string; readonly from: string };
  /** Undefined in embedded mode when not set: the app then keeps a generated secret in the data folder. */
  readonly jwtSecret: string | undefined;
  readonly otpHashKey: string | undefined;
  /** The key Aadhaar references are made with; changing it orphans every stored reference (blocklists, KYC). */
  readonly aadhaarRefKey: string | undefined;
  readonly bcryptCost: number;
  readonly accessTokenTtlSeconds: number;
  /** Lifetime of each refresh token (30 days by default); every refresh issues a successor with a full lifetime. */
  readonly refreshTokenTtlSeconds: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly relay: { readonly intervalMs: number; readonly batchSize: number };
  readonly retry: { readonly maxAttempts: number; readonly baseDelayMs: number };
  /** Scheduled jobs: how often the leader checks what is due, and each job's cadence; pruning keeps published events this long. */
  readonly jobs: { readonly tickMs: number; readonly reminderEveryMs: number; readonly dayEndCloseAt: string; readonly pruneEveryMs: number; readonly pruneAfterHours: number };
  /** Port of the worker's own /metrics and /health listener; none when absent (the API serves /metrics). */
  readonly metricsPort: number | undefined;
  readonly seedDemo: boolean;
  /** The key of signed document links; undefined: derived from the JWT secret (embedded data folder or environment). */
  readonly documentLinkSecret: string | undefined;
  /** Real provider accounts; each capability without one runs on its sandbox. */
  readonly providers: ProviderAccounts;
}

/** Provider credentials from the environment. */
export interface ProviderAccounts {
  readonly razorpay?: { readonly keyId: string; readonly keySecret: string; readonly webhookSecret: string; readonly payoutAccountNumber?: string };
  readonly cashfree?: { readonly clientId: string; readonly clientSecret: string };
  readonly digio?: { readonly clientId: string; readonly clientSecret: string; readonly webhookSecret: string };
  readonly surepassToken?: string;
  /** Surepass's credit-report product (Experian), which has a token of its own; the base URL defaults to production. */
  readonly surepassBureau?: { readonly token: string; readonly baseUrl?: string };
  /** FinBox BankConnect, which analyses the bank statements customers share; the base URL defaults to production. */
  readonly finbox?: { readonly apiKey: string; readonly serverHash: string; readonly baseUrl?: string };
}

/** One message per bad variable, e.g. `PORT: must be a whole number`. */
export type ConfigErrors = readonly string[];

/**
 * Parses the environment. Embedded mode needs nothing; production mode needs the service URLs and secrets.
 * @returns the configuration, or every problem found, one line per variable.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): { ok: true; config: Config } | { ok: false; errors: ConfigErrors } {
  const cleaned = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
  const parsed = schema.safeParse(cleaned);
  const errors = [...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`)), ...crossChecks(cleaned)];
  if (!parsed.success || errors.length > 0) return { ok: false, errors: [...new Set(errors)] };
  const e = parsed.data;
  const config: Config = {
    mode: e.LOS_MODE,
    port: e.PORT,
    host: e.HOST ?? (e.LOS_MODE === 'production' ? '0.0.0.0' : '127.0.0.1'),
    dataDir: e.LOS_DATA_DIR,
    namespace: e.LOS_NAMESPACE,
    timeZone: e.LOS_TIME_ZONE,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE } : { kind: 'pglite', dataDir: `${e.LOS_DATA_DIR}/pglite` },
    bus: e.AMQP_URL ? { kind: 'amqp', url: e.AMQP_URL } : { kind: 'in-process' },
    cache: e.REDIS_URL ? { kind: 'redis', url: e.REDIS_URL } : { kind: 'memory' },
    sms:
      e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM
        ? { kind: 'twilio', accountSid: e.TWILIO_ACCOUNT_SID, authToken: e.TWILIO_AUTH_TOKEN, from: e.TWILIO_FROM }
        : { kind: 'sandbox' },
    jwtSecret: e.JWT_SECRET,
    otpHashKey: e.OTP_HASH_KEY,
    aadhaarRefKey: e.AADHAAR_REF_KEY,
    bcryptCost: e.BCRYPT_COST,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
    logLevel: e.LOG_LEVEL,
    relay: { intervalMs: e.RELAY_INTERVAL_MS, batchSize: e.RELAY_BATCH_SIZE },
    retry: { maxAttempts: e.BUS_MAX_ATTEMPTS, baseDelayMs: e.BUS_BASE_DELAY_MS },
    jobs: { tickMs: e.JOB_TICK_MS, reminderEveryMs: e.REMINDER_INTERVAL_MS, dayEndCloseAt: e.DAY_END_CLOSE_AT, pruneEveryMs: e.PRUNE_INTERVAL_MS, pruneAfterHours: e.PRUNE_AFTER_HOURS },
    metricsPort: e.METRICS_PORT,
    seedDemo: e.LOS_SEED_DEMO ? e.LOS_SEED_DEMO === 'true' : e.LOS_MODE === 'embedded',
    documentLinkSecret: e.DOCUMENT_LINK_SECRET,
    providers: {
      ...(e.RAZORPAY_KEY_ID && e.RAZORPAY_KEY_SECRET && e.RAZORPAY_WEBHOOK_SECRET
        ? { razorpay: { keyId: e.RAZORPAY_KEY_ID, keySecret: e.RAZORPAY_KEY_SECRET, webhookSecret: e.RAZORPAY_WEBHOOK_SECRET, ...(e.RAZORPAYX_ACCOUNT_NUMBER ? { payoutAccountNumber: e.RAZORPAYX_ACCOUNT_NUMBER } : {}) } }
        : {}),
      ...(e.CASHFREE_CLIENT_ID && e.CASHFREE_CLIENT_SECRET ? { cashfree: { clientId: e.CASHFREE_CLIENT_ID, clientSecret: e.CASHFREE_CLIENT_SECRET } } : {}),
      ...(e.DIGIO_CLIENT_ID && e.DIGIO_CLIENT_SECRET && e.DIGIO_WEBHOOK_SECRET ? { digio: { clientId: e.DIGIO_CLIENT_ID, clientSecret: e.DIGIO_CLIENT_SECRET, webhookSecret: e.DIGIO_WEBHOOK_SECRET } } : {}),
      ...(e.SUREPASS_TOKEN ? { surepassToken: e.SUREPASS_TOKEN } : {}),
      ...(e.SUREPASS_BUREAU_TOKEN ? { surepassBureau: { token: e.SUREPASS_BUREAU_TOKEN, ...(e.SUREPASS_BUREAU_URL ? { baseUrl: e.SUREPASS_BUREAU_URL.replace(/\/$/, '') } : {}) } } : {}),
      ...(e.FINBOX_API_KEY && e.FINBOX_SERVER_HASH
        ? { finbox: { apiKey: e.FINBOX_API_KEY, serverHash: e.FINBOX_SERVER_HASH, ...(e.FINBOX_BASE_URL ? { baseUrl: e.FINBOX_BASE_URL.replace(/\/$/, '') } : {}) } }
        : {}),
    },
  };
  return { ok: true, config };
}
