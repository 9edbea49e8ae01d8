import { RefreshBankStatements, StoredBankStatementAnalyzer, UploadBankStatement, gatherApplicationFacts } from '@los/application';
import { FixedClock, InMemoryBankStatementStore, SequentialIdGenerator, createInMemoryStore } from '@los/application/testing';
import { SandboxBankStatementProvider, SandboxBlocklist, SandboxCreditBureau, SandboxKycVerifier, sandboxStatementPdf } from '@los/adapters-providers';
import { createHash } from 'node:crypto';
import { Loan, type LoanProduct, Money, Rate, compileRuleSet, localDate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import { exampleSalaryAdvanceRuleSet } from './demo-rule-set.js';

const asOf = localDate('2026-11-23');
const at = new Date('2026-11-23T06:00:00Z');
const product: LoanProduct = {
  id: 'p1', brandId: 'b1', code: 'salary-advance', name: 'Salary Advance', currency: 'INR', minAmount: Money.of('5000'), maxAmount: Money.of('100000'),
  tenureUnit: 'DAY', allowedTenures: [30], annualRate: Rate.percent('36'), processingFee: { kind: 'FLAT', amount: Money.of('100') }, active: true,
};
const compiled = compileRuleSet(exampleSalaryAdvanceRuleSet());

/**
 * Facts as decisions gather them: bank facts read from the statement the customer shared through the
 * sandbox provider on the day of the decision (a statement naming the PAN), analysed by the refresh job;
 * `shareStatement: false` leaves the customer without one.
 */
async function factSources(pan: string, options: { readonly shareStatement: boolean }) {
  const clock = new FixedClock(at.toISOString());
  const memory = createInMemoryStore({ clock });
  await memory.repositories.brands.add({ id: 'b1', code: 'b1', name: 'Brand', createdAt: at });
  await memory.repositories.customers.addOrGet({ id: 'c1', brandId: 'b1', phone: '+919812345678', createdAt: at });
  const store = new InMemoryBankStatementStore();
  const provider = new SandboxBankStatementProvider({ clock });
  if (options.shareStatement) {
    const upload = new UploadBankStatement({ customers: memory.repositories.customers, store, provider, clock, ids: new SequentialIdGenerator(), sha256: (b) => createHash('sha256').update(b).digest('hex') });
    const shared = await upload.execute({ actor: { kind: 'customer', brandId: 'b1', customerId: 'c1' }, file: sandboxStatementPdf(pan) });
    if (!shared.ok) throw new Error(JSON.stringify(shared.error));
    await new RefreshBankStatements({ store, providers: [provider], clock }).execute();
  }
  return { bureau: new SandboxCreditBureau(), bankStatements: new StoredBankStatementAnalyzer(store), blocklist: new SandboxBlocklist(), pan: new SandboxKycVerifier() };
}
async function decide(pan: string, options = { shareStatement: true }) {
  if (!compiled.ok) throw new Error('the example rule set does not compile');
  const applied = Loan.apply({ id: 'l1', brandId: 'b1', customerId: 'c1', product, amount: Money.of('20000'), tenure: 30, at });
  if (!applied.ok) throw new Error('the fixture does not fit the product');
  const facts = await gatherApplicationFacts(await factSources(pan, options), {
    loan: applied.value,
    product,
    customer: { id: 'c1', brandId: 'b1', phone: '+919812345678', createdAt: at },
    applicant: { pan, dateOfBirth: localDate('1990-04-01'), monthlyIncome: Money.of('60000'), employmentType: 'SALARIED', pincode: '560001' },
    asOf,
  });
  return compiled.value.evaluate(facts, { asOf });
}

describe('sandbox facts reach the example rule set in the shape it reads', () => {
  it.each([
    ['LOWPE1234F', 'declined', 'BUREAU_SCORE_LOW'],
    ['DPDPE1234F', 'declined', 'RECENT_DPD_OVER_30'],
    ['WOFPE1234F', 'declined', 'WRITE_OFF_HISTORY'],
    ['BLKPE1234F', 'declined', 'BLOCKLISTED'],
    ['PQRPE1234Z', 'declined', 'PAN_NOT_VERIFIED'],
    ['BRDPE1234F', 'referred', 'BUREAU_SCORE_BORDERLINE'],
    ['HNGPE1234F', 'referred', 'CREDIT_HUNGRY'],
    ['BNCPE1234F', 'referred', 'EMI_BOUNCES'],
    ['OSLPE1234F', 'referred', 'SALARY_NOT_RECENT'],
  ])('%s is %s with %s, every fact well-formed', async (pan, outcome, code) => {
    const decision = await decide(pan);
    expect(decision.outcome).toBe(outcome);
    expect(decision.reasons.filter((r) => r.cause === 'failed').map((r) => r.code)).toContain(code);
    expect(decision.invalidFacts).toEqual([]);
  });

  it('a clean identity fails no rule; only facts nobody provides (name match, Aadhaar) are unknown', async () => {
    const decision = await decide('PQRPE1234K');
    expect(decision.outcome).toBe('referred');
    expect(decision.reasons.filter((r) => r.cause === 'failed')).toEqual([]);
    expect(decision.reasons.map((r) => r.code).sort()).toEqual(['BLOCKLISTED', 'NAME_MISMATCH']);
    expect(decision.invalidFacts).toEqual([]);
  });

  it('without a shared statement (or with one whose analysis failed) the bank rules are unknown and refer', async () => {
    for (const decision of [await decide('PQRPE1234K', { shareStatement: false }), await decide('NSTPE1234F')]) {
      expect(decision.outcome).toBe('referred');
      expect(decision.reasons.filter((r) => r.code === 'EMI_BOUNCES' || r.code === 'SALARY_NOT_RECENT').map((r) => r.cause)).toEqual(['unknown', 'unknown']);
    }
  });

  it('a thin file leaves the bureau rules unknown, referring instead of declining', async () => {
    const decision = await decide('THNPE1234F');
    expect(decision.outcome).toBe('referred');
    expect(decision.reasons.filter((r) => r.code.startsWith('BUREAU_')).map((r) => r.cause)).toEqual(['unknown', 'unknown']);
  });
});
