/**
 * The side on which an account normally carries its balance.
 * @example const side: NormalBalance = normalBalanceOf('FEE_INCOME'); // 'CREDIT'
 */
export type NormalBalance = 'DEBIT' | 'CREDIT';

/**
 * What an account is in the lender's books.
 * @example const type: AccountType = 'LIABILITY';
 */
export type AccountType = 'ASSET' | 'LIABILITY' | 'INCOME' | 'EXPENSE';

/**
 * The accounts every loan posts to.
 * @example const code: AccountCode = 'PRINCIPAL_RECEIVABLE';
 */
export type AccountCode =
  | 'PRINCIPAL_RECEIVABLE'
  | 'INTEREST_RECEIVABLE'
  | 'FEE_RECEIVABLE'
  | 'PENAL_RECEIVABLE'
  | 'FEE_INCOME'
  | 'INTEREST_INCOME'
  | 'PENAL_INCOME'
  | 'GST_PAYABLE'
  | 'DISBURSEMENT_CLEARING'
  | 'COLLECTIONS_CLEARING'
  | 'CUSTOMER_EXCESS'
  | 'WRITE_OFF_EXPENSE';

/**
 * One account of a brand's chart.
 * @example chartOfAccounts('acme')[0] // { brandId: 'acme', code: 'PRINCIPAL_RECEIVABLE', number: '1100', … }
 */
export interface LedgerAccount {
  readonly brandId: string;
  readonly code: AccountCode;
  /** The ledger number shown in reports and exports (the same in every brand's chart). */
  readonly number: string;
  readonly name: string;
  readonly type: AccountType;
  readonly normalBalance: NormalBalance;
}

type AccountDefinition = Omit<LedgerAccount, 'brandId' | 'code'>;

/**
 * The loan accounts: assets and expenses carry debit balances, liabilities and income credit balances.
 * Disbursement clearing is what the lender owes its payout bank for a disbursal in flight; collections
 * clearing is money received and not yet swept to the lender's account.
 */
const ACCOUNTS: Readonly<Record<AccountCode, AccountDefinition>> = {
  PRINCIPAL_RECEIVABLE: { number: '1100', name: 'Loan principal receivable', type: 'ASSET', normalBalance: 'DEBIT' },
  INTEREST_RECEIVABLE: { number: '1110', name: 'Interest receivable', type: 'ASSET', normalBalance: 'DEBIT' },
  FEE_RECEIVABLE: { number: '1120', name: 'Fees and charges receivable', type: 'ASSET', normalBalance: 'DEBIT' },
  PENAL_RECEIVABLE: { number: '1130', name: 'Penal charges receivable', type: 'ASSET', normalBalance: 'DEBIT' },
  COLLECTIONS_CLEARING: { number: '1200', name: 'Collections clearing', type: 'ASSET', normalBalance: 'DEBIT' },
  DISBURSEMENT_CLEARING: { number: '2100', name: 'Disbursement clearing', type: 'LIABILITY', normalBalance: 'CREDIT' },
  GST_PAYABLE: { number: '2200', name: 'GST payable', type: 'LIABILITY', normalBalance: 'CREDIT' },
  CUSTOMER_EXCESS: { number: '2300', name: 'Customer excess and advance', type: 'LIABILITY', normalBalance: 'CREDIT' },
  INTEREST_INCOME: { number: '4100', name: 'Interest income', type: 'INCOME', normalBalance: 'CREDIT' },
  FEE_INCOME: { number: '4200', name: 'Fee income', type: 'INCOME', normalBalance: 'CREDIT' },
  PENAL_INCOME: { number: '4300', name: 'Penal charge income', type: 'INCOME', normalBalance: 'CREDIT' },
  WRITE_OFF_EXPENSE: { number: '5100', name: 'Loan write-off expense', type: 'EXPENSE', normalBalance: 'DEBIT' },
};

/**
 * Every account code, in ledger-number order.
 * @example ACCOUNT_CODES.includes('GST_PAYABLE') // true
 */
export const ACCOUNT_CODES: readonly AccountCode[] = Object.freeze(
  (Object.keys(ACCOUNTS) as AccountCode[]).sort((a, b) => ACCOUNTS[a].number.localeCompare(ACCOUNTS[b].number)),
);

/**
 * The normal balance side of an account.
 * @example normalBalanceOf('PRINCIPAL_RECEIVABLE') // 'DEBIT'
 */
export function normalBalanceOf(code: AccountCode): NormalBalance {
  return ACCOUNTS[code].normalBalance;
}

/**
 * A brand's chart of accounts: each brand keeps its own books with the same account structure.
 * @example chartOfAccounts('acme').map((a) => `${a.number} ${a.name}`)
 */
export function chartOfAccounts(brandId: string): readonly LedgerAccount[] {
  return Object.freeze(ACCOUNT_CODES.map((code) => Object.freeze({ brandId, code, ...ACCOUNTS[code] })));
}
