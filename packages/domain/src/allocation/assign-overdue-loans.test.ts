import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, type LocalDate } from '../local-date.js';
import { assignOverdueLoans, type CollectionExecutive, type OverdueLoan } from './assign-overdue-loans.js';

const today = localDate('2026-06-15');
const exec = (id: string, currentLoad: number, rating: string, locations: string[], extra: Partial<CollectionExecutive> = {}): CollectionExecutive => ({
  id, brandIds: ['b1'], unavailableOn: [], currentLoad, rating, locations, ...extra,
});
const snapshot = (executives: CollectionExecutive[], loans: OverdueLoan[], outsideLocation: 'assign-anywhere' | 'leave-unassigned' = 'leave-unassigned') => ({
  brandId: 'b1', date: today, brandUnavailableDates: [] as LocalDate[], executives, loans, outsideLocation,
});

describe('assignOverdueLoans', () => {
  it('prefers the location, then the lowest load, then the highest rating', () => {
    const staff = [exec('far', 0, '5', ['400001']), exec('busy', 5, '5', ['560001']), exec('good', 2, '4.8', ['560001']), exec('ok', 2, '4.75', ['560001'])];
    const result = assignOverdueLoans(snapshot(staff, [{ id: 'L1', location: '560001', dpd: 10 }]));
    expect(result.assignments).toEqual([{ loanId: 'L1', staffId: 'good' }]);
  });

  it('handles the most overdue first and respects capacity', () => {
    const staff = [exec('x', 0, '4', ['z1'], { capacity: 1 }), exec('y', 0, '3', ['z1'], { capacity: 1 })];
    const loans = [{ id: 'late', location: 'z1', dpd: 5 }, { id: 'later', location: 'z1', dpd: 60 }, { id: 'latest', location: 'z1', dpd: 90 }];
    const result = assignOverdueLoans(snapshot(staff, loans));
    expect(result.assignments).toEqual([{ loanId: 'latest', staffId: 'x' }, { loanId: 'later', staffId: 'y' }]);
    expect(result.unassigned).toEqual([{ loanId: 'late', reason: 'NO_ELIGIBLE_STAFF' }]);
  });

  it('assigns outside the location only when the brand allows it', () => {
    const staff = [exec('x', 0, '4', ['z1'])];
    const loan = [{ id: 'L', location: 'z2', dpd: 1 }];
    expect(assignOverdueLoans(snapshot(staff, loan)).unassigned).toHaveLength(1);
    expect(assignOverdueLoans(snapshot(staff, loan, 'assign-anywhere')).assignments).toEqual([{ loanId: 'L', staffId: 'x' }]);
  });

  it('places each loan at most once, never over capacity, only with eligible staff covering the location', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const zones = ['z1', 'z2', 'z3'];
    const staffArb = fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...ids), load: fc.integer({ min: 0, max: 5 }), capacity: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }), rating: fc.integer({ min: 10, max: 50 }), zones: fc.subarray(zones), away: fc.boolean(), serves: fc.boolean() }),
      { selector: (s) => s.id },
    );
    const loansArb = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), location: fc.constantFrom(...zones), dpd: fc.integer({ min: 1, max: 180 }) }), { selector: (l) => l.id, maxLength: 25 });
    fc.assert(
      fc.property(staffArb, loansArb, (raw, loans) => {
        const staff = raw.map((s) => exec(s.id, s.load, (s.rating / 10).toFixed(1), s.zones, { brandIds: s.serves ? ['b1'] : ['b9'], unavailableOn: s.away ? [today] : [], ...(s.capacity === undefined ? {} : { capacity: s.capacity }) }));
        const result = assignOverdueLoans(snapshot(staff, loans));
        expect(result.assignments.length + result.unassigned.length).toBe(loans.length);
        const load = new Map(staff.map((s) => [s.id, s.currentLoad]));
        for (const { loanId, staffId } of result.assignments) {
          const s = staff.find((x) => x.id === staffId)!;
          const loan = loans.find((l) => l.id === loanId)!;
          expect(s.brandIds).toContain('b1');
          expect(s.unavailableOn).not.toContain(today);
          expect(s.locations).toContain(loan.location);
          load.set(staffId, load.get(staffId)! + 1);
          if (s.capacity !== undefined) expect(load.get(staffId)!).toBeLessThanOrEqual(Math.max(s.capacity, s.currentLoad));
        }
      }),
    );
  });
});
