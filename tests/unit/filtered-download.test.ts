/**
 * The downloads of a filtered view, written in the browser from the compact data: the same
 * columns as the build's downloads (a prefix of the codebook), and for each incident the same
 * cells as the build's own CSV row, read back with a CSV parser.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { codebook } from '../../src/build/exports/codebook.ts';
import { incidentsCsv } from '../../src/build/exports/incident-exports.ts';
import { soleClaimants } from '../../src/domain/claims.ts';
import { filteredColumns, filteredFile, filteredFileName } from '../../src/domain/filtered-download.ts';
import { parseFilter } from '../../src/domain/incident-filter.ts';
import { decodeIndex, encodeIndex, filterRows } from '../../src/domain/incident-index-data.ts';
import { decodePoints, encodePoints } from '../../src/domain/map-points.ts';
import type { RecordIndex } from '../../src/records/record-index.ts';
import { bundledIndex, exportContext, fixtureIndex, incidentRecord, sampleIncidents, SITE } from './exports-helpers.ts';

const rowsOf = (csv: string) => parseCsv(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const about = { view: `${SITE}/incidents/?country=mli`, codebook: `${SITE}/data/#codebook` };

/** The rows the browser gets for an index: both compact files, through JSON, decoded and joined. */
function browserRows(index: RecordIndex) {
  const points = decodePoints(JSON.parse(JSON.stringify(encodePoints(index.incidents))));
  return decodeIndex(points, JSON.parse(JSON.stringify(encodeIndex(index.incidents, (i) => soleClaimants((i as RecordIndex['incidents'][number]).data.claims, 'killed'))))).rows;
}

const fixtures = fixtureIndex([
  ...sampleIncidents(),
  incidentRecord('2025-06-04-douentza-clash', {
    event_type: 'battles',
    sub_event_type: 'armed-clash',
    end_date: '2025-06-05',
    location: { name: 'Douentza', admin1: 'Mopti', admin2: 'Douentza', country: 'mli', lat: 15.0019, lon: -2.9498, precision: 'town' },
    claims: [{ source: 'src-a', victims: 'military', killed: 70, wounded: { min: 5, max: 9 }, abducted: { min: 3 } }, { source: 'src-b', victims: 'civilian', killed: 2 }],
  }),
  incidentRecord('2025-06-03-hostile', {
    title: '=HYPERLINK("http://x","click"), "quoted"\r\nand more',
    location: { name: "+cmd|'/C calc'!A0", admin1: '@SUM(1+1)', admin2: '-2+3', country: 'mli', lat: 16.7, lon: -3.0, precision: 'town' },
  }),
]);

describe('downloads of a filtered view', () => {
  it('hold the first columns of the codebook, in its order, up to the incident URL', () => {
    expect(filteredColumns).toEqual(codebook.slice(0, filteredColumns.length).map((c) => c.name));
    expect(filteredColumns.at(-1)).toBe('url');
    const csv = filteredFile('csv', browserRows(fixtures), SITE, about);
    expect(csv.split('\r\n')[0]).toBe(filteredColumns.join(','));
  });

  it('write each incident as the build writes those columns (same cells, formulas neutralised)', () => {
    const build = new Map(rowsOf(incidentsCsv(fixtures.incidents, exportContext(fixtures))).map((r) => [r.id, r]));
    const browser = rowsOf(filteredFile('csv', browserRows(fixtures), SITE, about));
    expect(browser).toHaveLength(fixtures.incidents.length);
    for (const row of browser) {
      const want = Object.fromEntries(filteredColumns.map((c) => [c, build.get(row.id)![c]]));
      expect(row, row.id).toEqual(want);
    }
    const hostile = browser.find((r) => r.id === '2025-06-03-hostile')!;
    expect(hostile.title.startsWith("'=")).toBe(true);
    expect(hostile.location.startsWith("'+")).toBe(true);
  });

  it('agree with the build for every bundled record, coordinates to 1e-4 degree', () => {
    const index = bundledIndex();
    const build = new Map(rowsOf(incidentsCsv(index.incidents, exportContext(index))).map((r) => [r.id, r]));
    const browser = rowsOf(filteredFile('csv', browserRows(index), SITE, about));
    expect(browser).toHaveLength(index.incidents.length);
    const differing: string[] = [];
    for (const row of browser) {
      const want = build.get(row.id)!;
      for (const c of filteredColumns) {
        const same = c === 'latitude' || c === 'longitude' ? Math.abs(Number(row[c]) - Number(want[c])) <= 0.00005 + 1e-9 : row[c] === want[c];
        if (!same) differing.push(`${row.id} ${c}: ${row[c]} vs ${want[c]}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('give the filtered rows as GeoJSON and JSON with the same properties and the filter that made them', () => {
    const rows = filterRows(browserRows(fixtures), parseFilter('country=mli&killed_min=65&sub=armed-clash'));
    expect(rows.map((r) => r.id)).toEqual(['2025-06-04-douentza-clash']);
    const csv = rowsOf(filteredFile('csv', rows, SITE, about));
    const geo = JSON.parse(filteredFile('geojson', rows, SITE, about));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.filtered_view).toBe(about.view);
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0].geometry.coordinates).toEqual([-2.9498, 15.0019]);
    expect(Object.keys(geo.features[0].properties)).toEqual([...filteredColumns]);
    expect(geo.features[0].properties).toMatchObject({ id: rows[0].id, end_date: '2025-06-05', killed_low: 72, killed_high: 72, wounded_low: 5, wounded_high: 9, abducted_low: 3, abducted_high: null, admin2: 'Douentza', sub_event_type: 'armed-clash', source_count: 2 });
    const json = JSON.parse(filteredFile('json', rows, SITE, about));
    expect(json.count).toBe(1);
    expect(json.columns).toEqual([...filteredColumns]);
    expect(json.incidents[0]).toEqual(geo.features[0].properties);
    expect(String(json.incidents[0].killed_low)).toBe(csv[0].killed_low);
  });

  it('names files after their filter', () => {
    expect(filteredFileName('country=mli&from=2025-01-01', 'csv')).toBe('incidents-country-mli-from-2025-01-01.csv');
    expect(filteredFileName('', 'geojson')).toBe('incidents-filtered.geojson');
  });
});
