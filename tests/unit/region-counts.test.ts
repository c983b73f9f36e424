import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  classBreaks,
  classOf,
  compareRegions,
  defaultPeriods,
  parsePeriods,
  parseRange,
  periodsQuery,
  regionFactsOfRow,
  type Periods,
  type RegionFacts,
} from '../../src/domain/region-counts.ts';
import { periodLabel, regionView } from '../../src/domain/region-view.ts';
import { decodeIndex, encodeIndex, filterRows, type IndexInput } from '../../src/domain/incident-index-data.ts';
import { decodePoints, encodePoints } from '../../src/domain/map-points.ts';
import { parseFilter } from '../../src/domain/incident-filter.ts';
import { matchRegion, regionMap } from '../../src/build/region-shapes.ts';
import type { DatePrecision } from '../../src/domain/vocabulary.ts';

const years: Periods = { a: { from: '2024-01-01', to: '2024-12-31' }, b: { from: '2025-01-01', to: '2025-12-31' } };
const range = (low: number, high: number | null = low) => ({ low, high, claims: 1 });

function fact(date: string, admin1: string | undefined, opts: { p?: DatePrecision; country?: string; killed?: number; independent?: number } = {}): RegionFacts {
  return {
    dated: { date, date_precision: opts.p ?? 'day' },
    country: opts.country ?? 'mli',
    admin1,
    killed: opts.killed === undefined ? undefined : range(opts.killed),
    independent: opts.independent === undefined ? (opts.killed === undefined ? undefined : range(opts.killed)) : range(opts.independent),
  };
}

describe('incidents by region in two periods', () => {
  it('counts each region in each period, most incidents in B first, and puts incidents with no region apart', () => {
    const cmp = compareRegions(
      [
        fact('2024-03-01', 'Mopti', { killed: 10 }),
        fact('2025-03-01', 'Mopti', { killed: 20, independent: 5 }),
        fact('2025-04-01', 'Tombouctou'),
        fact('2025-05-01', 'Tombouctou', { killed: 3 }),
        fact('2025-06-01', undefined, { killed: 7 }),
        fact('2023-06-01', 'Gao'), // in neither period
      ],
      years,
    );
    expect(cmp.regions.map((r) => [r.id, r.a.incidents, r.b.incidents])).toEqual([
      ['mli-tombouctou', 0, 2],
      ['mli-mopti', 1, 1],
    ]);
    const mopti = cmp.regions[1];
    expect(mopti.b.independent).toMatchObject({ low: 5, high: 5 });
    expect(mopti.b.killed).toMatchObject({ low: 20, high: 20 });
    expect(cmp.regions[0].b.killed).toMatchObject({ low: 3, high: 3 });
    expect(cmp.unknown.b.incidents).toBe(1);
    expect(cmp.unknown.a.incidents).toBe(0);
    expect(cmp.total.b.incidents).toBe(4);
    expect(cmp.total.b.killed.low).toBe(30);
  });

  it('puts an incident of vague date in every period its span overlaps, and says how many', () => {
    const cmp = compareRegions(
      [
        fact('2024-12-30', 'Mopti', { p: 'week' }), // 30 Dec 2024 to 5 Jan 2025: both years
        fact('2025-01-01', 'Mopti', { p: 'year' }), // the whole of 2025: only B
        fact('2024-06-01', 'Mopti', { p: 'month' }),
      ],
      { a: { from: '2024-06-15', to: '2024-12-31' }, b: { from: '2025-01-01', to: '2025-01-31' } },
    );
    const [mopti] = cmp.regions;
    expect(mopti.a).toMatchObject({ incidents: 2, vague: 2 }); // the week and June 2024 (overlaps 15-30 June)
    expect(mopti.b).toMatchObject({ incidents: 2, vague: 2 }); // the week and the year
    expect(cmp.total.a.vague).toBe(2);
  });

  it('keys regions by the record’s own name, so two spellings of one name are one region and new regions still count', () => {
    const cmp = compareRegions([fact('2025-01-02', 'Ségou'), fact('2025-01-03', 'Segou'), fact('2025-01-04', 'Ménaka')], years);
    expect(cmp.regions.map((r) => [r.id, r.b.incidents])).toEqual([
      ['mli-segou', 2],
      ['mli-menaka', 1],
    ]);
  });
});

