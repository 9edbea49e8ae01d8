import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { BankStatementProvider, BankStatementRejection } from '../../ports/bank-statement-provider.js';
import type { BankStatementStore, BankStatementSubmission } from '../../ports/bank-statement-store.js';
import type { Clock } from '../../ports/clock.js';
import type { CustomerRepository } from '../../ports/customer-repository.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import { type ProviderUnavailable, askProvider } from '../ask-provider.js';

/** Why a statement was not taken; nothing was recorded. */
export type UploadBankStatementError =
  | { readonly code: 'CUSTOMER_NOT_FOUND' }
  /** The provider refused the file (wrong password, not a readable statement, a bank it does not read). */
  | { readonly code: 'STATEMENT_REJECTED'; readonly reason: BankStatementRejection; readonly message: string }
  /** The provider gave no answer; the customer may try again. */
  | ProviderUnavailable<'BANK_STATEMENT_ANALYSIS'>;

/** A taken statement: the submission, and whether this request made it (false: the same file was shared before). */
export interface UploadedBankStatement {
  readonly submission: BankStatementSubmission;
  readonly created: boolean;
}

/**
 * A customer shares a bank statement PDF: it goes to the analysis provider and a PENDING submission is
 * recorded under the provider's reference; the analysis completes later (refresh job or callback). The same
 * file shared again while its submission is pending or completed answers that submission and calls no one,
 * which also makes a retried request harmless.
 */
export class UploadBankStatement {
  constructor(
    private readonly deps: {
      readonly customers: CustomerRepository;
      readonly store: BankStatementStore;
      readonly provider: BankStatementProvider;
      readonly clock: Clock;
      readonly ids: IdGenerator;
      /** Hex SHA-256 of bytes. */
      readonly sha256: (bytes: Uint8Array) => string;
    },
  ) {}

  execute(input: { readonly actor: Actor; readonly file: Uint8Array; readonly password?: string }): Promise<Result<UploadedBankStatement, UploadBankStatementError>> {
    return this.take(input, 1);
  }

  private async take(input: { readonly actor: Actor; readonly file: Uint8Array; readonly password?: string }, attempt: number): Promise<Result<UploadedBankStatement, UploadBankStatementError>> {
    const { actor } = input;
    if (actor.kind !== 'customer' || !(await this.deps.customers.findById(actor.brandId, actor.customerId))) return err({ code: 'CUSTOMER_NOT_FOUND' });
    const fileSha256 = this.deps.sha256(input.file);
    const existing = await this.deps.store.findByFile(actor.brandId, actor.customerId, fileSha256);
    if (existing) return ok({ submission: existing, created: false });
    const submissionId = this.deps.ids.next();
    const asked = await askProvider('BANK_STATEMENT_ANALYSIS', () =>
      this.deps.provider.submit({ submissionId, brandId: actor.brandId, customerId: actor.customerId, file: input.file, ...(input.password ? { password: input.password } : {}) }),
    );
    if (!asked.ok) return asked;
    const submitted = asked.value;
    if (submitted.status === 'REJECTED') return err({ code: 'STATEMENT_REJECTED', reason: submitted.reason, message: submitted.message });
    const submission: BankStatementSubmission = {
      id: submissionId,
      brandId: actor.brandId,
      customerId: actor.customerId,
      provider: this.deps.provider.name,
      providerReference: submitted.providerReference,
      fileSha256,
      status: 'PENDING',
      submittedAt: this.deps.clock.now(),
      settledAt: null,
      failureReason: null,
      analysis: null,
    };
    if ((await this.deps.store.record(submission)) === 'recorded') return ok({ submission, created: true });
    // Two uploads of one file at once: the first recorded wins and the second answers it (or, should the
    // winner have failed in between, starts over once as a fresh upload).
    if (attempt > 1) throw new Error(`bank statement submission ${submissionId} clashed twice with another of the same file`);
    return this.take(input, attempt + 1);
  }
}
