/**
 * Validates every record under `content/`: each file against its schema, then what a
 * schema cannot see alone (references, unique ids, ids that start with their date, the
 * point inside its country). Reports every problem at once, one line each.
 */
import { join } from 'node:path';
import type { ActorData } from '../schemas/actor.ts';
import type { AreaData } from '../schemas/area.ts';
import type { BriefData } from '../schemas/brief.ts';
import type { CountryData } from '../schemas/country.ts';
import type { IncidentData } from '../schemas/incident.ts';
import type { SourceData } from '../schemas/source.ts';
import { collections, collectionNames, type CollectionName } from '../schemas/index.ts';
import { checkPointInCountry } from '../lib/borders.ts';
import { findLikelyDuplicates } from './duplicates.ts';
import { describeValue, problemsFromIssues, type Problem } from './format-issues.ts';
import { listFiles, readRecord } from './read-records.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

export interface ValidRecords {
  incidents: Entry<IncidentData>[];
  actors: Entry<ActorData>[];
  countries: Entry<CountryData>[];
  sources: Entry<SourceData>[];
  areas: Entry<AreaData>[];
  briefs: Entry<BriefData>[];
}

export interface ValidationResult {
  errors: Problem[];
  warnings: Problem[];
  records: ValidRecords;
  /** Number of files read. */
  files: number;
}

/** Validates the records under `<root>/<contentDir>`. */
export function validateContent(root: string, contentDir = 'content'): ValidationResult {
  const errors: Problem[] = [];
  const records = Object.fromEntries(collectionNames.map((n) => [n, []])) as unknown as ValidRecords;
  let files = 0;

  for (const name of collectionNames) {
    const { dir, ext, schema } = collections[name];
    const seen = new Map<string, string>();
    for (const path of listFiles(join(root, contentDir, dir))) {
      files++;
      const raw = readRecord(root, path);
      if (!path.endsWith(ext)) {
        const why = name === 'incidents' && path.endsWith('.mdx')
          ? 'incident records must be plain Markdown (.md): MDX runs code at build time'
          : `expected a ${ext} file in content/${dir}/`;
        errors.push({ file: raw.file, field: '', message: why });
        continue;
      }
      if (raw.problem) {
        errors.push({ file: raw.file, field: '', message: raw.problem.message, line: raw.problem.line });
        continue;
      }
      const earlier = seen.get(raw.id);
      if (earlier) {
        errors.push({ file: raw.file, field: '', message: `duplicate id "${raw.id}": ${earlier} has the same file name` });
        continue;
      }
      seen.set(raw.id, raw.file);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw.id)) {
        errors.push({ file: raw.file, field: '', message: `expected a lower-case kebab-case file name (the record id), got "${raw.id}"` });
      }
      const parsed = schema.safeParse(raw.data);
      if (!parsed.success) {
        errors.push(...problemsFromIssues(raw.file, parsed.error.issues, raw.data));
        continue;
      }
      (records[name] as Entry<unknown>[]).push({ id: raw.id, file: raw.file, data: parsed.data, body: raw.body });
    }
  }

  errors.push(...checkIncidentFiles(records.incidents), ...checkReferences(records), ...checkCountries(records.incidents));
  const warnings = findLikelyDuplicates(records.incidents);
  return { errors, warnings, records, files };
}

/** Ids start with the incident's date; files sit in the folder of their year. */
function checkIncidentFiles(incidents: Entry<IncidentData>[]): Problem[] {
  const out: Problem[] = [];
  for (const { id, file, data } of incidents) {
    if (!id.startsWith(`${data.date}-`)) {
      out.push({ file, field: 'date', message: `expected the file name (id) to start with the date "${data.date}-", got "${id}"` });
    }
    const folder = file.split('/').at(-2);
    if (folder !== data.date.slice(0, 4)) {
      out.push({ file, field: 'date', message: `expected the file in content/incidents/${data.date.slice(0, 4)}/ (the year of its date), got folder "${folder}"` });
    }
  }
  return out;
}

function checkReferences(r: ValidRecords): Problem[] {
  const ids = Object.fromEntries(collectionNames.map((n) => [n, new Set(r[n].map((e) => e.id))])) as Record<CollectionName, Set<string>>;
  const out: Problem[] = [];
  const ref = (file: string, field: string, target: CollectionName, id: string | undefined) => {
    if (id !== undefined && !ids[target].has(id)) {
      out.push({ file, field, message: `expected the id of a record in content/${collections[target].dir}/, got ${describeValue(id)} (no such record)` });
    }
  };
  for (const { file, data } of r.incidents) {
    ref(file, 'location.country', 'countries', data.location.country);
    data.actors.perpetrators.forEach((a, i) => ref(file, `actors.perpetrators[${i}]`, 'actors', a));
    data.actors.targets.forEach((a, i) => ref(file, `actors.targets[${i}]`, 'actors', a));
    data.claims.forEach((c, i) => {
      ref(file, `claims[${i}].source`, 'sources', c.source);
      ref(file, `claims[${i}].claimed_by`, 'actors', c.claimed_by);
    });
  }
  for (const { file, data } of r.actors) {
    data.affiliations.forEach((a, i) => ref(file, `affiliations[${i}].actor`, 'actors', a.actor));
    data.countries.forEach((c, i) => ref(file, `countries[${i}]`, 'countries', c));
  }
  for (const { file, data } of r.areas) {
    ref(file, 'actor', 'actors', data.actor);
    data.sources.forEach((s, i) => ref(file, `sources[${i}]`, 'sources', s));
  }
  for (const { file, data } of r.briefs) {
    data.incidents.forEach((s, i) => ref(file, `incidents[${i}]`, 'incidents', s));
    data.sources.forEach((s, i) => ref(file, `sources[${i}]`, 'sources', s));
  }
  return out;
}

/** The point must fall inside the named country (small tolerance at borders). */
function checkCountries(incidents: Entry<IncidentData>[]): Problem[] {
  const out: Problem[] = [];
  for (const { file, data } of incidents) {
    const { country, lat, lon } = data.location;
    const check = checkPointInCountry(country, lat, lon);
    if (check.ok === 'unknown-country') {
      out.push({ file, field: 'location.country', message: `expected an ISO 3166-1 alpha-3 code with a Natural Earth border, got "${country}"` });
    } else if (!check.ok) {
      const how = Number.isFinite(check.distanceKm) ? `${Math.round(check.distanceKm)} km outside` : 'far outside';
      out.push({ file, field: 'location', message: `expected lat/lon inside ${country.toUpperCase()}, got ${lat}, ${lon}, ${how} its border (are lat and lon swapped, or the country wrong?)` });
    }
  }
  return out;
}
