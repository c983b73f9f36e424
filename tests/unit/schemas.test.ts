/**
 * The record schemas and the frontmatter parser, as plain modules (no build).
 */
import { describe, expect, it } from 'vitest';
import { areaSchema, drawnFrom } from '../../src/schemas/area.ts';
import { httpUrl, isoDate, partialDate } from '../../src/schemas/common.ts';
import { figure, incidentSchema } from '../../src/schemas/incident.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { parseRecordText } from '../../src/records/read-records.ts';

const incident = {
  title: 'Assault on the Boulkessi base',
  date: '2025-06-01',
  event_type: 'battles',
  location: { name: 'Boulkessi', country: 'mli', lat: 15.0, lon: -2.9, precision: 'town' },
  actors: { perpetrators: ['jnim'] },
  claims: [{ source: 'some-report', killed: 30 }],
};

describe('frontmatter parsing', () => {
  it('keeps an unquoted impossible date as the text written, instead of rolling it into a real day', () => {
    const { data } = parseRecordText('---\ndate: 2025-13-45\nend: 2023-02-30\n---\n');
    expect(data).toEqual({ date: '2025-13-45', end: '2023-02-30' });
  });

  it('keeps an unquoted real date as text too, so every record has one date form', () => {
    expect(parseRecordText('---\ndate: 2025-06-01\n---\n').data).toEqual({ date: '2025-06-01' });
  });

  it('names the line of a YAML error, counting the opening "---"', () => {
    expect(parseRecordText('---\ndate: 2025-06-01\ntitle: Tessit: camp overrun\n---\n').problem?.line).toBe(3);
  });

  it('rejects a field written twice, which YAML would otherwise let the last one win', () => {
    const { problem } = parseRecordText('---\ntitle: First\ntitle: Second\n---\n');
    expect(problem).toEqual({ line: 3, message: 'YAML syntax error: Map keys must be unique' });
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const r = parseRecordText('\uFEFF---\r\ntitle: Hello\r\n---\r\nBody text\r\n');
    expect(r.problem).toBeUndefined();
    expect(r.data).toEqual({ title: 'Hello' });
    expect(r.body).toBe('Body text\r\n');
  });

  it('reports frontmatter that is a list rather than fields', () => {
    expect(parseRecordText('---\n- a\n- b\n---\n').problem?.message).toBe('expected the frontmatter to be a set of "field: value" lines');
  });
});

