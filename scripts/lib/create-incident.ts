/**
 * Writes the skeleton of a new incident record for a contributor: the right file name and
 * folder, the place looked up in an offline gazetteer, the actors and event type checked
 * against the records, then validation of the result. Figures are never filled in: the
 * skeleton leaves them out and says where the contributor must add them from a source.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { formatProblem, type Problem } from '../../src/records/format-issues.ts';
import { listFiles } from '../../src/records/read-records.ts';
import { validateContent } from '../../src/records/validate.ts';
import { isoDate } from '../../src/schemas/common.ts';
import { datePrecisions, eventTaxonomy, eventTypes, geoPrecisions, type EventType } from '../../src/domain/vocabulary.ts';
import { levenshtein, lookupPlace, normalisePlace, recordPlaces, type Place } from '../../src/records/gazetteer.ts';
import type { Lang } from '../../src/translations/index.ts';
import { newIncidentWords, type NewIncidentWords } from './new-incident-words.ts';

// A CommonJS package whose functions Node cannot import by name.
const { alpha3ToAlpha2 } = createRequire(import.meta.url)('i18n-iso-countries') as typeof import('i18n-iso-countries');

export interface NewIncidentOptions {
  /** Project root holding `content/`. */
  root: string;
  date: string;
  datePrecision?: string;
  place: string;
  /** ISO 3166-1 alpha-3, any case. */
  country: string;
  perpetrators: string[];
  targets?: string[];
  eventType: string;
  subEventType?: string;
  title?: string;
  source?: string;
  /** Coordinates for a place the gazetteer does not know (both or neither). */
  lat?: number;
  lon?: number;
  precision?: string;
  /** The language of the messages, the skeleton's comments and the record (`lang: fr`). English by default. */
  lang?: Lang;
}

export interface NewIncidentResult {
  id: string;
  /** Path from the root, e.g. `content/incidents/2025/2025-06-02-timbuktu-battle.md`. */
  file: string;
  place: Place | undefined;
  /** Validation problems in the new file (TODOs the contributor must fill). */
  problems: Problem[];
  /** Problems elsewhere in content/, already there before. */
  otherProblems: number;
  /** Things the contributor should check, even when valid. */
  notes: string[];
}

/** A refusal with a message meant for the contributor. */
export class NewIncidentError extends Error {}

/** The last part of the id, from the event: short nouns a reader recognises. */
const eventWords: Record<EventType, string> = {
  battles: 'battle',
  'explosions-remote-violence': 'explosion',
  'violence-against-civilians': 'attack-on-civilians',
  'strategic-developments': 'development',
  riots: 'riot',
  protests: 'protest',
};

export function slugify(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const idsIn = (root: string, dir: string) =>
  new Set(listFiles(join(root, 'content', dir)).map((f) => f.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '')));

function closest(value: string, known: Iterable<string>, limit = 5): string[] {
  return [...known].map((k) => [k, levenshtein(value, k)] as const).sort((a, b) => a[1] - b[1]).slice(0, limit).map(([k]) => k);
}

function requireKnown(w: NewIncidentWords, kind: 'country' | 'actor' | 'source', values: string[], known: Set<string>, dir: string) {
  for (const v of values) {
    if (!known.has(v)) throw new NewIncidentError(w.errors.unknownId(kind, v, dir, closest(v, known).join(', ')));
  }
}

/** A YAML scalar, quoted only when it must be. */
const y = (v: string | number) => stringify(v).trimEnd();

