import { describe, expect, it } from 'vitest';
import { quarterReadings } from '../../src/attribute/resolve-period.js';

const words = (number: 1 | 2 | 3 | 4, year: number | null = null, calendar: 'fiscal' | 'calendar' | null = null) => ({ number, endMonth: null, year, calendar });
const spans = (readings: ReturnType<typeof quarterReadings>) => readings?.map((quarter) => `${quarter.fiscal ? 'FY' : 'CY'}${quarter.year}Q${quarter.number} ${quarter.start}..${quarter.end}`) ?? null;

describe('quarterReadings', () => {
  it.each([
    ['Microsoft "Q1" in May 2026: the last fiscal and calendar first quarters over', 'MSFT', words(1), '2026-05-04', ['FY2026Q1 2025-07-01..2025-09-30', 'CY2026Q1 2026-01-01..2026-03-31']],
    ['Microsoft "Q1" in February 2026: calendar Q1 2026 is not over, so Q1 2025', 'MSFT', words(1), '2026-02-10', ['FY2026Q1 2025-07-01..2025-09-30', 'CY2025Q1 2025-01-01..2025-03-31']],
    ['Oracle "Q2 2025" read both ways in the year written', 'ORCL', words(2, 2025), '2026-01-10', ['FY2025Q2 2024-09-01..2024-11-30', 'CY2025Q2 2025-04-01..2025-06-30']],
    ['"fiscal Q1": one reading, pinned elsewhere', 'MSFT', words(1, null, 'fiscal'), '2026-05-04', null],
    ['Meta: fiscal is calendar, one reading', 'META', words(1), '2026-05-04', null],
  ] as const)('%s', (_label, entity, quarterWords, date, expected) => {
    expect(spans(quarterReadings(entity, quarterWords, date))).toEqual(expected);
  });
});
