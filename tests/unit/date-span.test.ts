import { describe, expect, it } from 'vitest';
import { countedMonth, dateAttributes, dateSpan, overlaps, spanMonths, spanYears } from '../../src/domain/date-span.ts';

describe('date span of an incident', () => {
  it('is the day, or the day to its end date, for day precision', () => {
    expect(dateSpan({ date: '2025-06-01', date_precision: 'day' })).toEqual({ first: '2025-06-01', last: '2025-06-01' });
    expect(dateSpan({ date: '2025-06-01' })).toEqual({ first: '2025-06-01', last: '2025-06-01' });
    expect(dateSpan({ date: '2023-10-31', date_precision: 'day', end_date: '2023-11-07' })).toEqual({ first: '2023-10-31', last: '2023-11-07' });
  });

  it('is the seven days from the date for week precision, across a month end', () => {
    expect(dateSpan({ date: '2022-05-30', date_precision: 'week' })).toEqual({ first: '2022-05-30', last: '2022-06-05' });
    expect(dateSpan({ date: '2025-12-29', date_precision: 'week' })).toEqual({ first: '2025-12-29', last: '2026-01-04' });
  });

  it('is the whole month for month precision, leap years included', () => {
    expect(dateSpan({ date: '2025-05-01', date_precision: 'month' })).toEqual({ first: '2025-05-01', last: '2025-05-31' });
    expect(dateSpan({ date: '2024-02-01', date_precision: 'month' })).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateSpan({ date: '2025-12-01', date_precision: 'month' })).toEqual({ first: '2025-12-01', last: '2025-12-31' });
  });

  it('is the whole year for year precision', () => {
    expect(dateSpan({ date: '2025-01-01', date_precision: 'year' })).toEqual({ first: '2025-01-01', last: '2025-12-31' });
  });

  it('widens to an end date later than the precision allows, never narrows', () => {
    expect(dateSpan({ date: '2025-10-24', date_precision: 'week', end_date: '2025-11-02' }).last).toBe('2025-11-02');
    expect(dateSpan({ date: '2024-12-12', date_precision: 'week', end_date: '2024-12-14' }).last).toBe('2024-12-18');
  });
});

describe('overlap with a range', () => {
  const may = dateSpan({ date: '2025-05-01', date_precision: 'month' });
  const year2025 = dateSpan({ date: '2025-01-01', date_precision: 'year' });

  it('includes a May 2025 incident in 15 May to 30 June 2025', () => {
    expect(overlaps(may, '2025-05-15', '2025-06-30')).toBe(true);
  });

  it('includes a span touching either end of the range, both inclusive', () => {
    expect(overlaps(may, '2025-05-31', '2025-06-30')).toBe(true);
    expect(overlaps(may, '2025-04-01', '2025-05-01')).toBe(true);
    expect(overlaps(may, '2025-06-01', '2025-06-30')).toBe(false);
    expect(overlaps(may, '2025-03-01', '2025-04-30')).toBe(false);
  });

  it('includes a 2025 year-only incident in any 2025 range and not in December 2024', () => {
    expect(overlaps(year2025, '2025-01-01', '2025-01-31')).toBe(true);
    expect(overlaps(year2025, '2025-07-10', '2025-07-10')).toBe(true);
    expect(overlaps(year2025, '2025-12-31', '2026-03-01')).toBe(true);
    expect(overlaps(year2025, '2024-12-01', '2024-12-31')).toBe(false);
    expect(overlaps(year2025, '2026-01-01', '2026-12-31')).toBe(false);
  });

  it('treats a missing or empty bound as open', () => {
    expect(overlaps(may, undefined, '2025-05-01')).toBe(true);
    expect(overlaps(may, '2025-05-31')).toBe(true);
    expect(overlaps(may, '', '')).toBe(true);
    expect(overlaps(may, '2025-06-01', '')).toBe(false);
  });
});

describe('periods an incident is filed under', () => {
  it('lists every month the span overlaps, none when only the year is known', () => {
    expect(spanMonths({ date: '2025-05-01', date_precision: 'month' })).toEqual(['2025-05']);
    expect(spanMonths({ date: '2022-05-30', date_precision: 'week' })).toEqual(['2022-05', '2022-06']);
    expect(spanMonths({ date: '2025-01-01', date_precision: 'year' })).toEqual([]);
  });

  it('lists every year the span overlaps', () => {
    expect(spanYears({ date: '2025-01-01', date_precision: 'year' })).toEqual(['2025']);
    expect(spanYears({ date: '2025-12-29', date_precision: 'week' })).toEqual(['2025', '2026']);
  });

  it('counts in one month, the first of the span, and in none for a year-only incident', () => {
    expect(countedMonth({ date: '2022-05-30', date_precision: 'week' })).toBe('2022-05');
    expect(countedMonth({ date: '2025-05-01', date_precision: 'month' })).toBe('2025-05');
    expect(countedMonth({ date: '2025-01-01', date_precision: 'year' })).toBeUndefined();
  });

  it('puts precision and end date on a table row only when they say more than the day', () => {
    expect(dateAttributes({ date: '2025-06-01', date_precision: 'day' })).toEqual({ 'data-date': '2025-06-01' });
    expect(dateAttributes({ date: '2025-05-01', date_precision: 'month' })).toEqual({ 'data-date': '2025-05-01', 'data-date-precision': 'month' });
    expect(dateAttributes({ date: '2025-06-05', date_precision: 'day', end_date: '2025-06-07' })).toEqual({ 'data-date': '2025-06-05', 'data-end-date': '2025-06-07' });
  });
});
