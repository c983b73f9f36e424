import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { codebook, incidentColumns, numericTypes, precisionCodes } from '../../src/build/exports/codebook.ts';
import { incidentsCsv, incidentsGeoJson, incidentsJson } from '../../src/build/exports/incident-exports.ts';
import { readDatasetVersion } from '../../src/build/dataset-version.ts';
import { buildRecordIndex } from '../../src/records/record-index.ts';
import { validateContent } from '../../src/records/validate.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { incidentSchema } from '../../src/schemas/incident.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { bundledIndex, exportContext, incidentRecord, projectRoot, SITE } from './exports-helpers.ts';

/** The columns of the first downloads: analysts' scripts read them by name and position. */
const FIRST_COLUMNS = [
  'id', 'title', 'date', 'date_precision', 'end_date', 'event_type', 'sub_event_type', 'perpetrators', 'targets',
  'country', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'geo_precision', 'killed_low', 'killed_high',
  'wounded_low', 'wounded_high', 'abducted_low', 'abducted_high', 'source_count', 'url',
];

const numeric = new Set<string>(codebook.filter((c) => numericTypes.has(c.type)).map((c) => c.name));

/** The CSV read back by a real parser, header row kept apart so its order can be checked. */
function readCsv(csv: string) {
  const [header, ...rows] = parseCsv(csv, { skip_empty_lines: true }) as string[][];
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]]))) };
}

const record = <T>(id: string, data: T) => ({ id, file: '', data, body: '' });

const index = buildRecordIndex({
  incidents: [
    // Sources disagree about the civilians; the soldiers and the unattributed dead are counted apart.
    incidentRecord('2025-06-01-disputed-toll', {
      date_precision: 'week',
      location: { name: 'Boulkessi', admin1: 'Mopti', country: 'mli', lat: 15.05, lon: -1.42, precision: 'district' },
      actors: { perpetrators: ['jnim', 'isgs'], targets: ['fama'] },
      claims: [
        { source: 'rfi-report', victims: 'civilian', killed: 10 },
        { source: 'hrw-report', victims: 'civilian', killed: { min: 12 } },
        { source: 'rfi-report', victims: 'military', killed: { min: 30, max: 40 } },
        { source: 'army-statement', claimed_by: 'fama', victims: 'militant', killed: { min: 80 } },
        { source: 'hrw-report', victims: 'mixed', killed: 5 },
        { source: 'army-statement', claimed_by: 'fama', victims: 'unknown', killed: { min: 2 } },
      ],
    }, 'Gunmen attacked the [market](https://example.org/a) on *Sunday*.'),
    incidentRecord('2025-05-01-no-toll', {
      date: '2025-05-01',
      date_precision: 'year',
      location: { name: 'Mali', country: 'mli', lat: 17, lon: -4, precision: 'country' },
      actors: { perpetrators: ['unknown'], targets: [] },
      claims: [{ source: 'unlisted-source', victims: 'civilian' }],
    }, ''),
  ],
  actors: [
    record('jnim', actorSchema.parse({ name: "Jama'at Nusrat al-Islam wal-Muslimin", short_name: 'JNIM', kind: 'jihadist' })),
    record('fama', actorSchema.parse({ name: 'Malian Armed Forces', short_name: 'FAMa', kind: 'state-force' })),
  ],
  countries: [record('mli', countrySchema.parse({ name: 'Mali' }))],
  sources: [
    record('rfi-report', sourceSchema.parse({ title: 'Attaque', publisher: 'RFI', published: '2025-06', kind: 'news' })),
    record('hrw-report', sourceSchema.parse({ title: 'Report', publisher: 'Human Rights Watch', published: '2025-07', kind: 'ngo-report' })),
    record('army-statement', sourceSchema.parse({ title: 'Communiqué', publisher: 'FAMa', published: '2025-06', kind: 'official-statement' })),
  ],
  areas: [],
});

const VERSION = { commit: 'a'.repeat(40), date: '2026-11-30T06:00:00+00:00' };
const ctx = exportContext(index, {
  changed: (file) => (file.endsWith('2025-06-01-disputed-toll.md') ? { date: '2026-01-05T10:00:00+01:00', hash: 'b'.repeat(40) } : undefined),
  version: VERSION,
});

