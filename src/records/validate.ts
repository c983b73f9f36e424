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
import type { PlaceData } from '../schemas/place.ts';
import type { SourceData } from '../schemas/source.ts';
import { idPattern } from '../schemas/common.ts';
import { collections, collectionNames, type CollectionName } from '../schemas/index.ts';
import { checkPointInCountry } from './borders.ts';
import { findLikelyDuplicates } from './duplicates.ts';
import { describeValue, problemsFromIssues, type Problem } from './format-issues.ts';
import { listFiles, readRecord } from './read-records.ts';
import type { Rec } from './record.ts';
import { referencesIn } from './references.ts';
import { geonamesSpellings, normalisePlace } from './gazetteer.ts';
import { admin1Countries, regionsOf, resolveUnits, unitsOf } from './admin1.ts';
import { createRequire } from 'node:module';

// A CommonJS package whose functions Node cannot import by name.
const { alpha3ToAlpha2 } = createRequire(import.meta.url)('i18n-iso-countries') as typeof import('i18n-iso-countries');


export interface ValidRecords {
  places: Rec<PlaceData>[];
  incidents: Rec<IncidentData>[];
  actors: Rec<ActorData>[];
  countries: Rec<CountryData>[];
  sources: Rec<SourceData>[];
  areas: Rec<AreaData>[];
  briefs: Rec<BriefData>[];
}

export interface ValidationResult {
  errors: Problem[];
  records: ValidRecords;
  /** Number of files read. */
  files: number;
}

/** Validates the records under `<root>/<contentDir>`. */
export function validateContent(root: string, contentDir = 'content'): ValidationResult {
  const errors: Problem[] = [];
  const records = Object.fromEntries(collectionNames.map((n) => [n, []])) as unknown as ValidRecords;
  // Every record that exists, valid or not, with its raw frontmatter: references are checked
  // on all of them, so a contributor sees every problem at once, and a record that merely
  // fails its schema is not also reported as missing wherever it is referenced.
  const readable: { collection: CollectionName; id: string; file: string; data: unknown }[] = [];
  let files = 0;

  const parsedPlaces = new Map<string, Record<string, unknown>>();
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
      readable.push({ collection: name, id: raw.id, file: raw.file, data: raw.data });
      if (!idPattern.test(raw.id)) {
        errors.push({ file: raw.file, field: '', message: `expected a lower-case kebab-case file name (the record id), got "${raw.id}"` });
      }
      // Places are read first (see schemas/index.ts), so an incident's place is known here.
      const { data, placeMissing } = name === 'incidents' ? withPlace(raw.data, parsedPlaces) : { data: raw.data, placeMissing: false };
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        // An unknown or broken place is reported once, where it is named, not as every field it would have given.
        const issues = placeMissing ? parsed.error.issues.filter((i) => i.path[0] !== 'location') : parsed.error.issues;
        errors.push(...problemsFromIssues(raw.file, issues, data));
        continue;
      }
      if (name === 'places') parsedPlaces.set(raw.id, parsed.data as Record<string, unknown>);
      (records[name] as Rec<unknown>[]).push({ id: raw.id, file: raw.file, data: parsed.data, body: raw.body });
    }
  }

  errors.push(...checkIncidentFiles(records.incidents), ...checkReplaced(records.incidents), ...checkReferences(readable), ...checkCountries(records.incidents), ...checkCountries(records.places));
  // A withdrawn incident was false: it cannot be a duplicate of a real one.
  errors.push(...findLikelyDuplicates(records.incidents.filter((i) => !i.data.withdrawn)), ...checkClaimSources(records.incidents, records.sources), ...checkGazetteer(records.incidents, records.places), ...checkUnits(records.areas));
  // One file's problems together, in the order of the files on disk (the sort is stable).
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { errors, records, files };
}

/** A replaced id is no longer a record, and only one record replaces it. */
function checkReplaced(incidents: Rec<IncidentData>[]): Problem[] {
  const ids = new Set(incidents.map((i) => i.id));
  const by = new Map<string, string>();
  const out: Problem[] = [];
  for (const { id, file, data } of incidents) {
    data.replaces.forEach((old, n) => {
      const field = `replaces[${n}]`;
      if (old === id) out.push({ file, field, message: `expected the id of an earlier record, got this record's own id "${old}"` });
      else if (ids.has(old)) out.push({ file, field, message: `expected an id that is no longer a record, got "${old}", which still exists (delete it, or keep both and drop this line)` });
      else if (by.has(old)) out.push({ file, field, message: `expected each old id to be replaced by one record, got "${old}", also replaced by ${by.get(old)}` });
      by.set(old, file);
    });
  }
  return out;
}

/** Every figure must be traceable: a source that backs a claim gives the page's http(s) URL. */
function checkClaimSources(incidents: Rec<IncidentData>[], sources: Rec<SourceData>[]): Problem[] {
  const withoutUrl = new Set(sources.filter((s) => !s.data.url).map((s) => s.id));
  const out: Problem[] = [];
  for (const { file, data } of incidents) {
    data.claims.forEach((c, n) => {
      if (withoutUrl.has(c.source)) out.push({ file, field: `claims[${n}].source`, message: `expected a source with the http(s) URL of the page that gives the figures, got "${c.source}", whose record has no url` });
    });
  }
  return out;
}

/**
 * Every place an incident names is in the gazetteer: a place record (`location: {place: id}`),
 * or, for a location written inline, a place record or a GeoNames town of that name in its country.
 */
