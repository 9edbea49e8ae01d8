import { type BankStatementFigures, type LocalDate, bankStatementFigures } from '@los/domain';
import type { BankStatementSubmission } from '../../ports/bank-statement-store.js';

/** A submission as customers and staff read it: its status and, once analysed, the figures as of a date. */
export interface BankStatementView {
  readonly submission: BankStatementSubmission;
  /** The `bank.*` figures as of `asOf`; null while pending, after a failure, or for a statement too old. */
  readonly figures: BankStatementFigures | null;
  readonly asOf: LocalDate;
}

/** The view of a submission as of a business date. */
export function bankStatementView(submission: BankStatementSubmission, asOf: LocalDate): BankStatementView {
  return { submission, asOf, figures: submission.analysis ? bankStatementFigures(submission.analysis.statement, asOf) : null };
}
