import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../local-date.js';
import { Money } from '../money/money.js';
import type { Loan } from './loan.js';
import { agreement, at, code, credit, sanctioned } from './loan-world.fixture.js';

const ops = { userId: 'u-ops', roles: ['ADMIN'] };
const utr = { providerPayoutId: 'pout_1', utr: 'UTR000123', disbursedOn: localDate('2026-06-20'), netAmount: Money.of('49900') };

function signed(): Loan {
  const loan = sanctioned();
  loan.sendAgreement(agreement, at);
  loan.markSigned(at);
  loan.pullEvents();
  return loan;
}
function active(): Loan {
  const loan = signed();
  loan.requestDisbursal(ops, 'req-1', at);
  loan.disburse(utr, at);
  loan.pullEvents();
  return loan;
}

describe('Loan from disbursal to closure', () => {
  it('disburses through loan ops only, recording the UTR and the date the schedule is fixed from', () => {
    const loan = signed();
    expect(code(() => loan.requestDisbursal(credit, 'req-1', at))).toBe('OPS_ROLE_REQUIRED');
    loan.requestDisbursal(ops, 'req-1', at);
    expect(loan.status).toBe('DISBURSAL_PENDING');
    loan.recordPayoutAccepted('pout_1', at);
    expect(code(() => loan.disburse({ ...utr, utr: ' ' }, at))).toBe('UTR_REQUIRED');
    loan.disburse(utr, at);
    expect(loan.status).toBe('ACTIVE');
    expect(loan.toSnapshot().disbursal).toEqual({ requestId: 'req-1', attempt: 1, requestedBy: 'u-ops', providerPayoutId: 'pout_1', utr: 'UTR000123', disbursedOn: '2026-06-20' });
    expect(loan.pullEvents().map((e) => e.type)).toEqual(['loan.disbursal_requested', 'loan.payout_accepted', 'loan.disbursed']);
  });

  it('returns a failed payout to loan ops, who retry under a new request', () => {
    const loan = signed();
    loan.requestDisbursal(ops, 'req-1', at);
    loan.failDisbursal({ reason: 'INVALID_ACCOUNT', detail: 'account does not exist' }, at);
    expect(loan.status).toBe('AGREEMENT_SIGNED');
    loan.requestDisbursal(ops, 'req-2', at);
    expect(loan.toSnapshot().disbursal).toMatchObject({ requestId: 'req-2', attempt: 2 });
    expect(loan.pullEvents().find((e) => e.type === 'loan.disbursal_failed')?.payload).toMatchObject({ reason: 'INVALID_ACCOUNT', attempt: 1 });
  });

  it('moves between ACTIVE and OVERDUE as the days past due say, on repayment and at day end', () => {
    const loan = active();
    expect(loan.ageArrears(3, at)).toBe(true);
    expect(loan.status).toBe('OVERDUE');
    expect(loan.ageArrears(3, at)).toBe(false);
    loan.recordRepayment({ paymentId: 'pay-1', amount: Money.of('5000'), daysPastDue: 0 }, at);
    expect(loan.status).toBe('ACTIVE');
    expect(loan.pullEvents().map((e) => e.type)).toEqual(['loan.overdue', 'loan.repayment_recorded', 'loan.arrears_cleared']);
  });

  it('releases the collector when the arrears are cleared, on the timeline, so only an overdue loan ever has one', () => {
    const step = fc.record({ daysPastDue: fc.integer({ min: 0, max: 90 }), via: fc.constantFrom('day-end' as const, 'repayment' as const, 'waiver' as const), assign: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const loan = active();
        for (const [i, s] of steps.entries()) {
          const before = loan.toSnapshot();
          if (s.via === 'day-end') loan.ageArrears(s.daysPastDue, at);
          else if (s.via === 'repayment') loan.recordRepayment({ paymentId: `pay-${i}`, amount: Money.of('100'), daysPastDue: s.daysPastDue }, at);
          else loan.recordWaiver({ bucket: 'PENAL', amount: Money.of('10'), reason: 'goodwill', actorId: 'u-ops', daysPastDue: s.daysPastDue }, at);
          const cured = before.status === 'OVERDUE' && loan.status === 'ACTIVE';
          const released = loan.pullEvents().filter((e) => e.type === 'loan.collector_released').map((e) => e.payload);
          expect(released).toEqual(cured && before.collectorId ? [{ collectorId: before.collectorId, reason: 'ARREARS_CLEARED' }] : []);
          if (!cured) expect(loan.toSnapshot().collectorId).toBe(before.collectorId);
          if (s.assign && loan.status === 'OVERDUE') loan.assignCollector(`u-c${i}`, at);
          loan.pullEvents();
          const after = loan.toSnapshot();
          expect(after.collectorId === undefined || after.status === 'OVERDUE').toBe(true);
          expect(after.collectorAssignedAt === undefined).toBe(after.collectorId === undefined);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('cures an assigned loan at day end: ACTIVE, no collector, and the release after the cure', () => {
    const loan = active();
    loan.ageArrears(12, at);
    loan.assignCollector('u-c1', at);
    loan.pullEvents();
    expect(loan.ageArrears(0, at)).toBe(true);
    expect(loan.toSnapshot()).toMatchObject({ status: 'ACTIVE', daysPastDue: 0 });
    expect(loan.toSnapshot()).not.toHaveProperty('collectorId');
    expect(loan.pullEvents().map((e) => [e.type, e.payload])).toEqual([['loan.arrears_cleared', {}], ['loan.collector_released', { collectorId: 'u-c1', reason: 'ARREARS_CLEARED' }]]);
  });

  it('closes only when nothing is owed, then issues the NOC', () => {
    const loan = active();
    expect(code(() => loan.close([Money.of('0'), Money.of('0.01')], 'REPAID', at))).toBe('OUTSTANDING_NOT_ZERO');
    expect(code(() => loan.issueNoc('noc.pdf', at))).toBe('LOAN_NOT_CLOSED');
    loan.close([Money.of('0'), Money.of('0')], 'FORECLOSED', at);
    loan.issueNoc('noc.pdf', at);
    expect(loan.toSnapshot()).toMatchObject({ status: 'CLOSED', closure: 'FORECLOSED', nocKey: 'noc.pdf', closedAt: at });
    expect(code(() => loan.recordRepayment({ paymentId: 'p', amount: Money.of('1'), daysPastDue: 0 }, at))).toBe('LOAN_NOT_IN_REPAYMENT');
  });

  it('refuses every servicing transition before the money went out', () => {
    const loan = sanctioned();
    expect(code(() => loan.requestDisbursal(ops, 'r', at))).toBe('AGREEMENT_NOT_SIGNED');
    expect(code(() => loan.disburse(utr, at))).toBe('DISBURSAL_NOT_PENDING');
    expect(code(() => loan.failDisbursal({ reason: 'x', detail: 'y' }, at))).toBe('DISBURSAL_NOT_PENDING');
    expect(code(() => loan.ageArrears(1, at))).toBe('LOAN_NOT_IN_REPAYMENT');
    expect(code(() => loan.close([], 'REPAID', at))).toBe('LOAN_NOT_IN_REPAYMENT');
  });
});