describe('the two periods in the URL', () => {
  const fallback = defaultPeriods('2025-11-20');

  it('defaults to the newest incident’s year against the year before', () => {
    expect(fallback).toEqual(years);
    expect(periodLabel(years.a)).toBe('2024');
    expect(periodLabel({ from: '2025-01-01', to: '2025-06-30' })).toBe('1 January 2025 – 30 June 2025');
    expect(periodLabel({ from: '2025-01-01', to: '2025-06-30' }, 'fr')).toBe('du 1 janvier 2025 au 30 juin 2025');
  });

  it('reads back what it writes', () => {
    const p: Periods = { a: { from: '2023-07-01', to: '2024-06-30' }, b: { from: '2024-07-01', to: '2025-06-30' } };
    expect(periodsQuery(p)).toBe('a=2023-07-01..2024-06-30&b=2024-07-01..2025-06-30');
    expect(parsePeriods(`?${periodsQuery(p)}`, fallback)).toEqual(p);
  });

  it('falls back, period by period, on a malformed, impossible or backwards range', () => {
    expect(parsePeriods('a=2024-02-30..2024-03-01&b=2025-01-01..2025-03-31', fallback)).toEqual({ a: fallback.a, b: { from: '2025-01-01', to: '2025-03-31' } });
    expect(parsePeriods('a=2025-01-01..2024-01-01', fallback).a).toEqual(fallback.a);
    expect(parsePeriods('a=<script>&b=2025', fallback)).toEqual(fallback);
    expect(parseRange('2024-01-01..2024-01-01')).toEqual({ from: '2024-01-01', to: '2024-01-01' });
    expect(parseRange(undefined)).toBeUndefined();
  });
});

describe('colour classes', () => {
  it('keeps fixed small steps and grows round ones with the data, the top class reachable', () => {
    expect(classBreaks(4)).toEqual([1, 3, 6, 11]);
    expect(classBreaks(40)).toEqual([1, 5, 10, 20]);
    expect(classBreaks(1000)).toEqual([1, 100, 200, 500]);
    const b = classBreaks(40);
    expect([0, 1, 4, 5, 19, 20, 40].map((n) => classOf(n, b))).toEqual([0, 1, 1, 2, 3, 4, 4]);
  });
});

describe('the view of a comparison', () => {
  const cmp = compareRegions([fact('2024-03-01', 'Mopti', { killed: 10 }), fact('2025-03-01', 'Ménaka', { killed: 4, independent: 2 }), fact('2025-03-02', undefined)], years);
  const v = regionView(cmp, years, (id) => id !== 'mli-menaka');

  it('links each region to its filtered list, per period, and only where it has incidents', () => {
    const menaka = v.rows.find((r) => r.id === 'mli-menaka')!;
    expect(menaka.href).toBe('/incidents/?region=mli-menaka');
    expect(menaka.b.href).toBe('/incidents/?region=mli-menaka&from=2025-01-01&to=2025-12-31');
    expect(menaka.a.href).toBeUndefined();
    expect(menaka).toMatchObject({ drawn: false, change: '+1', b: { killed: '2', killedAll: '4' } });
    expect(v.shapes.a.get('mli-mopti')).toMatchObject({ c: 1, label: 'Mopti: 1 incident, 10 killed (independent reporting)' });
    expect(v.shapes.b.get('mli-mopti')).toMatchObject({ c: 0, href: undefined });
  });

  it('keeps a long table to the regions with most incidents in B, and says so', () => {
    const limited = regionView(cmp, years, () => true, 'en', 1);
    expect(limited.rows.map((r) => r.id)).toEqual(['mli-menaka']);
    expect(limited.shapes.a.get('mli-mopti')!.c).toBe(1); // the map still colours every region
    expect(limited.notes.join(' ')).toContain('the 1 regions with most incidents in period B (of 2');
  });

  it('notes regions the map cannot draw and incidents with no region', () => {
    expect(v.notes.join(' ')).toMatch(/not on the map/);
    expect(v.notes.join(' ')).toContain('Region not known (the record places the incident only in its country): 0 in period A, 1 in period B.');
    expect(regionView(cmp, years, () => true, 'fr').notes.join(' ')).toContain('Région inconnue');
  });
});

