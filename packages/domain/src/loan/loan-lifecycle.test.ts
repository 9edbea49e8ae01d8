import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../local-date.js';
import { Money } from '../money/money.js';
import { Loan } from './loan.js';
import { agreement, at, code, credit, head, limits, manager, reasons, recommended, sanctioned, underReview } from './loan-world.fixture.js';
import { LOAN_STATUSES, type LoanStatus } from './loan-status.js';

const DAY = 86_400_000;

describe('Loan lifecycle from review to agreement', () => {
  it('walks UNDER_REVIEW → CREDIT_APPROVED → SANCTIONED → AGREEMENT_SENT → AGREEMENT_SIGNED, naming each actor', () => {
    const loan = underReview();
    loan.saveAppraisal({ version: 1 }, credit, at);
    loan.recommend(credit, at);
    expect(loan.status).toBe('CREDIT_APPROVED');
    loan.sanction(manager, limits, at);
    expect(loan.status).toBe('SANCTIONED');
    loan.sendAgreement(agreement, at);
    loan.markSigned(at);
    expect(loan.status).toBe('AGREEMENT_SIGNED');
    const events = loan.pullEvents();
    expect(events.map((e) => e.type)).toEqual(['loan.appraised', 'loan.credit_approved', 'loan.sanctioned', 'loan.agreement_sent', 'loan.agreement_signed']);
    expect(events[1]?.payload['actorId']).toBe('u-credit');
    expect(events[2]?.payload['actorId']).toBe('u-manager');
    expect(loan.toSnapshot()).toMatchObject({ recommendedBy: 'u-credit', sanctionedBy: 'u-manager', camVersion: 1, agreement });
  });

  it('versions the CAM in order and needs one before a recommendation', () => {
    const loan = underReview();
    expect(code(() => loan.recommend(credit, at))).toBe('CAM_REQUIRED');
    expect(code(() => loan.saveAppraisal({ version: 2 }, credit, at))).toBe('CAM_VERSION_OUT_OF_ORDER');
    loan.saveAppraisal({ version: 1 }, credit, at);
    loan.saveAppraisal({ version: 2 }, credit, at);
    expect(loan.toSnapshot().camVersion).toBe(2);
    expect(code(() => loan.saveAppraisal({ version: 3 }, manager, at))).toBe('CREDIT_ROLE_REQUIRED');
  });

  it('never lets the maker be the checker, even with a sanction role', () => {
    const both = { userId: 'u-both', roles: ['CREDIT_EXECUTIVE', 'SANCTION_HEAD'] };
    const loan = underReview();
    loan.saveAppraisal({ version: 1 }, both, at);
    loan.recommend(both, at);
    expect(code(() => loan.sanction(both, limits, at))).toBe('MAKER_IS_CHECKER');
    expect(loan.status).toBe('CREDIT_APPROVED');
    loan.sanction(head, limits, at);
    expect(loan.status).toBe('SANCTIONED');
  });

  it('refuses a sanction without a sanction role', () => {
    expect(code(() => recommended().sanction({ userId: 'x', roles: ['CREDIT_EXECUTIVE'] }, limits, at))).toBe('SANCTION_ROLE_REQUIRED');
  });

  it('sanctions by limit: a manager up to the limit, the head above it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5000, max: 500000 }), (rupees) => {
        const amount = String(rupees);
        const withinManager = rupees <= 100000;
        const loan = recommended(amount);
        expect(code(() => loan.sanction(manager, limits, at))).toBe(withinManager ? undefined : 'SANCTION_LIMIT_EXCEEDED');
        if (!withinManager) {
          expect(loan.status).toBe('CREDIT_APPROVED');
          loan.sanction(head, limits, at);
        }
        expect(loan.status).toBe('SANCTIONED');
      }),
      { numRuns: 60 },
    );
  });

  it('rejects only with a reason the brand defines', () => {
    const loan = recommended();
    expect(code(() => loan.reject(manager, 'MADE_UP', reasons, at))).toBe('REJECTION_REASON_UNKNOWN');
    expect(code(() => loan.reject(credit, 'INCOME_UNVERIFIED', reasons, at))).toBe('REJECT_ROLE_REQUIRED');
    loan.reject(manager, 'INCOME_UNVERIFIED', reasons, at);
    expect(loan.status).toBe('REJECTED');
    expect(loan.toSnapshot().rejectionReasons).toEqual(['INCOME_UNVERIFIED']);
  });

  it('returns an expired agreement to SANCTIONED for a re-send', () => {
    const loan = sanctioned();
    loan.sendAgreement(agreement, at);
    loan.expireAgreement(at);
    expect(loan.status).toBe('SANCTIONED');
    expect(loan.toSnapshot().agreement).toBeUndefined();
    loan.sendAgreement({ ...agreement, esignRequestId: 'es-2' }, at);
    expect(loan.toSnapshot().agreement?.esignRequestId).toBe('es-2');
  });

  it('lets only the borrower cancel, and only within the cooling-off period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 20 * 24 }), (days, hours) => {
        const loan = sanctioned();
        loan.sendAgreement(agreement, at);
        const when = new Date(at.getTime() + hours * 3_600_000);
        expect(code(() => loan.cancel('someone-else', when, days))).toBe('NOT_LOAN_OWNER');
        const inside = hours * 3_600_000 <= days * DAY;
        expect(code(() => loan.cancel('c1', when, days))).toBe(inside ? undefined : 'COOLING_OFF_OVER');
        expect(loan.status).toBe(inside ? 'CANCELLED' : 'AGREEMENT_SENT');
      }),
      { numRuns: 80 },
    );
  });

  it('places an overdue loan with a collection executive once, and records a move to another one', () => {
    const loan = Loan.rehydrate({ ...sanctioned().toSnapshot(), status: 'OVERDUE', daysPastDue: 12 });
    loan.assignCollector('u-c1', at);
    loan.assignCollector('u-c1', at);
    loan.assignCollector('u-c2', at);
    expect(loan.toSnapshot()).toMatchObject({ collectorId: 'u-c2', collectorAssignedAt: at });
    expect(loan.pullEvents().map((e) => [e.type, e.payload])).toEqual([
      ['loan.collector_assigned', { collectorId: 'u-c1', daysPastDue: 12 }],
      ['loan.collector_assigned', { collectorId: 'u-c2', daysPastDue: 12, previousCollectorId: 'u-c1' }],
    ]);
    expect(code(() => loan.assignCollector('', at))).toBe('COLLECTOR_REQUIRED');
  });

  it('allows no transition out of a wrong state', () => {
    const transitions: Record<string, [LoanStatus[], (l: Loan) => void]> = {
      saveAppraisal: [['UNDER_REVIEW'], (l) => l.saveAppraisal({ version: (l.toSnapshot().camVersion ?? 0) + 1 }, credit, at)],
      recommend: [['UNDER_REVIEW'], (l) => l.recommend(credit, at)],
      sanction: [['CREDIT_APPROVED'], (l) => l.sanction(head, limits, at)],
      reject: [['UNDER_REVIEW', 'CREDIT_APPROVED'], (l) => l.reject({ userId: 'a', roles: ['ADMIN'] }, 'INCOME_UNVERIFIED', reasons, at)],
      sendAgreement: [['SANCTIONED'], (l) => l.sendAgreement(agreement, at)],
      markSigned: [['AGREEMENT_SENT'], (l) => l.markSigned(at)],
      expireAgreement: [['AGREEMENT_SENT'], (l) => l.expireAgreement(at)],
      cancel: [['SANCTIONED', 'AGREEMENT_SENT', 'AGREEMENT_SIGNED'], (l) => l.cancel('c1', at, 3)],
      requestDisbursal: [['AGREEMENT_SIGNED'], (l) => l.requestDisbursal({ userId: 'ops', roles: ['ADMIN'] }, 'req-2', at)],
      recordPayoutAccepted: [['DISBURSAL_PENDING'], (l) => l.recordPayoutAccepted('pout-1', at)],
      disburse: [['DISBURSAL_PENDING'], (l) => l.disburse({ providerPayoutId: 'pout-1', utr: 'UTR1', disbursedOn: localDate('2026-06-16'), netAmount: Money.of('49000') }, at)],
      failDisbursal: [['DISBURSAL_PENDING'], (l) => l.failDisbursal({ reason: 'REJECTED', detail: 'x' }, at)],
      recordRepayment: [['ACTIVE', 'OVERDUE'], (l) => l.recordRepayment({ paymentId: 'p', amount: Money.of('100'), daysPastDue: 0 }, at)],
      ageArrears: [['ACTIVE', 'OVERDUE'], (l) => l.ageArrears(7, at)],
      close: [['ACTIVE', 'OVERDUE'], (l) => l.close([Money.of('0')], 'REPAID', at)],
      issueNoc: [['CLOSED'], (l) => l.issueNoc('noc.pdf', at)],
      recordWaiver: [['ACTIVE', 'OVERDUE'], (l) => l.recordWaiver({ bucket: 'PENAL', amount: Money.of('59'), reason: 'goodwill', actorId: 'ops', daysPastDue: 0 }, at)],
      recordPaymentReversal: [['ACTIVE', 'OVERDUE'], (l) => l.recordPaymentReversal({ paymentId: 'p', amount: Money.of('100'), reason: 'NACH return', daysPastDue: 3 }, at)],
      assignCollector: [['OVERDUE'], (l) => l.assignCollector('u-collector', at)],
    };
    const base = sanctioned().toSnapshot();
    fc.assert(
      fc.property(fc.constantFrom(...LOAN_STATUSES), fc.constantFrom(...Object.keys(transitions)), (status, name) => {
        const [allowed, run] = transitions[name]!;
        const loan = Loan.rehydrate({ ...base, status, camVersion: 1, recommendedBy: 'u-credit', disbursal: { requestId: 'req-1', attempt: 1, requestedBy: 'ops' } });
        const thrown = code(() => run(loan));
        if (allowed.includes(status)) expect(thrown).toBeUndefined();
        else {
          expect(thrown).toBeDefined();
          expect(loan.status).toBe(status);
          expect(loan.pullEvents()).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
