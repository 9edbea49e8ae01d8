import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, type LocalDate } from '../local-date.js';
import { assignNewLoans, type LoanExecutive } from './assign-new-loans.js';

const today = localDate('2026-06-15');
const exec = (id: string, openLoans = 0, extra: Partial<LoanExecutive> = {}): LoanExecutive => ({ id, brandIds: ['b1'], unavailableOn: [], openLoans, ...extra });
const loans = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `L${i + 1}` }));
const snapshot = (executives: LoanExecutive[], n: number, lastAssignedId: string | null = null) => ({
  brandId: 'b1', date: today, brandUnavailableDates: [] as LocalDate[], executives, lastAssignedId, loans: loans(n),
});

describe('assignNewLoans', () => {
  it('rotates through equally loaded executives, continuing after the last assignee', () => {
    const result = assignNewLoans(snapshot([exec('c'), exec('a'), exec('b')], 4, 'a'));
    expect(result.assignments.map((a) => a.staffId)).toEqual(['b', 'c', 'a', 'b']);
    expect(result.lastAssignedId).toBe('b');
  });

  it('fills the least loaded first, then rotates', () => {
    const result = assignNewLoans(snapshot([exec('a', 3), exec('b', 0), exec('c', 1)], 7));
    // Loads (a, b, c) go 3,0,1 → 3,1,1 → 3,1,2 → 3,2,2 → 3,2,3 → 3,3,3 → 3,3,4 → 4,3,4.
    expect(result.assignments.map((a) => a.staffId)).toEqual(['b', 'c', 'b', 'c', 'b', 'c', 'a']);
  });

  it('skips staff of other brands and staff unavailable on the date', () => {
    const result = assignNewLoans(snapshot([exec('a', 0, { brandIds: ['b2'] }), exec('b', 0, { unavailableOn: [today] }), exec('c', 9)], 2));
    expect(result.assignments.map((a) => a.staffId)).toEqual(['c', 'c']);
  });

  it('places nothing on a brand unavailable date, or when nobody is eligible', () => {
    expect(assignNewLoans({ ...snapshot([exec('a')], 1), brandUnavailableDates: [today] }).unassigned).toEqual([{ loanId: 'L1', reason: 'BRAND_UNAVAILABLE' }]);
    expect(assignNewLoans(snapshot([exec('a', 0, { brandIds: [] })], 1)).unassigned).toEqual([{ loanId: 'L1', reason: 'NO_ELIGIBLE_STAFF' }]);
  });

  const executives = fc.uniqueArray(
    fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      openLoans: fc.integer({ min: 0, max: 8 }),
      serves: fc.boolean(),
      away: fc.boolean(),
    }),
    { selector: (e) => e.id, maxLength: 6 },
  ).map((list) => list.map((e) => exec(e.id, e.openLoans, { brandIds: e.serves ? ['b1'] : ['b2'], unavailableOn: e.away ? [today] : [] })));

  it('places every loan exactly once, only with eligible staff, always with a least-loaded one', () => {
    fc.assert(
      fc.property(executives, fc.integer({ min: 0, max: 30 }), fc.option(fc.constantFrom('a', 'c', 'z')), (staff, n, last) => {
        const result = assignNewLoans(snapshot(staff, n, last));
        const eligible = staff.filter((s) => s.brandIds.includes('b1') && !s.unavailableOn.includes(today));
        expect(result.assignments.length + result.unassigned.length).toBe(n);
        expect(new Set([...result.assignments.map((a) => a.loanId), ...result.unassigned.map((u) => u.loanId)]).size).toBe(n);
        if (eligible.length === 0) return;
        const load = new Map(eligible.map((s) => [s.id, s.openLoans]));
        for (const { staffId } of result.assignments) {
          expect(load.has(staffId)).toBe(true);
          expect(load.get(staffId)).toBe(Math.min(...load.values()));
          load.set(staffId, load.get(staffId)! + 1);
        }
      }),
    );
  });

  it('keeps equally loaded executives within one loan of each other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 40 }), (size, n) => {
        const staff = ['a', 'b', 'c', 'd', 'e', 'f'].slice(0, size).map((id) => exec(id, 2));
        const counts = new Map<string, number>(staff.map((s) => [s.id, 0]));
        for (const a of assignNewLoans(snapshot(staff, n)).assignments) counts.set(a.staffId, counts.get(a.staffId)! + 1);
        expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
      }),
    );
  });
});
