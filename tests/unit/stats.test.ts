import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../src/domain/date-span.ts';
import { headline, monthlySeries, rankBy, type Countable } from '../../src/domain/stats.ts';
import type { DatePrecision } from '../../src/domain/vocabulary.ts';

// Every figure independent here; tests/unit/party-claims.test.ts has parties' claims.
const inc = (date: string, killed?: [number, number | null], date_precision: DatePrecision = 'day'): Countable => {
  const totals = { killed: killed ? { low: killed[0], high: killed[1], claims: 1 } : undefined, wounded: undefined, abducted: undefined };
  return { data: { date, date_precision }, totals, independentTotals: totals };
};

describe('monthly series', () => {
  it('lists every month across a year end, inclusive', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('keeps empty months between incidents so chart gaps are real', () => {
    const s = monthlySeries([inc('2025-03-10', [5, 5]), inc('2025-01-02', [1, 2])]).months;
    expect(s.map((b) => [b.month, b.incidents])).toEqual([['2025-01', 1], ['2025-02', 0], ['2025-03', 1]]);
    expect(s[1].killed).toEqual({ low: 0, high: 0, claims: 0 });
  });

  it('sums killed ranges of a month and stays open-ended when one incident is', () => {
    const [june] = monthlySeries([inc('2025-06-01', [30, 100]), inc('2025-06-02', [60, null]), inc('2025-06-20')]).months;
    expect(june.incidents).toBe(3);
    expect(june.killed).toEqual({ low: 90, high: null, claims: 2 });
  });

  it('is empty for no incidents', () => {
    expect(monthlySeries([])).toEqual({ months: [], monthUnknown: [] });
  });

  it('puts a year-only incident in its year\'s "month unknown" bucket, never in January', () => {
    const s = monthlySeries([inc('2025-01-01', [300, 300], 'year'), inc('2025-01-15', [2, 2]), inc('2025-03-03', [1, 1])]);
    expect(s.months.map((b) => [b.month, b.incidents, b.killed.low])).toEqual([['2025-01', 1, 2], ['2025-02', 0, 0], ['2025-03', 1, 1]]);
    expect(s.monthUnknown).toEqual([{ year: '2025', incidents: 1, killed: { low: 300, high: 300, claims: 1 } }]);
  });

  it('draws no months at all when every incident is known only to the year', () => {
    const s = monthlySeries([inc('2018-01-01', undefined, 'year'), inc('2012-01-01', [5, 5], 'year')]);
    expect(s.months).toEqual([]);
    expect(s.monthUnknown.map((b) => b.year)).toEqual(['2012', '2018']);
  });

  it('counts a month-precision incident in its month and a week running into the next month in its first month', () => {
    const s = monthlySeries([inc('2025-05-01', [10, 10], 'month'), inc('2025-05-29', [4, 4], 'week')]);
    expect(s.months.map((b) => [b.month, b.incidents])).toEqual([['2025-05', 2]]);
  });
});

describe('headline figures', () => {
  it('counts incidents, sums killed and counts incidents without a toll', () => {
    const h = headline([inc('2025-06-01', [30, 100]), inc('2025-06-02', [13, 13]), inc('2025-06-03')]);
    expect(h.incidents).toBe(3);
    expect(h.killed).toEqual({ low: 43, high: 113, claims: 2 });
    expect(h.killedUnknown).toBe(1);
  });
});

describe('ranking', () => {
  it('orders by count, then id, counting each id once per item', () => {
    const items = [['jnim', 'jnim'], ['is-sahel'], ['jnim', 'fama'], ['fama']];
    expect(rankBy(items, (x) => x)).toEqual([
      { id: 'fama', count: 2 },
      { id: 'jnim', count: 2 },
      { id: 'is-sahel', count: 1 },
    ]);
  });
});
