import { describe, expect, it } from 'vitest';
import { localDate } from '../../local-date.js';
import { compileRuleSet } from '../compile-rule-set.js';
import type { CompiledRuleSet } from '../compiled-rule-set.js';
import { goodApplicant, GOOD_APPLICANT_AS_OF } from './good-applicant.js';
import salaryAdvance from './salary-advance.json' with { type: 'json' };

const asOf = localDate(GOOD_APPLICANT_AS_OF);

function compiled(): CompiledRuleSet {
  const result = compileRuleSet(salaryAdvance);
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
  return result.value;
}

function withFact(path: string, value: unknown): Record<string, unknown> {
  const facts = goodApplicant();
  const segments = path.split('.');
  let node = facts as Record<string, unknown>;
  for (const segment of segments.slice(0, -1)) node = node[segment] as Record<string, unknown>;
  if (value === undefined) delete node[segments.at(-1)!];
  else node[segments.at(-1)!] = value;
  return facts;
}

describe('salary-advance example rule set', () => {
  const rules = compiled();

  it('compiles and approves the reference applicant with every rule passing', () => {
    const decision = rules.evaluate(goodApplicant(), { asOf });
    expect(decision.outcome).toBe('approved');
    expect(decision.reasons).toEqual([]);
    expect(decision.explanation.map((r) => r.outcome).filter((o) => o !== 'pass')).toEqual([]);
    expect(decision.ruleSet).toMatchObject({ id: 'salary-advance', version: 1 });
  });

  it.each([
    ['customer.dateOfBirth', '2006-01-01', 'declined', 'AGE_OUT_OF_RANGE'],
    ['kyc.panStatus', 'INVALID', 'declined', 'PAN_NOT_VERIFIED'],
    ['kyc.nameMatchScore', '79.99', 'referred', 'NAME_MISMATCH'],
    ['blocklist.phone', true, 'declined', 'BLOCKLISTED'],
    ['customer.pincode', '999002', 'declined', 'PINCODE_NOT_SERVICEABLE'],
    ['customer.employmentType', 'SELF_EMPLOYED', 'declined', 'NOT_SALARIED'],
    ['customer.monthlyIncome', 39_999, 'declined', 'AMOUNT_ABOVE_HALF_SALARY'],
    ['bureau.score', 649, 'declined', 'BUREAU_SCORE_LOW'],
    ['bureau.score', 699, 'referred', 'BUREAU_SCORE_BORDERLINE'],
    ['bureau.writtenOffAccounts', 1, 'declined', 'WRITE_OFF_HISTORY'],
    ['bureau.enquiriesLast30Days', 6, 'referred', 'CREDIT_HUNGRY'],
    ['bureau.activeLoans', 5, 'referred', 'TOO_MANY_ACTIVE_LOANS'],
    ['bank.bouncesLast3Months', 3, 'referred', 'EMI_BOUNCES'],
    ['bank.lastSalaryCreditOn', '2026-05-10', 'referred', 'SALARY_NOT_RECENT'],
    ['customer.email', 'x@MailInator.com', 'referred', 'DISPOSABLE_EMAIL'],
    ['bureau.tradelines', [{ dpd: 31, reportedOn: '2025-06-15', overdueAmount: '0' }], 'declined', 'RECENT_DPD_OVER_30'],
    ['bureau.tradelines', [{ dpd: 0, reportedOn: '2026-01-01', overdueAmount: '5000.01' }], 'referred', 'OVERDUE_BALANCE'],
  ])('%s = %j gives %s with %s', (path, value, outcome, code) => {
    const decision = rules.evaluate(withFact(path, value), { asOf });
    expect(decision.outcome).toBe(outcome);
    expect(decision.reasons.map((r) => r.code)).toEqual([code]);
  });

  it('applies the thresholds inclusively where the policy says "at least" or "at most"', () => {
    expect(rules.evaluate(withFact('customer.monthlyIncome', '40000'), { asOf }).outcome).toBe('approved');
    expect(rules.evaluate(withFact('bureau.score', 700), { asOf }).outcome).toBe('approved');
    expect(rules.evaluate(withFact('customer.dateOfBirth', '2005-06-15'), { asOf }).outcome).toBe('approved');
    expect(rules.evaluate(withFact('customer.dateOfBirth', '2005-06-16'), { asOf }).reasons[0]?.code).toBe('AGE_OUT_OF_RANGE');
    // Whole months: 2025-05-16 to 2026-06-15 is 12 months (inside the window), 2025-05-15 is 13.
    expect(rules.evaluate(withFact('bureau.tradelines', [{ dpd: 31, reportedOn: '2025-05-16', overdueAmount: 0 }]), { asOf }).outcome).toBe('declined');
    expect(rules.evaluate(withFact('bureau.tradelines', [{ dpd: 31, reportedOn: '2025-05-15', overdueAmount: 0 }]), { asOf }).outcome).toBe('approved');
  });

  it('does not let a missing fact pass: the rule is unknown and refers or fails as declared', () => {
    const noScore = rules.evaluate(withFact('bureau.score', undefined), { asOf });
    expect(noScore.outcome).toBe('referred');
    expect(noScore.reasons).toEqual([
      { code: 'BUREAU_SCORE_LOW', ruleId: 'bureau-score-floor', kind: 'hard', cause: 'unknown' },
      { code: 'BUREAU_SCORE_BORDERLINE', ruleId: 'bureau-score-review', kind: 'soft', cause: 'unknown' },
    ]);
    const noIncome = rules.evaluate(withFact('customer.monthlyIncome', undefined), { asOf });
    expect(noIncome.outcome).toBe('declined');
    expect(noIncome.reasons.map((r) => [r.code, r.cause])).toEqual([
      ['INCOME_BELOW_MINIMUM', 'unknown'],
      ['AMOUNT_ABOVE_HALF_SALARY', 'unknown'],
    ]);
  });

  it('treats a malformed fact as unknown and reports it', () => {
    const decision = rules.evaluate(withFact('bureau.score', 'seven hundred'), { asOf });
    expect(decision.outcome).toBe('referred');
    expect(decision.invalidFacts).toEqual(['bureau.score']);
    const floor = decision.explanation.find((r) => r.ruleId === 'bureau-score-floor');
    expect(floor?.checks[0]?.facts).toEqual([{ path: 'bureau.score', status: 'invalid', value: null }]);
  });

  it('explains each check with the values it read and compared', () => {
    const decision = rules.evaluate(withFact('application.amount', '30000.50'), { asOf });
    const rule = decision.explanation.find((r) => r.ruleId === 'amount-to-income')!;
    expect(rule).toMatchObject({ outcome: 'fail', effect: 'decline', reason: 'AMOUNT_ABOVE_HALF_SALARY' });
    const check = rule.checks[0]!;
    expect(check.check).toBe('(application.amount ÷ customer.monthlyIncome) ≤ 0.5');
    expect(check.facts.map((f) => [f.path, String(f.value)])).toEqual([
      ['application.amount', '30000.5'],
      ['customer.monthlyIncome', '60000'],
    ]);
    expect(String(check.left)).toBe('0.5000083333333333333333333333333333');
    expect(String(check.right)).toBe('0.5');
    expect(check.result).toBe('false');
    expect(JSON.parse(JSON.stringify(decision)).explanation[7].checks[0].left).toBe('0.5000083333333333333333333333333333');
  });

  it('marks a guarded rule not applicable when its guard is false', () => {
    const decision = rules.evaluate(withFact('customer.email', undefined), { asOf });
    expect(decision.outcome).toBe('approved');
    expect(decision.explanation.find((r) => r.ruleId === 'disposable-email')?.outcome).toBe('not-applicable');
  });
});
