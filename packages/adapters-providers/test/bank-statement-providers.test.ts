import { type BankStatementTestStatements, FixedClock, describeBankStatementProviderContract } from '@los/application/testing';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { FinboxBankStatementProvider, ProviderError, type ProviderExchange, SANDBOX_STATEMENT_PASSWORD, SandboxBankStatementProvider, sandboxStatementPdf } from '../src/index.js';
import { fetchInto } from './provider-stubs.js';

const pdf = (text: string, encrypted = false) => new Uint8Array(Buffer.from(`%PDF-1.5\n${encrypted ? '/Encrypt 5 0 R\n' : ''}% ${text}\n%%EOF\n`, 'latin1'));
const STUB_PASSWORD = 'dob-01041990';

/** FinBox transaction objects as the transactions API documents them: amounts and balances as JSON numbers. */
const tx = (date: string, type: 'credit' | 'debit', amount: number, balance: number, channel: string, description = '', note = `${channel} ${amount}`) => ({
  transaction_note: note, hash: `h-${date}-${amount}`, description, account_id: 'acc-1', transaction_type: type, amount, date: `${date} 00:00:00`, merchant_category: '', balance, transaction_channel: channel,
});
const SALARIED = [tx('2026-04-30', 'credit', 52000.0, 61234.56, 'salary'), tx('2026-05-03', 'debit', 0.1, 61234.46, 'bank_charge', '', 'SMS CHARGES'), tx('2026-05-31', 'credit', 52000.0, 113234.46, 'salary')];
const BOUNCED = [
  tx('2026-05-01', 'credit', 30000, 30922.15, 'net_banking_transfer'),
  tx('2026-05-05', 'debit', 590, 30332.15, 'auto_debit_payment_bounce'),
  tx('2026-05-06', 'debit', 354, 29978.15, 'bank_charge', 'chq_bounce_charge'),
  tx('2026-05-07', 'debit', 1200.5, 28777.65, 'bank_charge', 'penalty_charge'),
];

/**
 * A stand-in for FinBox BankConnect following its documented REST API: the base64 bankless upload (form
 * fields, `x-api-key`), then per entity the transactions (processing on the first read, completed after) and
 * identity reads (`x-api-key` and `server-hash`). The statement's scenario is a word written in the PDF.
 */
function finboxStub(apiKey: string, serverHash: string) {
  const uploads: Record<string, string>[] = [];
  const entities = new Map<string, { kind: 'SALARIED' | 'BOUNCED' | 'FAILING'; reads: number }>();
  let transactionsDown = 0;
  const app = new Hono();
  app.post('/v1/statement/bankless_upload_base64/', async (c) => {
    if (c.req.header('x-api-key') !== apiKey) return c.json({ detail: 'Authentication credentials were not provided.' }, 401);
    if (!c.req.header('content-type')?.startsWith('application/x-www-form-urlencoded')) return c.json({ file: ['This field must be present as a form field.'] }, 400);
    const form = (await c.req.parseBody()) as Record<string, string>;
    uploads.push(form);
    if (!form['file']) return c.json({ file: ['This field is required.'] }, 400);
    const text = Buffer.from(form['file'], 'base64').toString('latin1');
    const entityId = `entity-${uploads.length}`;
    if (!text.startsWith('%PDF')) return c.json({ entity_id: entityId, message: 'Non Parsable PDF' }, 400);
    if (text.includes('/Encrypt') && form['pdf_password'] !== STUB_PASSWORD) return c.json({ entity_id: entityId, message: 'Incorrect Password' }, 400);
    const kind = text.includes('BOUNCED') ? 'BOUNCED' : text.includes('FAILING') ? 'FAILING' : 'SALARIED';
    entities.set(entityId, { kind, reads: 0 });
    return c.json({ bank_name: 'hdfc', statement_id: `st-${entityId}`, entity_id: entityId, date_range: { from_date: '2026-04-01', to_date: '2026-05-31' }, is_fraud: false, fraud_type: null, identity: { account_id: 'acc-1', account_number: '50100012345678', name: 'ASHA RAO', address: 'x' } });
  });
  const entity = (c: { req: { header: (n: string) => string | undefined; param: (n: string) => string } }) => {
    if (c.req.header('x-api-key') !== apiKey || c.req.header('server-hash') !== serverHash) return 'unauthorised' as const;
    return entities.get(c.req.param('id')) ?? null;
  };
  app.get('/v1/entity/:id/transactions/', (c) => {
    if (transactionsDown > 0) {
      transactionsDown -= 1;
      return c.json({ detail: 'upstream' }, 503);
    }
    const e = entity(c);
    if (e === 'unauthorised') return c.json({ detail: 'Authentication credentials were not provided.' }, 401);
    if (!e) return c.json({ detail: 'Not found.' }, 404);
    e.reads += 1;
    const status = e.reads === 1 ? 'processing' : e.kind === 'FAILING' ? 'failed' : 'completed';
    const progress = [{ status, message: status === 'failed' ? 'INCOMPLETE_MONTHS: Insufficient data to generate months' : null, statement_id: `st-${c.req.param('id')}`, source: 'pdf' }];
    const accounts = [{ months: ['2026-04', '2026-05'], statements: [`st-${c.req.param('id')}`], account_id: 'acc-1', ifsc: null, micr: null, account_category: 'individual', account_number: '50100012345678', bank: 'hdfc' }];
    const transactions = status === 'completed' ? (e.kind === 'BOUNCED' ? BOUNCED : SALARIED) : [];
    return c.json({ entity_id: c.req.param('id'), progress, accounts, fraud: { fraudulent_statements: [], fraud_type: [] }, transactions });
  });
  app.get('/v1/entity/:id/identity/', (c) => {
    const e = entity(c);
    if (e === 'unauthorised') return c.json({ detail: 'Authentication credentials were not provided.' }, 401);
    if (!e) return c.json({ detail: 'Not found.' }, 404);
    return c.json({ entity_id: c.req.param('id'), progress: [], accounts: [], identity: [{ address: 'x', account_number: '50100012345678', account_id: 'acc-1', name: 'ASHA RAO' }] });
  });
  return { app, uploads, failTransactions: (times: number) => (transactionsDown = times) };
}

