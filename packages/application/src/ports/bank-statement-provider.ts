import type { BankStatement } from '@los/domain';

/** A statement file a customer shared, as it goes to the analysis provider. */
export interface BankStatementUpload {
  /** Our id of the submission; providers that take a reference of ours (FinBox's `link_id`) are given it. */
  readonly submissionId: string;
  readonly brandId: string;
  readonly customerId: string;
  /** The PDF's bytes. */
  readonly file: Uint8Array;
  /** The PDF's password, when it has one; never stored. */
  readonly password?: string;
}

/** Why a provider refused a file outright: the customer's to fix, nothing was analysed. */
export type BankStatementRejection = 'PASSWORD_INCORRECT' | 'UNREADABLE_PDF' | 'BANK_NOT_SUPPORTED';

/** What the provider said to an upload. */
export type BankStatementSubmitted =
  | { readonly status: 'ACCEPTED'; readonly providerReference: string }
  | { readonly status: 'REJECTED'; readonly reason: BankStatementRejection; readonly message: string };

/** A completed analysis: who the statement is of (masked) and its lines. */
export interface AnalysedStatement {
  readonly accountHolderName: string | null;
  /** Only the last four digits are kept in the clear (`XXXXXXXX1234`). */
  readonly maskedAccountNumber: string | null;
  readonly statement: BankStatement;
}

/** Where an analysis stands at the provider. */
export type BankStatementResult =
  | { readonly status: 'PENDING' }
  | { readonly status: 'COMPLETED'; readonly analysis: AnalysedStatement }
  | { readonly status: 'FAILED'; readonly reason: string };

/**
 * A bank statement analysis provider: takes a statement PDF, extracts and categorises its lines in its own
 * time, and answers for it by the reference it gave. Adapters throw only when the provider gave no answer
 * (network, 5xx after retries, timeout, open circuit).
 */
export interface BankStatementProvider {
  /** The name submissions record, so a result is fetched from the provider that took the file. */
  readonly name: string;
  submit(upload: BankStatementUpload): Promise<BankStatementSubmitted>;
  fetchResult(providerReference: string): Promise<BankStatementResult>;
}

/** Masks an account number to its last four digits. */
export function maskAccountNumber(accountNumber: string): string {
  const digits = accountNumber.replace(/\s/g, '');
  return digits.length <= 4 ? digits : `${'X'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}