describe('the browser’s data gives the build’s counts', () => {
  const incident = (id: string, admin1: string, killed: number, independent?: number): IndexInput & { independentTotals: IndexInput['independentTotals'] } => ({
    id,
    data: {
      date: id.slice(0, 10),
      date_precision: 'day',
      event_type: 'battles',
      title: id,
      location: { name: 'X', admin1, country: 'mli', lat: 14, lon: -4, precision: 'town' },
      actors: { perpetrators: ['jnim'] },
    },
    totals: { killed: { low: killed, high: killed } },
    independentTotals: { killed: independent === undefined ? undefined : { low: independent, high: null } },
  });
  const input = [incident('2025-01-02-a', 'Mopti', 10, 10), incident('2025-01-03-b', 'Mopti', 30, 12), incident('2025-01-04-c', 'Tombouctou', 5)];
  const points = decodePoints(JSON.parse(JSON.stringify(encodePoints(input))));
  const { rows } = decodeIndex(points, JSON.parse(JSON.stringify(encodeIndex(input, () => []))));

  it('carries the independent killed range where it differs from the range over every claim', () => {
    const cmp = compareRegions(rows.map(regionFactsOfRow), years);
    const mopti = cmp.regions.find((r) => r.id === 'mli-mopti')!;
    expect(mopti.b.killed).toMatchObject({ low: 40, high: 40 });
    expect(mopti.b.independent).toMatchObject({ low: 22, high: null });
    expect(cmp.regions.find((r) => r.id === 'mli-tombouctou')!.b.independent.claims).toBe(0); // no independent figure
  });

  it('filters the index by the region links’ parameter', () => {
    expect(filterRows(rows, parseFilter('region=mli-mopti')).map((r) => r.id)).toEqual(['2025-01-03-b', '2025-01-02-a']);
  });
});

describe('region shapes', () => {
  it('matches the records’ spellings to the boundary data and reports the regions it lacks', () => {
    expect(matchRegion('mli', 'Tombouctou')).toBe('Timbuktu');
    expect(matchRegion('mli', 'Ménaka')).toBeUndefined();
    expect(matchRegion('nga', 'Niger State')).toBe('Niger');
    expect(matchRegion('nga', 'FCT')).toBe('Federal Capital Territory');
    expect(matchRegion('bfa', 'Centre-Nord')).toBe('Centre-Nord'); // a region of provinces
    expect(matchRegion('ner', 'Tillaberi')).toBe('Tillabéri');
  });

  it('draws every region of a country with the ids the counts use, in a few KB', () => {
    const m = regionMap(['mli'], () => ['Tombouctou', 'Ménaka']);
    expect(m.shapes).toHaveLength(9);
    expect(m.shapes.find((s) => s.name === 'Timbuktu')!.ids).toEqual(['mli-tombouctou']);
    expect(m.shapes.find((s) => s.name === 'Mopti')!.ids).toEqual(['mli-mopti']);
    expect(m.shapes.every((s) => /^M\d+ \d+l/.test(s.d))).toBe(true);
    expect(Math.max(m.width, m.height)).toBe(600);
    const bfa = regionMap(['bfa'], () => []);
    expect(bfa.shapes.map((s) => s.name)).toContain('Boucle du Mouhoun');
    for (const map of [m, bfa]) expect(gzipSync([...map.shapes, ...map.outlines].map((s) => s.d).join('')).length).toBeLessThan(4000);
  });
});
