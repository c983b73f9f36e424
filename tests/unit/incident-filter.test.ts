import { describe, expect, it } from 'vitest';
import { filterQuery, filterStatus, matches, parseFilter, type RowFacts } from '../../src/domain/incident-filter.ts';

const row = { country: 'mli', actors: ['jnim', 'ansar-dine'], type: 'battles', date: '2025-06-01' };

describe('incident index filter', () => {
  it('reads a shared URL query back into the same filter', () => {
    const f = parseFilter('?country=mli&actor=jnim&type=battles&from=2025-01-01&to=2025-12-31');
    expect(f).toEqual({ country: 'mli', region: '', actor: 'jnim', type: 'battles', from: '2025-01-01', to: '2025-12-31' });
    expect(filterQuery(f)).toBe('country=mli&actor=jnim&type=battles&from=2025-01-01&to=2025-12-31');
  });

  it('drops malformed values instead of trusting them', () => {
    expect(parseFilter('country=<script>&from=2025-13&actor=JNIM')).toEqual({ country: '', region: '', actor: '', type: '', from: '', to: '' });
  });

  it('filters by a region id, as the regional comparison links it', () => {
    const f = parseFilter('region=mli-tombouctou&from=2025-01-01&to=2025-12-31');
    expect(f.region).toBe('mli-tombouctou');
    expect(filterQuery(f)).toBe('region=mli-tombouctou&from=2025-01-01&to=2025-12-31');
    expect(matches({ ...row, region: 'mli-tombouctou' }, f)).toBe(true);
    expect(matches({ ...row, region: 'mli-mopti' }, f)).toBe(false);
    expect(matches(row, f)).toBe(false); // no region named: not in any region's list
    expect(parseFilter('region=<b>').region).toBe('');
  });

  it('writes only the keys that are set', () => {
    expect(filterQuery({ country: '', region: '', actor: 'jnim', type: '', from: '', to: '' })).toBe('actor=jnim');
  });

  it('matches an incident when every set criterion holds, with inclusive dates', () => {
    expect(matches(row, parseFilter('country=mli&actor=ansar-dine&from=2025-06-01&to=2025-06-01'))).toBe(true);
    expect(matches(row, parseFilter(''))).toBe(true);
  });

  it('excludes an incident failing any criterion', () => {
    expect(matches(row, parseFilter('country=bfa'))).toBe(false);
    expect(matches(row, parseFilter('actor=jni'))).toBe(false);
    expect(matches(row, parseFilter('type=riots'))).toBe(false);
    expect(matches(row, parseFilter('from=2025-06-02'))).toBe(false);
    expect(matches(row, parseFilter('to=2025-05-31'))).toBe(false);
  });

  it('includes an incident known to the month when the month overlaps the range', () => {
    // The "May 2025" Dioura attack, in a filter from mid-May to the end of June.
    const dioura: RowFacts = { country: 'mli', actors: ['jnim'], type: 'battles', date: '2025-05-01', date_precision: 'month' };
    expect(matches(dioura, parseFilter('from=2025-05-15&to=2025-06-30'))).toBe(true);
    expect(matches(dioura, parseFilter('from=2025-06-01'))).toBe(false);
    expect(matches(dioura, parseFilter('to=2025-04-30'))).toBe(false);
  });

  it('includes a year-only incident in any range of its year and in no other', () => {
    const yearOnly: RowFacts = { ...row, date: '2025-01-01', date_precision: 'year' };
    expect(matches(yearOnly, parseFilter('from=2025-08-01&to=2025-08-31'))).toBe(true);
    expect(matches(yearOnly, parseFilter('from=2024-12-01&to=2024-12-31'))).toBe(false);
  });
});

describe('incident index status line', () => {
  const day: RowFacts = { ...row, date_precision: 'day' };
  const month: RowFacts = { ...row, date: '2025-05-01', date_precision: 'month' };
  const year: RowFacts = { ...row, date: '2025-01-01', date_precision: 'year' };
  const week: RowFacts = { ...row, date: '2025-05-11', date_precision: 'week' };

  it('says how many of the shown incidents are known only to the month or year when dates are set', () => {
    const f = parseFilter('from=2025-05-15&to=2025-06-30');
    expect(filterStatus([day, month, year], 335, f)).toBe('Showing 3 of 335 incidents, 2 of them known only to the month or year');
    expect(filterStatus([day, week, month, year], 1200, f)).toBe('Showing 4 of 1,200 incidents, 3 of them known only to the week, month or year');
    expect(filterStatus([month], 335, f)).toBe('Showing 1 of 335 incidents, 1 of them known only to the month');
  });

  it('is the plain count without a date range or without vague dates', () => {
    expect(filterStatus([day, month], 335, parseFilter('country=mli'))).toBe('Showing 2 of 335 incidents');
    expect(filterStatus([day], 335, parseFilter('from=2025-01-01'))).toBe('Showing 1 of 335 incidents');
  });
});
