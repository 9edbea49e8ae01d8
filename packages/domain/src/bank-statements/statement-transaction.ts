import type { LocalDate } from '../local-date.js';
import type { Money } from '../money/money.js';

/** Money in or out of the account. */
export type TransactionDirection = 'CREDIT' | 'DEBIT';

/**
 * What a line of a statement is, as far as credit decisions care: a salary credit; a bounce (a debit the
 * bank returned or dishonoured for want of funds, or the charge it levied for one); anything else.
 */
export type TransactionCategory = 'SALARY' | 'BOUNCE' | 'OTHER';

/** The categories, for validation at the edges. */
export const TRANSACTION_CATEGORIES: readonly TransactionCategory[] = ['SALARY', 'BOUNCE', 'OTHER'];

/** One line of a bank statement, in the order the statement lists it. */
export interface StatementTransaction {
  readonly valueDate: LocalDate;
  readonly direction: TransactionDirection;
  /** Always positive; the direction says which way it moved. */
  readonly amount: Money;
  /** The account's balance just after this line. */
  readonly balanceAfter: Money;
  readonly narration: string;
  readonly category: TransactionCategory;
}

/** The days a statement covers, both inclusive. */
export interface StatementPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** A statement as analysed: its period and its lines in statement order. */
export interface BankStatement {
  readonly period: StatementPeriod;
  readonly transactions: readonly StatementTransaction[];
}