describe('casualty figures', () => {
  it('reads a whole number as an exact figure', () => {
    expect(figure.parse(12)).toEqual({ min: 12, max: 12 });
  });

  it('reads {min: 60} as "at least 60", with no upper bound', () => {
    expect(figure.parse({ min: 60 })).toEqual({ min: 60, max: null });
  });

  it('keeps a stated range {min: 30, max: 40}', () => {
    expect(figure.parse({ min: 30, max: 40 })).toEqual({ min: 30, max: 40 });
  });

  it('rejects negative, fractional and textual figures', () => {
    for (const bad of [-1, 2.5, 'twelve', { max: 4 }, { min: 1, high: 4 }]) expect(figure.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe('dates', () => {
  it('accepts 29 February only in a leap year', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2023-02-29').success).toBe(false);
  });

  it('rejects dates not written YYYY-MM-DD', () => {
    for (const bad of ['2025-6-1', '01/06/2025', '2025-06-01T00:00:00Z', 20250601]) expect(isoDate.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('accepts a year (even unquoted, which YAML reads as a number), a year-month or a day where a partial date is allowed', () => {
    expect(partialDate.parse(2017)).toBe('2017');
    expect(partialDate.parse('2025-07')).toBe('2025-07');
    expect(partialDate.parse('2025-07-23')).toBe('2025-07-23');
  });

  it('rejects an impossible month in a partial date', () => {
    expect(partialDate.safeParse('2025-13').success).toBe(false);
    expect(partialDate.safeParse('2025-02-30').success).toBe(false);
  });
});

describe('links', () => {
  it('accepts http and https URLs', () => {
    expect(httpUrl.safeParse('https://example.org/a?b=c').success).toBe(true);
    expect(httpUrl.safeParse('http://example.org').success).toBe(true);
  });

  it('rejects javascript:, data:, ftp:, relative and malformed URLs', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'ftp://example.org/x', '//example.org', '/local', 'https//example.org', 'http://']) {
      expect(httpUrl.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('rejects a source whose URL is not http(s)', () => {
    const r = sourceSchema.safeParse({ title: 'T', publisher: 'P', published: '2025', kind: 'news', url: 'javascript:alert(1)' });
    expect(r.success).toBe(false);
  });
});

describe('incident schema', () => {
  it('accepts a minimal incident and fills the defaults', () => {
    const r = incidentSchema.parse(incident);
    expect(r.date_precision).toBe('day');
    expect(r.actors.targets).toEqual([]);
    expect(r.tags).toEqual([]);
    expect(r.claims[0].victims).toBe('unknown');
    expect(r.location.aliases).toEqual([]);
  });

  it('accepts a lone perpetrator id and makes it a list', () => {
    expect(incidentSchema.parse({ ...incident, actors: { perpetrators: 'jnim' } }).actors.perpetrators).toEqual(['jnim']);
  });

  it('requires at least one perpetrator and at least one claim', () => {
    expect(incidentSchema.safeParse({ ...incident, actors: { perpetrators: [] } }).success).toBe(false);
    expect(incidentSchema.safeParse({ ...incident, claims: [] }).success).toBe(false);
  });

  it('rejects unknown fields at every level', () => {
    for (const bad of [{ ...incident, kiled: 3 }, { ...incident, location: { ...incident.location, latt: 1 } }, { ...incident, claims: [{ source: 'x', kiled: 3 }] }]) {
      expect(incidentSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('rejects tags that are not lower-case kebab-case', () => {
    expect(incidentSchema.safeParse({ ...incident, tags: ['Base Overrun'] }).success).toBe(false);
  });

  it('accepts an end_date on the same day as the date', () => {
    expect(incidentSchema.safeParse({ ...incident, end_date: '2025-06-01' }).success).toBe(true);
  });
});

describe('area schema', () => {
  const area = { actor: 'jnim', as_of: '2025-11-05', kind: 'operations', sources: ['r'], geometry: { type: 'Polygon', coordinates: [[[1, 13], [3, 13], [3, 15], [1, 13]]] } };

  it('accepts a closed ring', () => {
    expect(areaSchema.safeParse(area).success).toBe(true);
  });

  it('rejects a ring whose last position is not its first', () => {
    const open = { ...area, geometry: { type: 'Polygon', coordinates: [[[1, 13], [3, 13], [3, 15], [1, 15]]] } };
    expect(areaSchema.safeParse(open).success).toBe(false);
  });

  it('rejects positions written lat, lon when the latitude is out of range', () => {
    const swapped = { ...area, geometry: { type: 'Polygon', coordinates: [[[13, 100], [13, 3], [15, 3], [13, 100]]] } };
    expect(areaSchema.safeParse(swapped).success).toBe(false);
  });

  it('keeps an older area with only a geometry valid, shown as hand-drawn', () => {
    const parsed = areaSchema.parse(area);
    expect(drawnFrom(parsed)).toBe('hand-drawn');
  });

  const { geometry: _, ...withoutShape } = area;
  const units = [{ country: 'mli', admin1: ['Kayes'] }, { country: 'bfa', whole: true, except: ['Kadiogo'] }];

  it('accepts units instead of a geometry, drawn from units', () => {
    const parsed = areaSchema.parse({ ...withoutShape, units });
    expect(drawnFrom(parsed)).toBe('units');
  });

  it('asks for exactly one of units and geometry', () => {
    const messages = (v: unknown) => areaSchema.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages(withoutShape)).toEqual(['units: expected units (the first-level units the source names), geometry (a shape traced from a map the source publishes) or drawn_from: described (the source names neither)']);
    expect(messages({ ...withoutShape, drawn_from: 'described' })).toBeUndefined();
    expect(messages({ ...withoutShape, units, drawn_from: 'described' })).toEqual(['drawn_from: expected neither units nor geometry when drawn_from is described']);
    expect(messages({ ...area, units })).toEqual(['geometry: expected no geometry when units are given: a zone is drawn from units or from a source map, not both']);
  });

  it('asks a units entry for admin1 or whole, and except only with whole', () => {
    const issues = (entry: unknown) => areaSchema.safeParse({ ...withoutShape, units: [entry] }).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ country: 'mli' })).toEqual(['units.0.admin1']);
    expect(issues({ country: 'mli', admin1: ['Kayes'], whole: true })).toEqual(['units.0.admin1']);
    expect(issues({ country: 'mli', admin1: ['Kayes'], except: ['Bamako'] })).toEqual(['units.0.except']);
  });

  it('asks a shape traced from a source map to say which map', () => {
    expect(areaSchema.safeParse({ ...area, drawn_from: 'source-map' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['map_note']);
    expect(drawnFrom(areaSchema.parse({ ...area, drawn_from: 'source-map', map_note: 'Figure 1 of the report' }))).toBe('source-map');
  });
});

describe('frontmatter parsing of hostile YAML', () => {
  it('reports an alias bomb as a problem of the file instead of crashing the run', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const k of 'bcdefg') levels.push(`${k}: &${k} [${Array(9).fill(`*${String.fromCharCode(k.charCodeAt(0) - 1)}`).join(',')}]`);
    const { problem, data } = parseRecordText(`---\n${levels.join('\n')}\n---\n`);
    expect(data).toBeUndefined();
    expect(problem?.message).toBe('YAML anchors and aliases (& and *) expand too far; write the values out instead');
  });

  it('reads text holding & and * the same as any other text', () => {
    expect(parseRecordText('---\ntitle: "Attack on A & B *at night*"\n---\n').data).toEqual({ title: 'Attack on A & B *at night*' });
  });
});
