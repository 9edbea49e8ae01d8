import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainInvariantError } from '../errors.js';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import type { LoanProduct } from '../product/loan-product.js';
import { Loan } from './loan.js';

const at = new Date('2026-06-15T09:00:00Z');
const later = new Date('2026-06-15T09:05:00Z');
const product: LoanProduct = {
  id: 'p1',
  brandId: 'b1',
  code: 'salary-advance',
  name: 'Salary Advance',
  currency: 'INR',
  minAmount: Money.of('5000'),
  maxAmount: Money.of('100000'),
  tenureUnit: 'DAY',
  allowedTenures: [30],
  annualRate: Rate.percent('36'),
  processingFee: { kind: 'FLAT', amount: Money.of('100') },
  active: true,
};

function applied(): Loan {
  const r = Loan.apply({ id: 'l1', brandId: 'b1', customerId: 'c1', product, amount: Money.of('20000'), tenure: 30, at });
  if (!r.ok) throw new Error('fixture does not fit the product');
  r.value.pullEvents();
  return r.value;
}

describe('Loan.recordDecision', () => {
  it('a decline rejects the loan with the reason codes and emits loan.rejected naming the decision', () => {
    const loan = applied();
    loan.recordDecision({ decisionId: 'd1', outcome: 'declined', reasons: ['BUREAU_SCORE_LOW', 'RECENT_DPD_OVER_30'] }, later);
    expect(loan.status).toBe('REJECTED');
    expect(loan.toSnapshot()).toMatchObject({ rejectionReasons: ['BUREAU_SCORE_LOW', 'RECENT_DPD_OVER_30'], decisionId: 'd1', updatedAt: later });
    expect(loan.pullEvents()).toEqual([
      expect.objectContaining({ type: 'loan.rejected', aggregateId: 'l1', brandId: 'b1', payload: { reasons: ['BUREAU_SCORE_LOW', 'RECENT_DPD_OVER_30'], stage: 'DECISIONING', decisionId: 'd1' } }),
    ]);
  });

  it('a referral or an approval sends the loan to review, keeping no rejection reasons', () => {
    fc.assert(
      fc.property(fc.constantFrom('approved' as const, 'referred' as const), fc.array(fc.constantFrom('NAME_MISMATCH', 'CREDIT_HUNGRY'), { maxLength: 2 }), (outcome, reasons) => {
        const loan = applied();
        loan.recordDecision({ decisionId: 'd2', outcome, reasons }, later);
        expect(loan.status).toBe('UNDER_REVIEW');
        expect(loan.toSnapshot().rejectionReasons).toEqual([]);
        const [event] = loan.pullEvents();
        expect(event).toMatchObject({ type: 'loan.under_review', payload: { decisionId: 'd2', outcome, reasons } });
      }),
    );
  });

  it('refuses a second decision and a decline without reasons', () => {
    const loan = applied();
    expect(() => loan.recordDecision({ decisionId: 'd', outcome: 'declined', reasons: [] }, later)).toThrow(DomainInvariantError);
    expect(loan.status).toBe('APPLIED');
    loan.recordDecision({ decisionId: 'd', outcome: 'referred', reasons: [] }, later);
    expect(() => loan.recordDecision({ decisionId: 'e', outcome: 'declined', reasons: ['X'] }, later)).toThrow(/expected APPLIED/);
    expect(loan.toSnapshot().decisionId).toBe('d');
  });
});

describe('Loan.assign', () => {
  it('places a loan under review with an executive and emits loan.assigned; a reassignment names the previous one', () => {
    const loan = applied();
    loan.recordDecision({ decisionId: 'd', outcome: 'referred', reasons: [] }, later);
    loan.pullEvents();
    loan.assign('s1', later);
    expect(loan.assigneeId).toBe('s1');
    expect(loan.toSnapshot().assignedAt).toEqual(later);
    loan.assign('s1', later);
    loan.assign('s2', later);
    expect(loan.pullEvents().map((e) => e.payload)).toEqual([{ assigneeId: 's1' }, { assigneeId: 's2', previousAssigneeId: 's1' }]);
  });

  it('refuses loans that are not under review', () => {
    const loan = applied();
    expect(() => loan.assign('s1', later)).toThrow(expect.objectContaining({ code: 'LOAN_NOT_UNDER_REVIEW' }));
    loan.recordDecision({ decisionId: 'd', outcome: 'declined', reasons: ['X'] }, later);
    expect(() => loan.assign('s1', later)).toThrow(expect.objectContaining({ code: 'LOAN_NOT_UNDER_REVIEW' }));
    expect(loan.assigneeId).toBeUndefined();
  });
});
