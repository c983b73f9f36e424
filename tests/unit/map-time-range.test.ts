import { describe, expect, it } from 'vitest';
import { inRange, queryWithRange, rangeFromQuery } from '../../src/client/map/time-range.ts';
import { pointDated } from '../../src/domain/map-points.ts';

describe('map date range in the URL', () => {
  it('reads from and to, ignoring malformed dates and putting a reversed range in order', () => {
    expect(rangeFromQuery('?from=2024-01-01&to=2025-06-30')).toEqual({ from: '2024-01-01', to: '2025-06-30' });
    expect(rangeFromQuery('?from=2025-06-30&to=2024-01-01')).toEqual({ from: '2024-01-01', to: '2025-06-30' });
    expect(rangeFromQuery('?from=<script>&to=2025-6-1')).toEqual({ from: undefined, to: undefined });
    expect(rangeFromQuery('')).toEqual({ from: undefined, to: undefined });
  });

  it('writes the range and keeps the other parameters; an empty range leaves no query', () => {
    expect(queryWithRange('?country=mli', { from: '2024-01-01' })).toBe('?country=mli&from=2024-01-01');
    expect(queryWithRange('?from=2024-01-01&to=2025-01-01', {})).toBe('');
  });

  it('includes both ends of the range', () => {
    const r = { from: '2024-07-01', to: '2024-07-31' };
    expect(inRange({ date: '2024-07-01' }, r)).toBe(true);
    expect(inRange({ date: '2024-07-31' }, r)).toBe(true);
    expect(inRange({ date: '2024-08-01' }, r)).toBe(false);
    expect(inRange({ date: '2012-01-01' }, { to: '2013-01-01' })).toBe(true);
  });

  it('keeps a point whose date span overlaps the range: month, year and several days', () => {
    const r = { from: '2025-05-15', to: '2025-06-30' };
    expect(inRange(pointDated({ date: '2025-05-01', datePrecision: 'month' }), r)).toBe(true);
    expect(inRange(pointDated({ date: '2025-01-01', datePrecision: 'year' }), r)).toBe(true);
    expect(inRange(pointDated({ date: '2025-01-01', datePrecision: 'year' }), { from: '2024-12-01', to: '2024-12-31' })).toBe(false);
    expect(inRange(pointDated({ date: '2025-05-10', datePrecision: 'day', endDate: '2025-05-16' }), r)).toBe(true);
    expect(inRange(pointDated({ date: '2025-05-10', datePrecision: 'day' }), r)).toBe(false);
  });
});