function checkGazetteer(incidents: Rec<IncidentData>[], places: Rec<PlaceData>[]): Problem[] {
  const key = (country: string, name: string) => `${country}:${normalisePlace(name)}`;
  const known = new Set(places.flatMap((p) => [p.data.name, p.data.name_fr, ...p.data.aliases].filter((n) => n !== undefined).map((n) => key(p.data.country, n))));
  const out: Problem[] = [];
  for (const { file, data } of incidents) {
    const l = data.location;
    if (l.place || known.has(key(l.country, l.name)) || l.precision === 'country') continue;
    const iso2 = alpha3ToAlpha2(l.country.toUpperCase());
    if (iso2 && geonamesSpellings(iso2).has(normalisePlace(l.name))) continue;
    out.push({ file, field: 'location.name', message: `expected a place of the gazetteer: a record in content/places/ (then write location: {place: <id>}) or a GeoNames town of ${l.country.toUpperCase()}, got ${describeValue(l.name)} (npm run find-place -- <name> --country ${l.country} shows what is known)` });
  }
  return out;
}

const MALI_2023 = "; Mali's 2023 regions, such as Ménaka and Taoudénit, are not in it: name the older unit that holds them";

/** Every unit an area names is a first-level unit of that country in the boundary data. */
function checkUnits(areas: Rec<AreaData>[]): Problem[] {
  const out: Problem[] = [];
  for (const { file, data } of areas) {
    data.units?.forEach((entry, n) => {
      const { country } = entry;
      if (!unitsOf(country).length) {
        out.push({ file, field: `units[${n}].country`, message: `expected a country of the boundary data (${admin1Countries().join(', ')}), got ${describeValue(country)}` });
        return;
      }
      const regions = [...regionsOf(country).keys()].sort();
      const known = `${regions.length ? `regions ${regions.join(', ')}; provinces ` : ''}${unitsOf(country).join(', ')}`;
      for (const list of ['admin1', 'except'] as const) {
        entry[list]?.forEach((name, k) => {
          if (resolveUnits(country, [name]).unknown.length) out.push({ file, field: `units[${n}].${list}[${k}]`, message: `expected a first-level unit of ${country.toUpperCase()} in the boundary data (${known}${country === 'mli' ? MALI_2023 : ''}), got ${describeValue(name)}` });
        });
      }
    });
  }
  return out;
}

/** Ids start with the incident's date; files sit in the folder of their year. */
function checkIncidentFiles(incidents: Rec<IncidentData>[]): Problem[] {
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

function checkReferences(readable: { collection: CollectionName; id: string; file: string; data: unknown }[]): Problem[] {
  const ids = Object.fromEntries(collectionNames.map((n) => [n, new Set<string>()])) as Record<CollectionName, Set<string>>;
  for (const r of readable) ids[r.collection].add(r.id);
  const out: Problem[] = [];
  for (const { collection, file, data } of readable) {
    for (const { field, target, id } of referencesIn(data, collections[collection].references)) {
      if (!ids[target].has(id)) {
        out.push({ file, field, message: `expected the id of a record in content/${collections[target].dir}/, got ${describeValue(id)} (no such record)` });
      }
    }
  }
  return out;
}

function asObject(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * An incident's location with the fields of the place it names filled in: the fields written
 * in the incident win. `placeMissing` when the place is named but unknown or itself invalid.
 */
export function withPlace(data: unknown, places: Map<string, Record<string, unknown>>): { data: unknown; placeMissing: boolean } {
  const d = asObject(data);
  const location = asObject(d.location);
  if (location.place === undefined) return { data, placeMissing: false };
  const place = typeof location.place === 'string' ? places.get(location.place) : undefined;
  if (!place) return { data, placeMissing: true };
  const { name, name_fr, admin1, admin2, country, lat, lon, precision } = place;
  // The French name is a spelling readers search by, so it joins the aliases.
  const aliases = [...(place.aliases as string[]), ...(typeof name_fr === 'string' && name_fr !== name ? [name_fr] : [])];
  // A name written on the incident overrides the place's, and then the place's French name no longer fits it.
  const frenchName = location.name === undefined ? name_fr : undefined;
  const inherited = Object.fromEntries(Object.entries({ name, name_fr: frenchName, aliases, admin1, admin2, country, lat, lon, precision }).filter(([, v]) => v !== undefined));
  return { data: { ...d, location: { ...inherited, ...location } }, placeMissing: false };
}

/** The point must fall inside the named country (small tolerance at borders). */
function checkCountries(records: Rec<{ country: string; lat: number; lon: number } | IncidentData>[]): Problem[] {
  const out: Problem[] = [];
  for (const { file, data } of records) {
    const inline = 'location' in data;
    const { country, lat, lon } = inline ? data.location : data;
    const check = checkPointInCountry(country, lat, lon);
    if (check.ok === 'unknown-country') {
      out.push({ file, field: inline ? 'location.country' : 'country', message: `expected an ISO 3166-1 alpha-3 code with a Natural Earth border, got "${country}"` });
    } else if (!check.ok) {
      const how = Number.isFinite(check.distanceKm) ? `${Math.round(check.distanceKm)} km outside` : 'far outside';
      out.push({ file, field: inline ? 'location' : 'lat', message: `expected lat/lon inside ${country.toUpperCase()}, got ${lat}, ${lon}, ${how} its border (are lat and lon swapped, or the country wrong?)` });
    }
  }
  return out;
}

const memo = Symbol.for('sahel-tracker.validated-records');
type Memo = { [memo]?: Map<string, ValidationResult> };

/**
 * The validation of `root`'s records, made once per process: the build's validation step and
 * the content loaders share it, so every record is read, parsed and checked once per build.
 * Kept on globalThis because Astro loads the config and the content config as separate module graphs.
 */
export function validatedContent(root: string): ValidationResult {
  const cache = ((globalThis as Memo)[memo] ??= new Map());
  let result = cache.get(root);
  if (!result) {
    result = validateContent(root);
    cache.set(root, result);
  }
  return result;
}
