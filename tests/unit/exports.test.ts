import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/domain/csv.ts';
import { incidentsCsv, incidentsGeoJson, incidentsJson } from '../../src/build/exports/incident-exports.ts';
import { incidentColumns } from '../../src/build/exports/incident-table.ts';
import { buildRecordIndex, type Incident } from '../../src/records/record-index.ts';
import { validateContent } from '../../src/records/validate.ts';
import { bundledIndex, exportContext, fixtureIndex, incidentRecord, projectRoot, sampleIncidents } from './exports-helpers.ts';

const rowsOf = (csv: string) => parseCsv(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

const fixtures = fixtureIndex(sampleIncidents());

const hostile = fixtureIndex([
  incidentRecord('2025-06-03-hostile', {
    title: '=HYPERLINK("http://x","click")',
    location: {
      name: "+cmd|'/C calc'!A0",
      admin1: '@SUM(1+1)*cmd|" /C calc"!A0',
      admin2: '-2+3',
      aliases: ['=1+1'],
      country: 'mli',
      lat: 16.7,
      lon: -3.0,
      precision: 'town',
    },
  }),
  incidentRecord('2025-06-04-hostile-controls', { title: '\tTab, "quoted" and\r\nnew line', location: { name: '\r=1+2', country: 'mli', lat: 16, lon: -3, precision: 'town' } }),
]);

describe('CSV cells', () => {
  it('quotes cells holding commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes negative numbers as numbers but prefixes text starting with a formula character', () => {
    expect(csvCell(-1.42)).toBe('-1.42');
    for (const t of ['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1']) expect(csvCell(t).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('leaves unknown values as empty cells', () => {
    expect(toCsv(['a', 'b'], [{ a: null, b: undefined }])).toBe('a,b\r\n,\r\n');
  });
});

describe('incident downloads from small fixtures', () => {
  const csv = incidentsCsv(fixtures.incidents, exportContext(fixtures));
  const rows = rowsOf(csv);

  it('has a header row with every documented column, in order', () => {
    expect(csv.split('\r\n')[0]).toBe(incidentColumns.join(','));
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes one CSV row, one GeoJSON feature and one JSON record per incident', () => {
    expect(rows).toHaveLength(4);
    expect(incidentsGeoJson(fixtures.incidents, exportContext(fixtures)).features).toHaveLength(4);
    expect(incidentsJson(fixtures.incidents, exportContext(fixtures), 'test').incidents).toHaveLength(4);
  });

  it('gives the range across claims: lowest low to highest high, open when a claim says "at least"', () => {
    const boulkessi = rows.find((r) => r.id === '2025-06-01-boulkessi-assault')!;
    expect([boulkessi.killed_low, boulkessi.killed_high]).toEqual(['30', '100']);
    expect([boulkessi.wounded_low, boulkessi.wounded_high]).toEqual(['5', '9']);
    expect([boulkessi.abducted_low, boulkessi.abducted_high]).toEqual(['', '']);
    expect(boulkessi.source_count).toBe('3');
    const solenzo = rows.find((r) => r.id === '2025-03-01-solenzo-killings')!;
    expect([solenzo.killed_low, solenzo.killed_high]).toEqual(['58', '']);
  });

  it('leaves both ends empty when no source gives a figure, never 0', () => {
    const kpekakandi = rows.find((r) => r.id === '2024-07-20-kpekakandi-base-overrun')!;
    expect([kpekakandi.killed_low, kpekakandi.killed_high]).toEqual(['', '']);
    const feature = incidentsGeoJson(fixtures.incidents, exportContext(fixtures)).features.find((f) => f.id === kpekakandi.id)!;
    expect(feature.properties.killed_low).toBeNull();
  });

  it('joins several actors with "; " and links each row to its incident page', () => {
    const solenzo = rows.find((r) => r.id === '2025-03-01-solenzo-killings')!;
    expect(solenzo.perpetrators).toBe('vdp; fabf');
    expect(solenzo.url).toBe('https://tracker.example.org/incidents/2025-03-01-solenzo-killings/');
    expect(solenzo.date_precision).toBe('month');
  });

  it('puts GeoJSON points at [longitude, latitude] with the title among the properties', () => {
    const f = incidentsGeoJson(fixtures.incidents, exportContext(fixtures)).features.find((x) => x.id === '2025-06-01-boulkessi-assault')!;
    expect(f.geometry.coordinates).toEqual([-1.42, 15.05]);
    expect(f.properties.title).toBe('Attack on a village');
    expect(f.properties.latitude).toBe(15.05);
  });

  it('keeps every claim in the JSON download', () => {
    const rec = incidentsJson(fixtures.incidents, exportContext(fixtures), 'test').incidents.find((r) => r.id === '2025-06-01-boulkessi-assault')!;
    expect(rec.data.claims.map((c) => c.killed)).toEqual([{ min: 30, max: 30 }, { min: 60, max: null }, { min: 100, max: 100 }]);
    expect(rec.totals.killed).toEqual({ low: 30, high: 100, claims: 3 });
    expect(rec.body).toBe('Text.');
  });
});

describe('hostile records in the CSV', () => {
  const csv = incidentsCsv(hostile.incidents, exportContext(hostile));
  const rows = rowsOf(csv);

  it('turns no title or place into a spreadsheet formula', () => {
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (column === 'latitude' || column === 'longitude' || /_(low|high)$|count$/.test(column)) continue;
        expect(value, `${column} = ${JSON.stringify(value)}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    expect(rows[0].title).toBe(`'=HYPERLINK("http://x","click")`);
    expect(rows[0].location).toBe(`'+cmd|'/C calc'!A0`);
  });

  it('keeps quotes, commas and line breaks inside their own cell', () => {
    const row = rows.find((r) => r.id === '2025-06-04-hostile-controls')!;
    // The schema trims the leading tab; what is left must survive intact in one cell.
    expect(row.title).toBe(`Tab, "quoted" and\r\nnew line`);
    expect(row.location).toBe(`'=1+2`);
    expect(Object.keys(row)).toEqual([...incidentColumns]);
  });
});

describe('downloads of the bundled records', () => {
  const index = bundledIndex();
  const all = index.incidents;
  const byId = new Map(all.map((i) => [i.id, i]));

  const check = (incidents: readonly Incident[]) => {
    const rows = rowsOf(incidentsCsv(incidents, exportContext(index)));
    const features = incidentsGeoJson(incidents, exportContext(index)).features;
    const json = incidentsJson(incidents, exportContext(index), 'test');
    expect(rows).toHaveLength(incidents.length);
    expect(features).toHaveLength(incidents.length);
    expect(json.incidents).toHaveLength(incidents.length);
    expect(json.count).toBe(incidents.length);
    return { rows, features };
  };

  it('has as many rows and features as there are incidents, each matching its record', () => {
    expect(all.length).toBeGreaterThan(0);
    const { rows, features } = check(all);
    for (const row of rows) {
      const rec = byId.get(row.id)!;
      expect(Number(row.latitude)).toBe(rec.data.location.lat);
      expect(Number(row.longitude)).toBe(rec.data.location.lon);
      expect(row.killed_low).toBe(rec.totals.killed ? String(rec.totals.killed.low) : '');
      expect(row.killed_high).toBe(rec.totals.killed?.high != null ? String(rec.totals.killed.high) : '');
    }
    for (const f of features) {
      const rec = byId.get(String(f.id))!;
      expect(f.geometry.coordinates).toEqual([rec.data.location.lon, rec.data.location.lat]);
    }
  });

  it("gives each country's and actor's file exactly its incidents", () => {
    let countryTotal = 0;
    for (const c of index.countries) {
      const incidents = index.inCountry(c.id);
      countryTotal += incidents.length;
      const { rows } = check(incidents);
      expect(rows.every((r) => r.country === c.id)).toBe(true);
    }
    expect(countryTotal).toBe(all.length);
    for (const a of index.actors) {
      const incidents = index.involving(a.id);
      const { rows } = check(incidents);
      const expected = all.filter((i) => i.data.actors.perpetrators.includes(a.id) || i.data.actors.targets.includes(a.id));
      expect(rows.map((r) => r.id).sort()).toEqual(expected.map((i) => i.id).sort());
    }
  });
});

describe('downloads of the hostile fixture records', () => {
  const { records, errors } = validateContent(join(projectRoot, 'tests/fixtures/hostile'));
  const index = buildRecordIndex(records);

  it('neutralise every formula in every text cell of the CSV', () => {
    expect(errors).toEqual([]);
    const rows = rowsOf(incidentsCsv(index.incidents, exportContext(index)));
    expect(rows.length).toBe(index.incidents.length);
    // The fixture does carry formulas: they arrive as text.
    expect(rows.some((r) => r.title.startsWith(`'=HYPERLINK(`))).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    const numeric = /^(latitude|longitude|source_count|.*_(low|high))$/;
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (!numeric.test(column)) expect(value, `${row.id} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('keep the GeoJSON and JSON parseable with the hostile text intact as data', () => {
    const geo = JSON.parse(JSON.stringify(incidentsGeoJson(index.incidents, exportContext(index))));
    expect(geo.features.map((f: { properties: { title: string } }) => f.properties.title)).toEqual(index.incidents.map((i) => i.data.title));
  });
});
