import { describe, expect, it } from 'vitest';
import { filterQuery, matches, parseFilter } from '../../src/domain/incident-filter.ts';

const row = { country: 'mli', actors: ['jnim', 'ansar-dine'], type: 'battles', date: '2025-06-01' };

describe('incident index filter', () => {
  it('reads a shared URL query back into the same filter', () => {
    const f = parseFilter('?country=mli&actor=jnim&type=battles&from=2025-01-01&to=2025-12-31');
    expect(f).toEqual({ country: 'mli', actor: 'jnim', type: 'battles', from: '2025-01-01', to: '2025-12-31' });
    expect(filterQuery(f)).toBe('country=mli&actor=jnim&type=battles&from=2025-01-01&to=2025-12-31');
  });

  it('drops malformed values instead of trusting them', () => {
    expect(parseFilter('country=<script>&from=2025-13&actor=JNIM')).toEqual({ country: '', actor: '', type: '', from: '', to: '' });
  });

  it('writes only the keys that are set', () => {
    expect(filterQuery({ country: '', actor: 'jnim', type: '', from: '', to: '' })).toBe('actor=jnim');
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
});
