/** Withdrawn incidents: out of every list and download row, listed with their reason in withdrawn.csv and the JSON. */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { incidentsCsv, incidentsGeoJson, incidentsJson, retiredCsv, retiredIds } from '../../src/build/exports/incident-exports.ts';
import { retiredCodebook, retiredColumns } from '../../src/build/exports/codebook.ts';
import { incidentSchema } from '../../src/schemas/incident.ts';
import { exportContext, fixtureIndex, incidentRecord, SITE } from './exports-helpers.ts';

const reason = 'The only source, "Radio X", retracted it; =cmd() is not a formula.';
const index = fixtureIndex([
  incidentRecord('real-attack', { replaces: ['old-name'] }),
  incidentRecord('false-attack', { date: '2025-05-01', withdrawn: { date: '2025-06-10', reason } }),
]);

describe('withdrawn incidents', () => {
  it('leave the lists, totals and downloads', () => {
    expect(index.incidents.map((i) => i.id)).toEqual(['real-attack']);
    expect(index.withdrawn.map((i) => i.id)).toEqual(['false-attack']);
    expect(index.inCountry('mli').map((i) => i.id)).toEqual(['real-attack']);
    expect(index.incident('false-attack')).toBeUndefined();
    const ctx = exportContext(index);
    expect(incidentsCsv(index.incidents, ctx)).not.toContain('false-attack');
    expect(JSON.stringify(incidentsGeoJson(index.incidents, ctx))).not.toContain('false-attack');
  });

  it('are listed, with replaced ids, in withdrawn.csv and the JSON download', () => {
    const rows = parseCsv(retiredCsv(index, SITE), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { id: 'false-attack', status: 'withdrawn', date: '2025-06-10', reason, replaced_by: '', url: `${SITE}/incidents/false-attack/` },
      { id: 'old-name', status: 'replaced', date: '', reason: '', replaced_by: 'real-attack', url: `${SITE}/incidents/old-name/` },
    ]);
    const json = incidentsJson(index.incidents, exportContext(index), 'all incidents', retiredIds(index, SITE));
    expect(json.count).toBe(1);
    expect(json.withdrawn).toEqual([{ id: 'false-attack', date: '2025-06-10', reason, url: `${SITE}/incidents/false-attack/` }]);
    expect(json.replaced).toEqual([{ id: 'old-name', replaced_by: 'real-attack', url: `${SITE}/incidents/old-name/` }]);
    expect(retiredCodebook.map((c) => c.name)).toEqual([...retiredColumns]);
  });

  it('need a date on or after the incident and a reason', () => {
    const base = incidentRecord('x').data;
    expect(incidentSchema.safeParse({ ...base, withdrawn: { date: '2025-06-10', reason: 'short' } }).success).toBe(false);
    expect(incidentSchema.safeParse({ ...base, withdrawn: { date: '2025-01-01', reason: 'The source retracted the report.' } }).success).toBe(false);
    expect(incidentSchema.safeParse({ ...base, withdrawn: { date: '2025-06-10', reason: 'The source retracted the report.' } }).success).toBe(true);
  });
});