const finboxStatements: BankStatementTestStatements = {
  salaried: { file: pdf('SALARIED statement'), password: STUB_PASSWORD },
  bounced: { file: pdf('BOUNCED statement') },
  wrongPassword: { file: pdf('SALARIED statement', true), password: 'wrong' },
  unreadable: { file: new Uint8Array([0x50, 0x4b, 3, 4]) },
  failing: { file: pdf('FAILING statement') },
};
const finbox = (stub = finboxStub('key-1', 'hash-1'), audit?: (e: ProviderExchange) => void) =>
  new FinboxBankStatementProvider({ apiKey: 'key-1', serverHash: 'hash-1', baseUrl: 'https://finbox.test', fetch: fetchInto(stub.app), backoffMs: 1, ...(audit ? { audit } : {}) });

describeBankStatementProviderContract({ name: 'FinBox (against its documented API)', create: async () => ({ provider: finbox(), statements: finboxStatements }) });
describeBankStatementProviderContract({
  name: 'sandbox',
  create: async () => ({
    provider: new SandboxBankStatementProvider({ clock: new FixedClock('2026-06-15T06:00:00Z') }),
    statements: {
      salaried: { file: sandboxStatementPdf('PQRPE1234K') },
      bounced: { file: sandboxStatementPdf('BNCPE1234F') },
      wrongPassword: { file: sandboxStatementPdf('PQRPE1234K', { encrypted: true }), password: 'wrong' },
      unreadable: { file: new Uint8Array([1, 2, 3]) },
      failing: { file: sandboxStatementPdf('NSTPE1234F') },
    },
  }),
});

const upload = { submissionId: '00000000-0000-4000-8000-000000000001', brandId: 'b1', customerId: 'c1' };

