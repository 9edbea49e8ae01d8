import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import { emi } from '../schedule/emi.js';
import { type CamInput, creditAppraisal } from './credit-appraisal.js';
import { averageSalary, eligibleFoirFor } from './foir.js';

const R2 = { dp: 2, mode: 'HALF_UP' } as const;
const base: CamInput = {
  salaryCredits: [Money.of('60000'), Money.of('62000'), Money.of('58000')],
  existingObligations: [Money.of('8000'), Money.of('4000')],
  eligibleFoir: Rate.percent('50'),
  product: { method: 'EMI', annualRate: Rate.percent('18'), months: 24 },
  requestedAmount: Money.of('500000'),
  rounding: { amounts: R2, percent: R2, loanStep: '1000' },
};

describe('creditAppraisal', () => {
  it('works out the CAM figures', () => {
    const cam = creditAppraisal(base);
    expect(cam.averageSalary).toBe('60000.00');
    expect(cam.totalObligations).toBe('12000.00');
    expect(cam.foirAchievedPercent).toBe('20');
    expect(cam.eligibleFoirPercent).toBe('50');
    expect(cam.headroom).toBe('18000.00');
    // The eligible loan's EMI fits the headroom, and one more step would not.
    const instalment = (p: string) => emi({ principal: Money.of(p), periodicRate: Rate.percent('18').value.div(12), periods: 24, rounding: R2 });
    expect(instalment(cam.eligibleLoan).greaterThan(Money.of('18000'))).toBe(false);
    expect(instalment(Money.of(cam.eligibleLoan).plus(Money.of('1000')).toFixed()).greaterThan(Money.of('18000'))).toBe(true);
    expect(cam.recommendedAmount).toBe(cam.eligibleLoan);
    expect(cam.proposedInstalment).toBe(instalment(cam.eligibleLoan).toFixed());
    expect(Money.of(cam.proposedFoirPercent).greaterThan(Money.of('50'))).toBe(false);
  });

  it('recommends the request when it is below the eligible loan, and zero when there is no headroom', () => {
    expect(creditAppraisal({ ...base, requestedAmount: Money.of('100000') }).recommendedAmount).toBe('100000.00');
    const none = creditAppraisal({ ...base, existingObligations: [Money.of('40000')] });
    expect(none).toMatchObject({ headroom: '0.00', eligibleLoan: '0.00', recommendedAmount: '0.00', proposedInstalment: '0.00' });
  });

  it('sizes a bullet loan so the repayment fits the salary share', () => {
    const cam = creditAppraisal({
      ...base,
      existingObligations: [],
      eligibleFoir: Rate.percent('40'),
      product: { method: 'BULLET', annualRate: Rate.percent('365'), days: 30, dayCount: 'ACT/365' },
      rounding: { ...base.rounding, loanStep: '500' },
    });
    // Share 24000; repayment factor 1.30 → 18461.53…, down to 18000 in steps of 500.
    expect(cam.headroom).toBe('24000.00');
    expect(cam.eligibleLoan).toBe('18000.00');
    expect(cam.proposedInstalment).toBe('23400.00');
  });

  it('picks the FOIR band by average salary and refuses bad salary credits', () => {
    const bands = [
      { minSalary: Money.of('0'), foir: Rate.percent('40') },
      { minSalary: Money.of('50000'), foir: Rate.percent('55') },
    ];
    expect(eligibleFoirFor(Money.of('49999.99'), bands).toString()).toBe('40');
    expect(eligibleFoirFor(Money.of('50000'), bands).toString()).toBe('55');
    expect(() => averageSalary([], R2)).toThrow(/one to three/);
    expect(() => averageSalary([Money.of('1'), Money.of('1'), Money.of('1'), Money.of('1')], R2)).toThrow(/one to three/);
  });

  const money = (min: number, max: number) => fc.integer({ min, max }).map((x) => Money.of(String(x)));
  const input = fc.record({ salary: money(10_000, 500_000), obligation: money(0, 200_000), rate: fc.integer({ min: 0, max: 3600 }), months: fc.integer({ min: 3, max: 84 }) });
  const cam = (salary: Money, obligation: Money, rateBp: number, months: number) =>
    creditAppraisal({
      ...base,
      salaryCredits: [salary],
      existingObligations: [obligation],
      product: { method: 'EMI', annualRate: Rate.percent((rateBp / 100).toFixed(2)), months },
      requestedAmount: Money.of('100000000'),
    });

  it('eligible loan rises with salary and falls with obligations; the proposed FOIR never exceeds the eligible FOIR', () => {
    fc.assert(
      fc.property(input, money(1, 50_000), ({ salary, obligation, rate, months }, bump) => {
        const a = cam(salary, obligation, rate, months);
        const richer = cam(salary.plus(bump), obligation, rate, months);
        const busier = cam(salary, obligation.plus(bump), rate, months);
        expect(Money.of(richer.eligibleLoan).lessThan(Money.of(a.eligibleLoan))).toBe(false);
        expect(Money.of(busier.eligibleLoan).greaterThan(Money.of(a.eligibleLoan))).toBe(false);
        if (!Money.of(a.recommendedAmount).isZero()) {
          expect(Money.of(a.proposedInstalment).greaterThan(Money.of(a.headroom))).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
