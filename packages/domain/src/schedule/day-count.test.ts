import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../local-date.js';
import { addPeriods } from './calendar.js';
import { dayCountDays, yearFraction } from './day-count.js';

const d = (s: string) => s as LocalDate;

describe('day counts', () => {
  it('counts 30/360 (US) days with the 31st rule', () => {
    expect(dayCountDays(d('2024-01-31'), d('2024-02-29'), '30/360')).toBe(29);
    expect(dayCountDays(d('2024-01-30'), d('2024-03-31'), '30/360')).toBe(60);
    expect(dayCountDays(d('2024-01-15'), d('2024-02-15'), '30/360')).toBe(30);
  });

  it('divides actual days by 365, 360 or the days of each calendar year', () => {
    expect(yearFraction(d('2023-01-01'), d('2023-12-31'), 'ACT/365').toFixed(6)).toBe('0.997260');
    expect(yearFraction(d('2024-01-01'), d('2024-12-31'), 'ACT/365').toFixed(6)).toBe('1.000000');
    expect(yearFraction(d('2024-01-01'), d('2024-01-31'), 'ACT/360').toFixed(6)).toBe('0.083333');
    // ACT/ACT ISDA: 2023-07-01 → 2024-07-01 is 184/365 + 182/366 = 1.0013773486…
    expect(yearFraction(d('2023-07-01'), d('2024-07-01'), 'ACT/ACT').toFixed(12)).toBe('1.001377348604');
  });

  it('states the month-end rule: counted from the anchor, clamped to short months, back to the 31st after', () => {
    const dates = [0, 1, 2, 3, 4].map((k) => addPeriods(d('2024-01-31'), 'MONTHLY', k));
    expect(dates).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
    expect(addPeriods(d('2023-11-30'), 'QUARTERLY', 1)).toBe('2024-02-29');
  });
});
