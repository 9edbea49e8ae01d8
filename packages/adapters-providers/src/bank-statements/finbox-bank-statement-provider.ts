import { type BankStatementProvider, type BankStatementRejection, type BankStatementResult, type BankStatementSubmitted, type BankStatementUpload, maskAccountNumber } from '@los/application';
import { Money, type StatementTransaction, type TransactionCategory, localDate } from '@los/domain';
import { type ProviderExchange, type ProviderHttpOptions, ProviderError, callProvider, clientHttp } from '../payments/provider-http.js';

/** FinBox BankConnect account settings. */
export interface FinboxOptions extends Partial<ProviderHttpOptions> {
  /** Sent as `x-api-key` on every call. */
  readonly apiKey: string;
  /** Sent as `server-hash` on the enriched-data calls (transactions, identity). */
  readonly serverHash: string;
}

type Json = Record<string, unknown>;

/** `transaction_channel` values that are a returned debit's charge (one per bounce). */
const BOUNCE_CHANNELS = new Set(['auto_debit_payment_bounce']);
/** `description` values FinBox gives a bounce's charge under the `bank_charge` channel. */
const BOUNCE_DESCRIPTIONS = new Set(['ach_bounce_charge', 'chq_bounce_charge']);

/**
 * Bank statement analysis through FinBox BankConnect's REST API.
 *
 * Protocol, as FinBox documents it (https://docs.finbox.in/bank-connect/upload-rest-api.html and
 * https://docs.finbox.in/bank-connect/rest-api.html):
 * - upload: `POST /v1/statement/bankless_upload_base64/?identity=true`, form fields `file` (the PDF in
 *   base64), `link_id` (our submission id, so each submission is an entity of its own) and `pdf_password`;
 *   `x-api-key` header. 200 gives `entity_id`, our reference. A refused file is a 400 with a `message`
 *   (`Incorrect Password`, `Non Parsable PDF`, `Not able to identify the bank name`).
 * - result: `GET /v1/entity/<entity_id>/transactions/` with `x-api-key` and `server-hash`; its `progress`
 *   lists each statement as `processing`, `completed` or `failed`; once all completed, `transactions` holds
 *   the lines (`date` "YYYY-MM-DD 00:00:00", `transaction_type` credit/debit, `amount`, `balance`,
 *   `transaction_note`, `transaction_channel`, `description`) and `accounts` the account number. The holder's
 *   name comes from `GET /v1/entity/<entity_id>/identity/`.
 *
 * Quirks kept here: amounts and balances arrive as JSON numbers; each is read back through its shortest
 * decimal form (what FinBox wrote for a two-decimal figure) and rounded HALF_UP to the paisa, never used as
 * a float. The period is the first to the last line's date (the transactions call gives no statement
 * dates). FinBox's completion webhook carries no signature, so results are only ever read through these
 * authenticated calls, by the refresh job.
 */
export class FinboxBankStatementProvider implements BankStatementProvider {
  readonly name = 'finbox';
  private readonly http: ProviderHttpOptions;

  constructor(private readonly options: FinboxOptions) {
    const audit = options.audit;
    // Statement lines name counterparties and spending: the audit trail keeps how many came, not what they were.
    this.http = clientHttp({ ...options, ...(audit ? { audit: (exchange: ProviderExchange) => audit({ ...exchange, response: withoutLines(exchange.response) }) } : {}) }, 'https://apis.bankconnect.finbox.in/bank-connect');
  }

