/** Records for export tests: the bundled dataset, and small hand-made incidents parsed by the real schema. */
import { fileURLToPath } from 'node:url';
import type { ExportContext } from '../../src/build/exports/incident-table.ts';
import { buildRecordIndex, type Rec } from '../../src/records/record-index.ts';
import { incidentSchema, type IncidentData, type IncidentInput } from '../../src/schemas/incident.ts';
import { validateContent } from '../../src/records/validate.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const SITE = 'https://tracker.example.org';

/** The bundled records, indexed as the build indexes them. */
export function bundledIndex() {
  const { records, errors } = validateContent(projectRoot);
  if (errors.length) throw new Error(`bundled records invalid: ${errors[0].file}: ${errors[0].message}`);
  return buildRecordIndex(records);
}

const base: IncidentInput = {
  title: 'Attack on a village',
  date: '2025-06-02',
  event_type: 'violence-against-civilians',
  location: { name: 'Timbuktu', admin1: 'Tombouctou', country: 'mli', lat: 16.7735, lon: -3.0074, precision: 'town' },
  actors: { perpetrators: ['jnim'], targets: ['fama'] },
  claims: [{ source: 'src-a', victims: 'civilian', killed: 12 }],
};

/** One incident record from a partial frontmatter, validated by the incident schema. */
export function incidentRecord(id: string, patch: Partial<IncidentInput> = {}, body = 'Text.'): Rec<IncidentData> {
  const data = incidentSchema.parse({ ...base, ...patch });
  return { id, file: `content/incidents/${data.date.slice(0, 4)}/${id}.md`, data, body };
}

/** An index over hand-made incidents only. */
export function fixtureIndex(incidents: Rec<IncidentData>[]) {
  return buildRecordIndex({ incidents, actors: [], countries: [], sources: [], areas: [] });
}

/** What a download needs besides its incidents, without git: names from `index`, the test site. */
export function exportContext(index: ExportContext['names'], extra: Partial<ExportContext> = {}): ExportContext {
  return { site: SITE, names: index, ...extra };
}