export function createIncident(o: NewIncidentOptions): NewIncidentResult {
  const lang = o.lang ?? 'en';
  const w = newIncidentWords[lang];
  if (!isoDate.safeParse(o.date).success) throw new NewIncidentError(w.errors.date(o.date));
  const datePrecision = o.datePrecision ?? 'day';
  if (!(datePrecisions as readonly string[]).includes(datePrecision)) {
    throw new NewIncidentError(w.errors.oneOf('date-precision', datePrecisions.join(' | '), datePrecision));
  }
  if (!(eventTypes as string[]).includes(o.eventType)) {
    throw new NewIncidentError(w.errors.oneOf('event-type', eventTypes.join(' | '), o.eventType));
  }
  const eventType = o.eventType as EventType;
  const subTypes: readonly string[] = eventTaxonomy[eventType];
  if (o.subEventType && !subTypes.includes(o.subEventType)) {
    throw new NewIncidentError(w.errors.subEventType(eventType, subTypes.join(' | '), o.subEventType));
  }

  const iso3 = o.country.toLowerCase();
  const countryIds = idsIn(o.root, 'countries');
  requireKnown(w, 'country', [iso3], countryIds, 'countries');
  const iso2 = alpha3ToAlpha2(iso3.toUpperCase());
  if (!iso2) throw new NewIncidentError(w.errors.notIso3(iso3));

  const actorIds = idsIn(o.root, 'actors');
  if (o.perpetrators.length === 0) throw new NewIncidentError(w.errors.noPerpetrator);
  requireKnown(w, 'actor', o.perpetrators, actorIds, 'actors');
  requireKnown(w, 'actor', o.targets ?? [], actorIds, 'actors');
  if (o.source) requireKnown(w, 'source', [o.source], idsIn(o.root, 'sources'), 'sources');

  const notes: string[] = [];
  let place: Place | undefined;
  let lat = o.lat;
  let lon = o.lon;
  let precision = o.precision;
  if ((lat === undefined) !== (lon === undefined)) throw new NewIncidentError(w.errors.latLon);
  if (precision !== undefined && !(geoPrecisions as readonly string[]).includes(precision)) {
    throw new NewIncidentError(w.errors.oneOf('precision', geoPrecisions.join(' | '), precision));
  }
  if (lat === undefined || lon === undefined) {
    const iso2ByIso3 = (c: string) => alpha3ToAlpha2(c.toUpperCase());
    const found = lookupPlace(o.place, iso2, recordPlaces(o.root, iso2ByIso3));
    if (!found.place) {
      throw new NewIncidentError(w.errors.unknownPlace(o.place, iso3.toUpperCase(), found.suggestions.map(w.suggestion).join(', ')));
    }
    place = found.place;
    ({ lat, lon } = place);
    precision ??= place.precision;
    for (const h of found.homonyms.slice(0, 3)) {
      notes.push(w.notes.homonym(h.name, iso3.toUpperCase(), `${h.lat}, ${h.lon}${h.admin1 ? ` (${h.admin1})` : ''}`));
    }
  }
  precision ??= 'exact';

  const placeSlug = slugify(place?.name ?? o.place);
  if (!placeSlug) throw new NewIncidentError(w.errors.noLetters(o.place));
  const id = `${o.date}-${placeSlug}-${o.subEventType ?? eventWords[eventType]}`;
  const existing = idsIn(o.root, 'incidents');
  if (existing.has(id)) {
    const where = listFiles(join(o.root, 'content', 'incidents')).find((f) => f.endsWith(`${id}.md`) || f.endsWith(`${id}.mdx`));
    throw new NewIncidentError(w.errors.exists(id, where?.slice(o.root.length).replace(/^[\\/]/, '') ?? 'content/incidents'));
  }

  const year = o.date.slice(0, 4);
  const file = `content/incidents/${year}/${id}.md`;
  const name = place?.name ?? o.place.trim();
  const aliases = place && normalisePlace(o.place) !== normalisePlace(place.name) ? [o.place.trim()] : [];
  const origin = place ? place.origin : 'command-line';
  const from = w.skeleton.from[origin];
  const k = w.skeleton;

  const lines = [
    '---',
    ...k.header.map((line) => `# ${line}`),
    ...(lang === 'en' ? [] : [`lang: ${lang} # ${k.lang}`]),
    o.title ? `title: ${y(o.title)}` : `title: # ${k.title}`,
    `date: ${o.date}`,
    `date_precision: ${datePrecision}${datePrecision === 'day' ? ` # ${k.datePrecision}` : ''}`,
    `# end_date: YYYY-MM-DD # ${k.endDate}`,
    `event_type: ${eventType}`,
    o.subEventType ? `sub_event_type: ${o.subEventType}` : `# sub_event_type: ${subTypes.join(' | ')}`,
    'location:',
    ...(place?.id
      ? [`  place: ${place.id} # ${k.place(place.id)}`]
      : [
        `  name: ${y(name)}`,
        aliases.length ? `  aliases: [${aliases.map(y).join(', ')}]` : `  # aliases: [${k.aliases}]`,
        place?.admin1 ? `  admin1: ${y(place.admin1)} # ${k.admin1From(from)}` : `  # admin1: ${k.admin1Todo}`,
        place?.admin2 ? `  admin2: ${y(place.admin2)} # ${k.admin2From(from)}` : `  # admin2: ${k.admin2Todo}`,
        `  country: ${iso3}`,
        `  lat: ${lat}`,
        `  lon: ${lon}`,
        `  precision: ${precision} # ${k.precision(origin)}`,
      ]),
    'actors:',
    `  perpetrators: [${o.perpetrators.join(', ')}]`,
    o.targets?.length ? `  targets: [${o.targets.join(', ')}]` : `  # targets: [${k.targets}]`,
    `claims: # ${k.claims}`,
    `  - source: ${o.source ?? `todo-add-a-source-record # ${k.source}`}`,
    '    victims: unknown # military | civilian | militant | mixed | unknown',
    `    # claimed_by: ${k.claimedBy}`,
    `    # killed: 12 # ${k.killed}`,
    '    # wounded: ...',
    '    # abducted: ...',
    `# tags: [${k.tags}]`,
    '---',
    k.summary,
    '',
  ];
  mkdirSync(join(o.root, 'content', 'incidents', year), { recursive: true });
  // `wx`: never overwrite, even if a file appeared since the check above.
  writeFileSync(join(o.root, file), lines.join('\n'), { flag: 'wx' });

  if (place?.origin === 'geonames') notes.push(w.notes.geonames(place.name));
  const { errors } = validateContent(o.root);
  const problems = errors.filter((e) => e.file === file);
  return { id, file, place, problems, otherProblems: errors.length - problems.length, notes };
}

/** The report printed by the CLI, in the contributor's language (validation problems stay in English). */
export function describeResult(r: NewIncidentResult, lang: Lang = 'en'): string {
  const w = newIncidentWords[lang].report;
  const out = [w.wrote(r.file)];
  if (r.place) out.push(`  ${w.place(r.place.name, r.place.origin, `${r.place.lat}, ${r.place.lon}${r.place.admin1 ? `, ${r.place.admin1}` : ''}`)}`);
  for (const n of r.notes) out.push(`  ${w.note(n)}`);
  if (r.problems.length) {
    out.push('', w.fails(r.problems.length));
    for (const p of r.problems) out.push(`  ${formatProblem(p)}`);
  } else {
    out.push('', w.valid);
  }
  if (r.otherProblems) out.push('', w.others(r.otherProblems));
  return out.join('\n');
}