describe('the codebook', () => {
  it('lists every column once and nothing else, each with a type, a meaning and what an empty cell says', () => {
    expect(codebook.map((c) => c.name)).toEqual([...incidentColumns]);
    expect(new Set(incidentColumns).size).toBe(incidentColumns.length);
    for (const c of codebook) {
      expect(c.meaning.length, c.name).toBeGreaterThan(10);
      expect(c.empty.length, c.name).toBeGreaterThan(5);
    }
  });

  it('keeps the first columns first, unchanged and in their order', () => {
    expect(incidentColumns.slice(0, FIRST_COLUMNS.length)).toEqual(FIRST_COLUMNS);
  });

  it("takes a mirrored field's meaning from the schema's own description", () => {
    const title = codebook.find((c) => c.name === 'title')!;
    expect(title.meaning).toBe(incidentSchema.shape.title.description);
    expect(codebook.find((c) => c.name === 'date_precision')!.meaning).toContain(incidentSchema.shape.date_precision.description!);
  });

  it('says what an empty killed_high means', () => {
    expect(codebook.find((c) => c.name === 'killed_high')!.empty).toMatch(/^at least killed_low/);
  });

  it('numbers the precisions in the order of the vocabularies, from 1', () => {
    expect(precisionCodes.date_prec.codes.map((c) => `${c.code}=${c.value}`)).toEqual(['1=day', '2=week', '3=month', '4=year']);
    expect(precisionCodes.where_prec.codes.map((c) => `${c.code}=${c.value}`)).toEqual(['1=exact', '2=town', '3=district', '4=region', '5=country']);
    expect(codebook.find((c) => c.name === 'where_prec')!.meaning).toContain('1 = exact, 2 = town, 3 = district, 4 = region, 5 = country');
  });

  it('is named in CONTRIBUTING.md, column by column', () => {
    const doc = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Downloads and feeds'), doc.indexOf('## Field reference'));
    for (const name of incidentColumns) expect(section, name).toContain(`\`${name}\``);
  });
});

describe('the CSV read back against the codebook', () => {
  const { header, rows } = readCsv(incidentsCsv(index.incidents, ctx));
  const disputed = rows.find((r) => r.id === '2025-06-01-disputed-toll')!;
  const noToll = rows.find((r) => r.id === '2025-05-01-no-toll')!;

  it("has exactly the codebook's columns, in order, and one row per incident", () => {
    expect(header).toEqual(codebook.map((c) => c.name));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(Object.keys(row)).toEqual(header);
  });

  it('gives the range of each victim group by the rules of the totals', () => {
    // Civilians 10 and "at least 12": the open claim raises the bounded high to 12.
    expect([disputed.killed_civilian_low, disputed.killed_civilian_high]).toEqual(['10', '12']);
    expect([disputed.killed_military_low, disputed.killed_military_high]).toEqual(['30', '40']);
    // Only "at least 80": no upper bound.
    expect([disputed.killed_militant_low, disputed.killed_militant_high]).toEqual(['80', '']);
    // Mixed 5 and unknown "at least 2" together: 7, open.
    expect([disputed.killed_other_low, disputed.killed_other_high]).toEqual(['7', '']);
    // The groups add up to the total.
    expect([disputed.killed_low, disputed.killed_high]).toEqual(['127', '']);
  });

  it('leaves every killed cell empty when no claim gives a figure, never 0', () => {
    for (const c of header.filter((h) => h.startsWith('killed_'))) expect(noToll[c], c).toBe('');
  });

  it('names actors, country and sources beside their ids, in the same order', () => {
    expect(disputed.perpetrators).toBe('jnim; isgs');
    expect(disputed.perpetrator_names).toBe('JNIM; isgs');
    expect(disputed.target_names).toBe('FAMa');
    expect(noToll.target_names).toBe('');
    expect(disputed.country_name).toBe('Mali');
    expect(disputed.source_ids).toBe('rfi-report; hrw-report; army-statement');
    expect(disputed.source_names).toBe('RFI; Human Rights Watch; FAMa');
    expect(noToll.source_names).toBe('unlisted-source');
    expect([disputed.source_count, disputed.claim_count, disputed.claims_by_parties]).toEqual(['3', '6', '2']);
  });

  it('codes the precisions as numbers', () => {
    expect([disputed.date_precision, disputed.date_prec, disputed.geo_precision, disputed.where_prec]).toEqual(['week', '2', 'district', '3']);
    expect([noToll.date_prec, noToll.where_prec]).toEqual(['4', '5']);
  });

  it('carries the plain-text summary, the last change and the dataset version', () => {
    expect(disputed.summary).toBe('Gunmen attacked the market on Sunday.');
    expect(noToll.summary).toBe('');
    expect(disputed.last_updated).toBe('2026-01-05T10:00:00+01:00');
    expect(noToll.last_updated).toBe('');
    expect(disputed.dataset_version).toBe(`${VERSION.commit} ${VERSION.date}`);
  });
});