describe('FinboxBankStatementProvider', () => {
  it('uploads the PDF in base64 with our submission id as link_id and the password, and keeps the entity id', async () => {
    const stub = finboxStub('key-1', 'hash-1');
    const exchanges: ProviderExchange[] = [];
    const file = pdf('SALARIED', true);
    expect(await finbox(stub, (e) => exchanges.push(e)).submit({ ...upload, file, password: STUB_PASSWORD })).toEqual({ status: 'ACCEPTED', providerReference: 'entity-1' });
    expect(stub.uploads).toEqual([{ file: Buffer.from(file).toString('base64'), link_id: upload.submissionId, pdf_password: STUB_PASSWORD }]);
    // The audit trail never holds the statement or its password.
    expect(JSON.stringify(exchanges)).not.toContain(STUB_PASSWORD);
    expect(JSON.stringify(exchanges)).not.toContain(Buffer.from(file).toString('base64'));
  });

  it('reads amounts given as JSON numbers exactly, categorises salary and bounce charges, masks the account', async () => {
    const stub = finboxStub('key-1', 'hash-1');
    const exchanges: ProviderExchange[] = [];
    const provider = finbox(stub, (e) => exchanges.push(e));
    await provider.submit({ ...upload, file: pdf('BOUNCED') });
    expect(await provider.fetchResult('entity-1')).toEqual({ status: 'PENDING' });
    const result = await provider.fetchResult('entity-1');
    if (result.status !== 'COMPLETED') throw new Error(JSON.stringify(result));
    expect(result.analysis.accountHolderName).toBe('ASHA RAO');
    expect(result.analysis.maskedAccountNumber).toBe('XXXXXXXXXX5678');
    expect(result.analysis.statement.period).toEqual({ from: '2026-05-01', to: '2026-05-07' });
    expect(result.analysis.statement.transactions.map((t) => [t.valueDate, t.direction, t.amount.toFixed(), t.balanceAfter.toFixed(), t.category])).toEqual([
      ['2026-05-01', 'CREDIT', '30000.00', '30922.15', 'OTHER'],
      ['2026-05-05', 'DEBIT', '590.00', '30332.15', 'BOUNCE'],
      ['2026-05-06', 'DEBIT', '354.00', '29978.15', 'BOUNCE'],
      ['2026-05-07', 'DEBIT', '1200.50', '28777.65', 'OTHER'],
    ]);
    // The audit trail counts the lines and keeps none of them.
    expect(JSON.stringify(exchanges)).not.toContain('auto_debit_payment_bounce');
    expect(exchanges.filter((e) => e.path.endsWith('/transactions/')).map((e) => (e.response as { transactions: unknown }).transactions)).toEqual([{ count: 0 }, { count: 4 }]);
  });

  it('retries a read through a 5xx, and throws when the provider refuses the credentials', async () => {
    const stub = finboxStub('key-1', 'hash-1');
    await finbox(stub).submit({ ...upload, file: pdf('SALARIED') });
    stub.failTransactions(2);
    expect(await finbox(stub).fetchResult('entity-1')).toEqual({ status: 'PENDING' });
    const wrongHash = new FinboxBankStatementProvider({ apiKey: 'key-1', serverHash: 'nope', baseUrl: 'https://finbox.test', fetch: fetchInto(stub.app), backoffMs: 1 });
    await expect(wrongHash.fetchResult('entity-1')).rejects.toBeInstanceOf(ProviderError);
    const wrongKey = new FinboxBankStatementProvider({ apiKey: 'nope', serverHash: 'hash-1', baseUrl: 'https://finbox.test', fetch: fetchInto(stub.app), backoffMs: 1 });
    await expect(wrongKey.submit({ ...upload, file: pdf('SALARIED') })).rejects.toBeInstanceOf(ProviderError);
  });
});

describe('SandboxBankStatementProvider', () => {
  it(`opens an encrypted statement with the documented password ${SANDBOX_STATEMENT_PASSWORD}`, async () => {
    const sandbox = new SandboxBankStatementProvider({ clock: new FixedClock('2026-06-15T06:00:00Z') });
    const file = sandboxStatementPdf('PQRPE1234K', { encrypted: true });
    expect(await sandbox.submit({ ...upload, file, password: SANDBOX_STATEMENT_PASSWORD })).toMatchObject({ status: 'ACCEPTED' });
    await expect(sandbox.fetchResult('made-up')).rejects.toThrow(/never issued/);
  });

  it('ends the statement on the business day before the upload, in the business time zone', async () => {
    // 20:00 UTC on 15 June is already 16 June in India: the statement ends on the 15th, not the 14th.
    const lateEvening = new FixedClock('2026-06-15T20:00:00Z');
    const ends = async (timeZone?: string) => {
      const taken = await new SandboxBankStatementProvider({ clock: lateEvening, ...(timeZone ? { timeZone } : {}) }).submit({ ...upload, file: sandboxStatementPdf('PQRPE1234K') });
      if (taken.status !== 'ACCEPTED') throw new Error('refused');
      const result = await new SandboxBankStatementProvider({ clock: lateEvening }).fetchResult(taken.providerReference);
      return result.status === 'COMPLETED' ? result.analysis.statement.period.to : null;
    };
    expect(await ends()).toBe('2026-06-15');
    expect(await ends('Asia/Kolkata')).toBe('2026-06-15');
    expect(await ends('UTC')).toBe('2026-06-14');
  });
});
