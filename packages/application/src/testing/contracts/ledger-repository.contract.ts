import { JournalEntry, type JournalLine, Money, localDate, reverse } from '@los/domain';
import { describe, expect, it } from 'vitest';
import { DuplicateJournalEntryError, type LedgerRepository } from '../../ports/ledger-repository.js';

/**
 * How a LedgerRepository joins the contract run. `create` may hand back a shared store: every test posts
 * under ids of its own, because a ledger cannot be emptied.
 * @example describeLedgerRepositoryContract({ name: 'in-memory', create: async () => ({ ledger: new InMemoryLedgerRepository() }) })
 */
export interface LedgerRepositoryContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly ledger: LedgerRepository; close?(): Promise<void> }>;
  readonly skip?: string;
}

const uuid = () => globalThis.crypto.randomUUID();
const inr = (s: string) => Money.of(s, 'INR');
const line = (account: JournalLine['account'], side: JournalLine['side'], amount: string): JournalLine => ({ account, side, amount: inr(amount) });
const view = (e: JournalEntry) => ({
  id: e.id,
  brandId: e.brandId,
  loanId: e.loanId,
  businessDate: e.businessDate,
  kind: e.kind,
  memo: e.memo,
  reverses: e.reverses,
  currency: e.currency,
  lines: e.lines.map((l) => `${l.account}:${l.side}:${l.amount.toFixed()}:${l.amount.currency}`),
});

function disbursal(brandId: string, loanId: string): JournalEntry {
  return JournalEntry.create({
    id: uuid(), brandId, loanId, businessDate: localDate('2026-01-05'), kind: 'DISBURSAL', memo: 'Disbursal of 100000 less fee',
    lines: [line('PRINCIPAL_RECEIVABLE', 'DEBIT', '100000.00'), line('DISBURSEMENT_CLEARING', 'CREDIT', '97640.00'), line('FEE_INCOME', 'CREDIT', '2000.00'), line('GST_PAYABLE', 'CREDIT', '360.00')],
  });
}

function repayment(brandId: string, loanId: string): JournalEntry {
  return JournalEntry.create({
    id: uuid(), brandId, loanId, businessDate: localDate('2026-02-05'), kind: 'REPAYMENT', memo: 'EMI 1',
    lines: [line('COLLECTIONS_CLEARING', 'DEBIT', '9000.10'), line('INTEREST_RECEIVABLE', 'CREDIT', '986.30'), line('PRINCIPAL_RECEIVABLE', 'CREDIT', '8013.80')],
  });
}

/**
 * The behaviour every ledger store shares: entries read back exactly and in posting order, a posted id is
 * never replaced (and a batch holding one is refused whole), reversals net to zero, brands never see each
 * other's entries, and balances are what the entries add up to.
 */
export function describeLedgerRepositoryContract(options: LedgerRepositoryContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`LedgerRepository contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const withLedger = async (work: (ledger: LedgerRepository) => Promise<void>) => {
      const fixture = await options.create();
      try {
        await work(fixture.ledger);
      } finally {
        await fixture.close?.();
      }
    };

    it('reads back exactly what was appended, in posting order', () =>
      withLedger(async (ledger) => {
        const brand = uuid();
        const loan = uuid();
        const first = disbursal(brand, loan);
        const second = repayment(brand, loan);
        await ledger.append([first]);
        await ledger.append([second]);
        const stored = await ledger.entriesOfLoan(brand, loan);
        expect(stored.map(view)).toEqual([view(first), view(second)]);
        expect(stored.every((e) => e instanceof JournalEntry)).toBe(true);
      }));

    it('refuses an entry id already posted, and writes nothing of a batch that holds one', () =>
      withLedger(async (ledger) => {
        const brand = uuid();
        const loan = uuid();
        const first = disbursal(brand, loan);
        await ledger.append([first]);
        const fresh = repayment(brand, loan);
        await expect(ledger.append([fresh, first])).rejects.toBeInstanceOf(DuplicateJournalEntryError);
        expect((await ledger.entriesOfLoan(brand, loan)).map((e) => e.id)).toEqual([first.id]);
      }));

    it('lets only one of two concurrent appends of the same entry through', () =>
      withLedger(async (ledger) => {
        const brand = uuid();
        const loan = uuid();
        const entry = disbursal(brand, loan);
        const outcomes = await Promise.allSettled([ledger.append([entry]), ledger.append([entry])]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(rejected?.reason).toBeInstanceOf(DuplicateJournalEntryError);
        expect(await ledger.entriesOfLoan(brand, loan)).toHaveLength(1);
      }));

    it('derives balances from the entries, and a reversal nets them to zero', () =>
      withLedger(async (ledger) => {
        const brand = uuid();
        const loan = uuid();
        const d = disbursal(brand, loan);
        await ledger.append([d]);
        await ledger.append([JournalEntry.create({ id: uuid(), brandId: brand, loanId: loan, businessDate: localDate('2026-02-01'), kind: 'INTEREST_ACCRUAL', memo: 'Jan', lines: [line('INTEREST_RECEIVABLE', 'DEBIT', '986.30'), line('INTEREST_INCOME', 'CREDIT', '986.30')] })]);
        const r = repayment(brand, loan);
        await ledger.append([r]);
        const balances = await ledger.balancesOfLoan(brand, loan);
        expect([balances.principal.toFixed(), balances.interest.toFixed(), balances.fees.toFixed()]).toEqual([inr('100000').minus(inr('8013.80')).toFixed(), '0.00', '0.00']);
        await ledger.append([reverse(r, uuid(), localDate('2026-02-07'))]);
        const afterReversal = await ledger.balancesOfLoan(brand, loan);
        expect(afterReversal.principal.toFixed()).toBe('100000.00');
        expect(afterReversal.interest.toFixed()).toBe('986.30');
        const stored = await ledger.entriesOfLoan(brand, loan);
        expect(stored.at(-1)?.reverses).toBe(r.id);
      }));

    it("never shows one brand another brand's entries", () =>
      withLedger(async (ledger) => {
        const brand = uuid();
        const other = uuid();
        const loan = uuid();
        await ledger.append([disbursal(brand, loan)]);
        expect(await ledger.entriesOfLoan(other, loan)).toEqual([]);
        expect((await ledger.balancesOfLoan(other, loan)).principal.isZero()).toBe(true);
        expect(await ledger.entriesOfLoan(brand, loan)).toHaveLength(1);
      }));
  });
}
