import { describe, expect, it } from 'vitest';
import { summariseClaims, summaryBasis, summaryPhrase } from '../../src/domain/claims.ts';
import { shortIncidentDate, subEventLabel } from '../../src/domain/labels.ts';
import { eventTaxonomy } from '../../src/domain/vocabulary.ts';
import type { Claim } from '../../src/schemas/incident.ts';

const claim = (source: string, c: Partial<Claim>): Claim => ({ source, victims: 'unknown', ...c });

describe('claim summaries', () => {
  it('states the range across claims with how many claims and distinct sources give it', () => {
    const s = summariseClaims([
      claim('a', { victims: 'military', killed: { min: 60, max: null } }),
      claim('b', { victims: 'military', killed: { min: 100, max: 100 } }),
      claim('c', { victims: 'military', killed: { min: 30, max: null } }),
      claim('a', { victims: 'military', killed: { min: 40, max: 40 } }),
    ]);
    expect(s).toHaveLength(1);
    expect(summaryPhrase(s[0], String)).toBe('30–100 soldiers killed');
    expect(summaryBasis(s[0])).toBe('(4 claims, 3 sources)');
  });

  it('keeps victim groups and measures apart and skips claims without the figure', () => {
    const s = summariseClaims([
      claim('a', { victims: 'military', killed: { min: 13, max: 13 } }),
      claim('a', { victims: 'militant', killed: { min: 13, max: 13 }, wounded: { min: 2, max: 2 } }),
      claim('b', { victims: 'civilian', note: 'no figure' }),
    ]);
    expect(s.map((x) => summaryPhrase(x, String))).toEqual(['13 soldiers killed', '13 militants killed', '2 militants wounded']);
    expect(summaryBasis(s[2])).toBe('(1 claim, 1 source)');
  });
});

describe('short dates in tables', () => {
  it('never shows a day the record does not know', () => {
    expect(shortIncidentDate({ date: '2025-05-01', date_precision: 'month' })).toBe('May 2025');
    expect(shortIncidentDate({ date: '2018-01-01', date_precision: 'year' })).toBe('2018');
    expect(shortIncidentDate({ date: '2025-06-02', date_precision: 'day' })).toBe('2 Jun 2025');
    expect(shortIncidentDate({ date: '2025-03-10', date_precision: 'week' })).toBe('wk of 10 Mar 2025');
  });
});

describe('sub-event labels', () => {
  it("uses ACLED's own punctuation where kebab-case loses it", () => {
    expect(subEventLabel('non-state-actor-overtakes-territory')).toBe('Non-state actor overtakes territory');
    expect(subEventLabel('remote-explosive-landmine-ied')).toBe('Remote explosive/landmine/IED');
  });

  it('gives every sub-event type of the taxonomy a readable label', () => {
    for (const sub of Object.values(eventTaxonomy).flat()) {
      const label = subEventLabel(sub);
      expect(label[0]).toBe(label[0].toUpperCase());
      expect(label).not.toMatch(/[a-z]-[a-z]+-/);
    }
  });
});
