import { describe, expect, it } from 'vitest';
import type { BankStatementProvider, BankStatementResult, BankStatementUpload } from '../../ports/bank-statement-provider.js';

/** A statement file and its password, as a test identity of a provider. */
export interface TestStatement {
  readonly file: Uint8Array;
  readonly password?: string;
}

/** The provider's documented test statements a contract run uses, per scenario. */
export interface BankStatementTestStatements {
  /** A salaried account: salary credits, no bounces. */
  readonly salaried: TestStatement;
  /** An account with bounced debits (or their charges) in its last three months. */
  readonly bounced: TestStatement;
  /** A password-protected statement sent with a wrong password. */
  readonly wrongPassword: TestStatement;
  /** A file the provider cannot read as a statement. */
  readonly unreadable: TestStatement;
  /** A statement the provider takes but whose analysis fails. */
  readonly failing: TestStatement;
}

/**
 * A bank statement provider under test with its test statements.
 * @example describeBankStatementProviderContract({ name: 'sandbox', create: async () => ({ provider: new SandboxBankStatementProvider({ clock }), statements }) })
 */
export interface BankStatementProviderContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly provider: BankStatementProvider; readonly statements: BankStatementTestStatements }>;
  readonly skip?: string;
}

const upload = (n: number, statement: TestStatement): BankStatementUpload => ({
  submissionId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, brandId: 'brand-1', customerId: 'customer-1', file: statement.file, ...(statement.password ? { password: statement.password } : {}),
});

/** Fetches until the provider has finished (a provider may answer PENDING a few times first). */
async function settled(provider: BankStatementProvider, reference: string): Promise<BankStatementResult> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = await provider.fetchResult(reference);
    if (result.status !== 'PENDING') return result;
  }
  throw new Error(`${reference} is still pending after 20 fetches`);
}

/**
 * The behaviour every bank statement provider shares: a readable statement is taken under a reference and
 * completes with its lines (dated within the period, positive amounts in whole paise, balances that follow
 * from the amounts, salary credits and bounces categorised) and the account number masked to its last four
 * digits; a wrong password or an unreadable file is refused at upload; a failed analysis says why.
 */
export function describeBankStatementProviderContract(options: BankStatementProviderContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`BankStatementProvider contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const analyse = async (n: number, pick: (s: BankStatementTestStatements) => TestStatement) => {
      const { provider, statements } = await options.create();
      const submitted = await provider.submit(upload(n, pick(statements)));
      if (submitted.status !== 'ACCEPTED') throw new Error(`expected the statement to be taken, got ${JSON.stringify(submitted)}`);
      expect(submitted.providerReference.length).toBeGreaterThan(0);
      return settled(provider, submitted.providerReference);
    };
    const completed = (result: BankStatementResult) => {
      if (result.status !== 'COMPLETED') throw new Error(`expected a completed analysis, got ${JSON.stringify(result)}`);
      return result.analysis;
    };

    it('analyses a salaried statement: lines in its period, exact money, balances that follow, salary credits', async () => {
      const analysis = completed(await analyse(1, (s) => s.salaried));
      const { period, transactions } = analysis.statement;
      expect(period.from <= period.to).toBe(true);
      expect(transactions.length).toBeGreaterThan(0);
      for (const [i, t] of transactions.entries()) {
        expect(t.valueDate >= period.from && t.valueDate <= period.to).toBe(true);
        expect(t.amount.isPositive()).toBe(true);
        expect(() => t.amount.toMinor() + t.balanceAfter.toMinor()).not.toThrow();
        const previous = transactions[i - 1];
        if (previous) expect(t.balanceAfter.toFixed()).toBe((t.direction === 'CREDIT' ? previous.balanceAfter.plus(t.amount) : previous.balanceAfter.minus(t.amount)).toFixed());
      }
      expect(transactions.some((t) => t.category === 'SALARY' && t.direction === 'CREDIT')).toBe(true);
      expect(transactions.some((t) => t.category === 'BOUNCE')).toBe(false);
      expect(analysis.maskedAccountNumber).toMatch(/^X+\d{4}$/);
    });

    it('categorises bounces', async () => {
      const analysis = completed(await analyse(2, (s) => s.bounced));
      expect(analysis.statement.transactions.filter((t) => t.category === 'BOUNCE').length).toBeGreaterThan(0);
    });

    it('refuses a wrong password and an unreadable file at upload', async () => {
      const { provider, statements } = await options.create();
      expect(await provider.submit(upload(3, statements.wrongPassword))).toMatchObject({ status: 'REJECTED', reason: 'PASSWORD_INCORRECT' });
      expect(await provider.submit(upload(4, statements.unreadable))).toMatchObject({ status: 'REJECTED', reason: 'UNREADABLE_PDF' });
    });

    it('says why an analysis failed', async () => {
      const result = await analyse(5, (s) => s.failing);
      expect(result.status).toBe('FAILED');
      expect(result.status === 'FAILED' && result.reason.length > 0).toBe(true);
    });
  });
}
