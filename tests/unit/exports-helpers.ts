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

/** Four incidents covering the figure cases of the downloads: a plain toll, a range with an open claim, no figure, only "at least". */
export function sampleIncidents(): Rec<IncidentData>[] {
  return [
  incidentRecord('2025-06-02-timbuktu-attack'),
  incidentRecord('2025-06-01-boulkessi-assault', {
    event_type: 'battles',
    location: { name: 'Boulkessi', aliases: ['Boulikessi'], admin1: 'Mopti', country: 'mli', lat: 15.05, lon: -1.42, precision: 'town' },
    claims: [
      { source: 'src-a', victims: 'military', killed: 30 },
      { source: 'src-b', victims: 'military', killed: { min: 60 } },
      { source: 'src-c', victims: 'military', killed: 100, wounded: { min: 5, max: 9 } },
    ],
  }),
  // No source gives a figure: killed is unknown, not zero.
  incidentRecord('2024-07-20-kpekakandi-base-overrun', {
    date: '2024-07-20',
    location: { name: 'Kpekakandi', country: 'tgo', lat: 10.8, lon: 0.6, precision: 'district' },
    claims: [{ source: 'src-a', victims: 'military', note: 'no figure given' }],
  }),
  // Only "at least" claims: the upper end stays open.
  incidentRecord('2025-03-01-solenzo-killings', {
    date: '2025-03-01',
    date_precision: 'month',
    location: { name: 'Solenzo', country: 'bfa', lat: 12.18, lon: -4.08, precision: 'town' },
    actors: { perpetrators: ['vdp', 'fabf'], targets: [] },
    claims: [{ source: 'src-a', victims: 'civilian', killed: { min: 58 } }, { source: 'src-b', victims: 'civilian', killed: { min: 100 } }],
  }),
];
}