  async submit(upload: BankStatementUpload): Promise<BankStatementSubmitted> {
    const form = new URLSearchParams({ file: Buffer.from(upload.file).toString('base64'), link_id: upload.submissionId });
    if (upload.password) form.set('pdf_password', upload.password);
    // Not retried: a second upload would analyse (and bill) the file twice.
    const { status, json } = await callProvider('FinBox', this.http, {
      method: 'POST',
      path: '/v1/statement/bankless_upload_base64/?identity=true',
      headers: { 'x-api-key': this.options.apiKey, 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      retry: false,
    });
    if (status === 200 && typeof json['entity_id'] === 'string' && json['entity_id']) return { status: 'ACCEPTED', providerReference: json['entity_id'] };
    const message = typeof json['message'] === 'string' ? json['message'] : '';
    const reason = status === 400 ? rejection(message) : null;
    if (!reason) throw new ProviderError('FinBox', status, json);
    return { status: 'REJECTED', reason, message };
  }

  async fetchResult(entityId: string): Promise<BankStatementResult> {
    const found = await this.get(`/v1/entity/${encodeURIComponent(entityId)}/transactions/`);
    const progress = Array.isArray(found['progress']) ? (found['progress'] as Json[]) : [];
    const failed = progress.find((p) => p['status'] === 'failed');
    if (failed) return { status: 'FAILED', reason: String(failed['message'] ?? '') || 'the statement could not be analysed' };
    if (progress.length === 0 || progress.some((p) => p['status'] !== 'completed')) return { status: 'PENDING' };
    const transactions = (Array.isArray(found['transactions']) ? (found['transactions'] as Json[]) : []).map(line);
    const first = transactions[0];
    if (!first) return { status: 'FAILED', reason: 'no transactions were extracted from the statement' };
    const identity = await this.get(`/v1/entity/${encodeURIComponent(entityId)}/identity/`);
    const holder = (Array.isArray(identity['identity']) ? (identity['identity'] as Json[]) : [])[0]?.['name'];
    const account = (Array.isArray(found['accounts']) ? (found['accounts'] as Json[]) : [])[0]?.['account_number'];
    const dates = transactions.map((t) => t.valueDate).sort();
    return {
      status: 'COMPLETED',
      analysis: {
        accountHolderName: typeof holder === 'string' && holder ? holder : null,
        maskedAccountNumber: typeof account === 'string' && /\d{4}$/.test(account) ? maskAccountNumber(account.replace(/\D/g, '')) : null,
        statement: { period: { from: dates[0] ?? first.valueDate, to: dates.at(-1) ?? first.valueDate }, transactions },
      },
    };
  }

  /** Reads are safe to repeat, so they are retried on 5xx. */
  private async get(path: string): Promise<Json> {
    const { status, json } = await callProvider('FinBox', this.http, { method: 'GET', path, headers: { 'x-api-key': this.options.apiKey, 'server-hash': this.options.serverHash }, retry: true });
    if (status !== 200) throw new ProviderError('FinBox', status, json);
    return json;
  }
}

function rejection(message: string): BankStatementRejection | null {
  if (/password/i.test(message)) return 'PASSWORD_INCORRECT';
  if (/parsable|pdf/i.test(message)) return 'UNREADABLE_PDF';
  if (/bank/i.test(message)) return 'BANK_NOT_SUPPORTED';
  return null;
}

function line(t: Json): StatementTransaction {
  const direction = t['transaction_type'] === 'credit' ? 'CREDIT' : t['transaction_type'] === 'debit' ? 'DEBIT' : null;
  const date = typeof t['date'] === 'string' ? t['date'].slice(0, 10) : '';
  if (!direction || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ProviderError('FinBox', 200, { unreadableTransaction: t['hash'] ?? null });
  return {
    valueDate: localDate(date),
    direction,
    amount: positive(money(t['amount'])),
    balanceAfter: money(t['balance']),
    narration: String(t['transaction_note'] ?? '').slice(0, 500),
    category: category(t),
  };
}

function category(t: Json): TransactionCategory {
  const channel = String(t['transaction_channel'] ?? '');
  if (channel === 'salary' && t['transaction_type'] === 'credit') return 'SALARY';
  if (BOUNCE_CHANNELS.has(channel) || BOUNCE_DESCRIPTIONS.has(String(t['description'] ?? ''))) return 'BOUNCE';
  return 'OTHER';
}

function withoutLines(response: unknown): unknown {
  if (response === null || typeof response !== 'object' || !Array.isArray((response as Json)['transactions'])) return response;
  return { ...(response as Json), transactions: { count: ((response as Json)['transactions'] as unknown[]).length } };
}

const positive = (m: Money) => (m.isNegative() ? m.negated() : m);

/** A JSON number (or numeric string) as money: its shortest decimal form, rounded HALF_UP to the paisa. */
function money(value: unknown): Money {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new ProviderError('FinBox', 200, { unreadableAmount: String(value) });
  return Money.of(text).round({ dp: 2, mode: 'HALF_UP' });
}