describe('the GeoJSON and JSON downloads', () => {
  it('give the codebook columns as GeoJSON properties, numbers as numbers and empty as null', () => {
    const geo = incidentsGeoJson(index.incidents, ctx);
    expect(geo.dataset_version).toEqual(VERSION);
    expect(geo.codebook).toBe(`${SITE}/data/#codebook`);
    for (const f of geo.features) {
      expect(Object.keys(f.properties)).toEqual([...incidentColumns]);
      for (const [name, value] of Object.entries(f.properties)) {
        if (value !== null) expect(typeof value, name).toBe(numeric.has(name) ? 'number' : 'string');
      }
    }
  });

  it('add the derived facts to the JSON records without changing what was there', () => {
    const json = incidentsJson(index.incidents, ctx, 'test');
    expect(json.dataset_version).toEqual(VERSION);
    const rec = json.incidents.find((r) => r.id === '2025-06-01-disputed-toll')!;
    expect(Object.keys(rec).slice(0, 6)).toEqual(['id', 'url', 'file', 'data', 'body', 'totals']);
    expect(rec.totals.killed).toEqual({ low: 127, high: null, claims: 6 });
    expect(rec.killed_by_victims).toEqual({
      civilian: { low: 10, high: 12, claims: 2 },
      military: { low: 30, high: 40, claims: 1 },
      militant: { low: 80, high: null, claims: 1 },
      other: { low: 7, high: null, claims: 2 },
    });
    expect(rec.perpetrator_names).toEqual(['JNIM', 'isgs']);
    expect(rec.sources[1]).toEqual({ id: 'hrw-report', name: 'Human Rights Watch' });
    expect([rec.date_prec, rec.where_prec, rec.claims_by_parties]).toEqual([2, 3, 2]);
    expect(rec.last_updated).toBe('2026-01-05T10:00:00+01:00');
  });

  it('say nothing of git when built without it', () => {
    const plain = exportContext(index);
    expect(incidentsJson(index.incidents, plain, 'test').dataset_version).toBeNull();
    expect(incidentsGeoJson(index.incidents, plain).features[0].properties.last_updated).toBeNull();
  });
});

describe('new text columns from hostile records', () => {
  const { records, errors } = validateContent(join(projectRoot, 'tests/fixtures/hostile'));
  const hostile = buildRecordIndex(records);
  const { rows } = readCsv(incidentsCsv(hostile.incidents, exportContext(hostile)));

  it('neutralise formulas in names, sources and summaries', () => {
    expect(errors).toEqual([]);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (!numeric.has(column)) expect(value, `${row.id} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    // The fixture does carry formulas in the new columns: they arrive as text.
    const raid = rows.find((r) => r.id === '2025-06-02-hostilia-formula-raid')!;
    expect(raid.summary).toMatch(/^'=HYPERLINK\(/);
    expect(raid.perpetrator_names).toBe(`'-2+3`);
    expect(raid.source_names.startsWith(`'@SUM(1)`)).toBe(true);
  });
});

describe('killed by victim group in the bundled records', () => {
  it('adds up to the killed total on every incident', () => {
    const all = bundledIndex();
    const { rows } = readCsv(incidentsCsv(all.incidents, exportContext(all)));
    const groups = ['civilian', 'military', 'militant', 'other'];
    for (const row of rows) {
      const parts = groups.filter((g) => row[`killed_${g}_low`] !== '');
      const sum = (end: 'low' | 'high') => parts.reduce((s, g) => s + Number(row[`killed_${g}_${end}`]), 0);
      expect(row.killed_low, row.id).toBe(parts.length ? String(sum('low')) : '');
      const open = parts.some((g) => row[`killed_${g}_high`] === '');
      expect(row.killed_high, row.id).toBe(!parts.length || open ? '' : String(sum('high')));
    }
  });
});

describe('dataset version', () => {
  it("reads HEAD's commit and date, and nothing outside git", () => {
    const dir = mkdtempSync(join(tmpdir(), 'dataset-version-'));
    expect(readDatasetVersion(dir)).toBeUndefined();
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_COMMITTER_DATE: '2025-03-04T05:06:07Z', GIT_AUTHOR_DATE: '2025-03-04T05:06:07Z' };
    const git = (args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    git(['init', '-q']);
    writeFileSync(join(dir, 'a'), 'a');
    git(['add', '.']);
    git(['commit', '-qm', 'first']);
    const head = git(['rev-parse', 'HEAD']).trim();
    expect(readDatasetVersion(dir)).toEqual({ commit: head, date: '2025-03-04T05:06:07+00:00' });
    rmSync(dir, { recursive: true, force: true });
  });
});
