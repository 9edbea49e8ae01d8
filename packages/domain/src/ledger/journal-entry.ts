import { DomainInvariantError } from '../errors.js';
import { type LocalDate, isLocalDate } from '../local-date.js';
import { Money } from '../money/money.js';
import { ACCOUNT_CODES, type AccountCode, type NormalBalance } from './ledger-account.js';

/**
 * Why an entry was posted.
 * @example const kind: EntryKind = 'REPAYMENT';
 */
export type EntryKind =
  | 'DISBURSAL'
  | 'INTEREST_ACCRUAL'
  | 'REPAYMENT'
  | 'PENAL_CHARGE'
  | 'FEE_CHARGE'
  | 'WAIVER'
  | 'WRITE_OFF'
  | 'EXCESS_HELD'
  | 'REVERSAL';

/**
 * One line of an entry: an account debited or credited with a positive amount.
 * @example const line: JournalLine = { account: 'INTEREST_INCOME', side: 'CREDIT', amount: Money.of('986.30') };
 */
export interface JournalLine {
  readonly account: AccountCode;
  readonly side: NormalBalance;
  readonly amount: Money;
}

/**
 * Who and when an entry belongs to; every posting rule takes one.
 * @example const header: EntryHeader = { id: 'je-1', brandId: 'acme', loanId: 'L-1', businessDate: localDate('2025-05-05') };
 */
export interface EntryHeader {
  readonly id: string;
  readonly brandId: string;
  readonly loanId: string;
  readonly businessDate: LocalDate;
}

/**
 * Everything needed to build an entry.
 * @example JournalEntry.create({ ...header, kind: 'INTEREST_ACCRUAL', memo: 'May interest', lines })
 */
export interface JournalEntryInput extends EntryHeader {
  readonly kind: EntryKind;
  readonly lines: readonly JournalLine[];
  readonly memo: string;
  /** The id of the entry this one reverses. */
  readonly reverses?: string;
}

const fail = (code: string, message: string, details?: Record<string, unknown>): never => {
  throw new DomainInvariantError(code, message, details);
};

/**
 * A balanced, immutable journal entry. It can only be built through `create`, which refuses an
 * unbalanced entry; a correction is a new entry made with `reverse`, never an edit.
 * @example const entry = JournalEntry.create({ ...header, kind: 'INTEREST_ACCRUAL', memo: 'May interest', lines: [dr, cr] }); entry.total().toFixed() // '986.30'
 */
export class JournalEntry {
  readonly id: string;
  readonly brandId: string;
  readonly loanId: string;
  readonly businessDate: LocalDate;
  readonly kind: EntryKind;
  readonly lines: readonly JournalLine[];
  readonly memo: string;
  readonly reverses: string | undefined;
  readonly currency: string;

  private constructor(input: JournalEntryInput, currency: string) {
    this.id = input.id;
    this.brandId = input.brandId;
    this.loanId = input.loanId;
    this.businessDate = input.businessDate;
    this.kind = input.kind;
    this.lines = Object.freeze(input.lines.map((l) => Object.freeze({ account: l.account, side: l.side, amount: l.amount })));
    this.memo = input.memo;
    this.reverses = input.reverses;
    this.currency = currency;
    Object.freeze(this);
  }

  /**
   * Checks and builds an entry.
   * @throws DomainInvariantError `LEDGER_TOO_FEW_LINES`, `LEDGER_NON_POSITIVE_LINE`, `LEDGER_AMOUNT_NOT_ROUNDED`,
   * `LEDGER_MIXED_CURRENCIES`, `LEDGER_UNBALANCED`, `LEDGER_UNKNOWN_ACCOUNT` or `LEDGER_INVALID_HEADER`.
   */
  static create(input: JournalEntryInput): JournalEntry {
    if (!input.id || !input.brandId || !input.loanId || !isLocalDate(input.businessDate)) {
      fail('LEDGER_INVALID_HEADER', 'an entry needs an id, a brand, a loan and a YYYY-MM-DD business date', { id: input.id });
    }
    if (input.lines.length < 2) fail('LEDGER_TOO_FEW_LINES', 'an entry needs at least two lines', { id: input.id });
    const currency = input.lines[0]!.amount.currency;
    for (const [i, line] of input.lines.entries()) {
      if (!ACCOUNT_CODES.includes(line.account)) fail('LEDGER_UNKNOWN_ACCOUNT', `line ${i + 1}: unknown account ${line.account}`, { id: input.id });
      if (line.side !== 'DEBIT' && line.side !== 'CREDIT') fail('LEDGER_UNKNOWN_SIDE', `line ${i + 1}: side must be DEBIT or CREDIT`, { id: input.id });
      if (line.amount.currency !== currency) {
        fail('LEDGER_MIXED_CURRENCIES', `line ${i + 1} is in ${line.amount.currency}, the entry in ${currency}`, { id: input.id });
      }
      if (!line.amount.isPositive()) fail('LEDGER_NON_POSITIVE_LINE', `line ${i + 1} must be a positive amount`, { id: input.id });
      // A ledger holds whole minor units: rounding happens in the calculators, before posting.
      if (!isWholeMinor(line.amount)) {
        fail('LEDGER_AMOUNT_NOT_ROUNDED', `line ${i + 1} is finer than a minor unit`, { id: input.id });
      }
    }
    const debits = sideTotal(input.lines, 'DEBIT', currency);
    const credits = sideTotal(input.lines, 'CREDIT', currency);
    if (!debits.equals(credits)) {
      fail('LEDGER_UNBALANCED', `debits ${debits.toFixed()} ≠ credits ${credits.toFixed()}`, { id: input.id });
    }
    return new JournalEntry(input, currency);
  }

  /** The total of the debit lines (equal to the credits). */
  total(): Money {
    return sideTotal(this.lines, 'DEBIT', this.currency);
  }
}

function isWholeMinor(amount: Money): boolean {
  try {
    amount.toMinor();
    return true;
  } catch {
    return false;
  }
}

function sideTotal(lines: readonly JournalLine[], side: NormalBalance, currency: string): Money {
  return Money.sum(lines.filter((l) => l.side === side).map((l) => l.amount), currency);
}

/**
 * The correction of an entry: the same lines on the opposite sides, pointing back at the original.
 * Posting both nets every account they touch to zero.
 * @example const fix = reverse(entry, 'je-2', localDate('2025-05-06')); fix.reverses // 'je-1'
 */
export function reverse(entry: JournalEntry, id: string, businessDate: LocalDate, memo = `Reversal of ${entry.id}`): JournalEntry {
  return JournalEntry.create({
    id,
    brandId: entry.brandId,
    loanId: entry.loanId,
    businessDate,
    kind: 'REVERSAL',
    lines: entry.lines.map((l) => ({ account: l.account, side: l.side === 'DEBIT' ? 'CREDIT' : 'DEBIT', amount: l.amount })),
    memo,
    reverses: entry.id,
  });
}
