import type { LeaderElection } from '@los/application';
import pg from 'pg';

/** Which database leadership is held in: PGlite serves one process, which always leads; PostgreSQL takes an advisory lock. */
export type LeaderElectionOptions =
  | { readonly kind: 'pglite' }
  | {
      readonly kind: 'postgres';
      readonly url: string;
      /** Names the lock; candidates with the same name on the same database compete. */
      readonly lockName: string;
      /** How long a connect or query may take before the candidate counts as not leading; 5 s when absent. */
      readonly timeoutMs?: number;
    };

/**
 * Leadership as a PostgreSQL session-level advisory lock (`pg_try_advisory_lock`) held on a dedicated
 * connection, outside the pool, for as long as the candidate leads. The lock ends with the session, so a
 * leader whose process or connection dies frees it and the next candidate to try takes it. While leading,
 * each attempt checks that the session is still alive; a lost session means leadership is lost too.
 * On PGlite (one process by construction) the candidate always leads.
 */
export class PgLeaderElection implements LeaderElection {
  private client: pg.Client | null = null;
  private leading = false;

  constructor(private readonly options: LeaderElectionOptions) {}

  async tryAcquire(): Promise<boolean> {
    if (this.options.kind === 'pglite') return (this.leading = true);
    try {
      const client = this.client ?? (await this.connect(this.options));
      if (this.leading) {
        await client.query('select 1');
        return true;
      }
      const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock(hashtext($1)) as locked', [this.options.lockName]);
      this.leading = rows[0]?.locked === true;
      return this.leading;
    } catch (error) {
      this.drop();
      throw error;
    }
  }

  isLeader(): boolean {
    return this.leading;
  }

  async release(): Promise<void> {
    this.leading = false;
    const client = this.client;
    this.client = null;
    // Ending the session releases the lock; no unlock statement is needed (or could run on a dead link).
    if (client) await client.end().catch(() => undefined);
  }

  /** The server process id of the lock's session, or null when not connected (for operators and tests). */
  get backendPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  private async connect(options: Extract<LeaderElectionOptions, { kind: 'postgres' }>): Promise<pg.Client> {
    const timeout = options.timeoutMs ?? 5000;
    const client = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: timeout, query_timeout: timeout, keepAlive: true, application_name: 'los-leader' });
    // A dropped session must not crash the process: it only means leadership is gone.
    client.on('error', () => {
      if (this.client === client) this.drop();
    });
    client.on('end', () => {
      if (this.client === client) this.drop();
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private drop(): void {
    const client = this.client;
    this.client = null;
    this.leading = false;
    client?.end().catch(() => undefined);
  }
}
