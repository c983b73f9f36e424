import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { recordJsonSchema, schemaNames, type SchemaName } from '../../src/build/exports/json-schemas.ts';
import { collections } from '../../src/schemas/index.ts';
import { listFiles, readRecord } from '../../src/records/read-records.ts';
import { projectRoot } from './exports-helpers.ts';

// Formats are hints for editors; `uri` is also pinned by a pattern, which Ajv does check.
const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { uri: true } });
const validators = Object.fromEntries(
  (Object.keys(schemaNames) as SchemaName[]).map((name) => [name, ajv.compile(recordJsonSchema(name, 'https://tracker.example.org'))]),
) as Record<SchemaName, ReturnType<typeof ajv.compile>>;

/** Every record file of a content folder with its parsed frontmatter, by published schema name. */
function recordsUnder(contentRoot: string) {
  return (Object.entries(schemaNames) as [SchemaName, keyof typeof collections][]).flatMap(([name, collection]) =>
    listFiles(join(contentRoot, 'content', collections[collection].dir))
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({ name, collection, ...readRecord(projectRoot, f) }))
      .filter((r) => r.data !== undefined),
  );
}

const fixture = (name: string) => join(projectRoot, 'tests/fixtures', name);
/** zod issue codes that describe shape (type, enum, required, unknown field, size, pattern): JSON Schema can say these. */
const STRUCTURAL = new Set(['invalid_type', 'invalid_value', 'unrecognized_keys', 'too_small', 'too_big', 'invalid_union', 'invalid_format']);

describe('published JSON Schemas', () => {
  it('accept the frontmatter of every bundled record, as read by the record parser', () => {
    const records = recordsUnder(projectRoot);
    expect(records.filter((r) => r.name === 'incident').length).toBeGreaterThan(0);
    for (const r of records) {
      const ok = validators[r.name](r.data);
      expect(ok, `${r.file}: ${ajv.errorsText(validators[r.name].errors)}`).toBe(true);
    }
  });

  it('accept the valid and hostile fixtures', () => {
    for (const r of [...recordsUnder(fixture('valid')), ...recordsUnder(fixture('hostile'))]) {
      if (!collections[r.collection].schema.safeParse(r.data).success) continue;
      expect(validators[r.name](r.data), `${r.file}: ${ajv.errorsText(validators[r.name].errors)}`).toBe(true);
    }
  });

  it('reject every invalid fixture whose defect is one of shape (type, value, missing or unknown field)', () => {
    let rejected = 0;
    for (const r of recordsUnder(fixture('invalid'))) {
      // A location that names a place gets its fields from the place record before the schema runs.
      if ((r.data as { location?: { place?: string } } | undefined)?.location?.place) continue;
      const parsed = collections[r.collection].schema.safeParse(r.data);
      if (parsed.success || !parsed.error.issues.some((i) => STRUCTURAL.has(i.code))) continue;
      expect(validators[r.name](r.data), `${r.file} should be rejected`).toBe(false);
      rejected++;
    }
    expect(rejected).toBeGreaterThanOrEqual(5);
  });

  it('never reject a record that validation accepts', () => {
    for (const name of ['valid', 'invalid', 'hostile', 'likely-duplicate']) {
      for (const r of recordsUnder(fixture(name))) {
        if (collections[r.collection].schema.safeParse(r.data).success) expect(validators[r.name](r.data), r.file).toBe(true);
      }
    }
  });
});

describe('the incident schema for editors', () => {
  const incident = {
    title: 'Attack on a village',
    date: '2025-06-02',
    event_type: 'violence-against-civilians',
    location: { name: 'Timbuktu', country: 'mli', lat: 16.77, lon: -3.0, precision: 'town' },
    actors: { perpetrators: 'jnim' },
    claims: [{ source: 'some-report', killed: { min: 60 } }],
  };
  const valid = (patch: object) => validators.incident({ ...incident, ...patch });

  it('accepts what contributors may write: a lone id for a list, "at least" figures, defaults left out', () => {
    expect(valid({}), ajv.errorsText(validators.incident.errors)).toBe(true);
  });

  it('rejects a figure in words, an unknown field, an empty perpetrator list and a sub-event of another type', () => {
    expect(valid({ claims: [{ source: 's', killed: 'many' }] })).toBe(false);
    expect(valid({ casualties: 3 })).toBe(false);
    expect(valid({ actors: { perpetrators: [] } })).toBe(false);
    expect(valid({ sub_event_type: 'armed-clash' })).toBe(false);
    expect(valid({ sub_event_type: 'attack' })).toBe(true);
  });

  it('rejects a source link that is not http(s)', () => {
    const source = { title: 'T', publisher: 'P', published: '2025-07', kind: 'news' };
    expect(validators.source({ ...source, url: 'https://example.org/r' })).toBe(true);
    expect(validators.source({ ...source, url: 'javascript:alert(1)' })).toBe(false);
  });
});
