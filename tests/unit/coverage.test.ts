import { describe, expect, it } from 'vitest';
import { coverage, coverageMarkdown } from '../../src/domain/coverage.ts';

const inc = (date: string, country: string, precision: 'town' | 'district', sources: string[]) => ({ data: { date, location: { country, precision }, claims: sources.map((source) => ({ source })) } });
const urls: Record<string, string> = { a: 'https://www.rfi.fr/x', b: 'https://rfi.fr/y', c: 'https://apnews.com/z' };

describe('coverage', () => {
  const c = coverage(
    {
      incidents: [inc('2022-03-01', 'mli', 'town', ['a', 'c']), inc('2023-01-01', 'mli', 'district', ['a', 'a']), inc('2023-05-01', 'bfa', 'town', ['b']), inc('2021-12-31', 'mli', 'town', ['c'])],
      sourceUrl: (id) => urls[id],
      countryName: (id) => ({ mli: 'Mali', bfa: 'Burkina Faso' })[id] ?? id,
    },
    2022,
    2023,
  );

  it('counts incidents per country and year in the span, most incidents first', () => {
    expect(c.years).toEqual(['2022', '2023']);
    expect(c.rows.map((r) => [r.country, r.perYear, r.total])).toEqual([['Mali', [1, 1], 2], ['Burkina Faso', [0, 1], 1]]);
  });

  it('counts two claims from the same source as one source, and outlets by web host', () => {
    expect(c.rows[0].twoSources).toBe(0.5);
    expect(c.rows[0].townOrBetter).toBe(0.5);
    // rfi.fr with and without www is one outlet.
    expect(c.all.outlets).toBe(2);
  });

  it('renders a Markdown table with a total row', () => {
    expect(coverageMarkdown(c).split('\n').at(-1)).toBe('| **All** | **1** | **2** | **3** | **33%** | **67%** | **2** |');
  });
});
