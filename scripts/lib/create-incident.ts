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

function requireKnown(kind: string, values: string[], known: Set<string>, dir: string) {
  for (const v of values) {
    if (!known.has(v)) {
      throw new NewIncidentError(`unknown ${kind} "${v}": no content/${dir}/${v}.md. Closest ids: ${closest(v, known).join(', ')}.`);
    }
  }
}

/** A YAML scalar, quoted only when it must be. */
const y = (v: string | number) => stringify(v).trimEnd();

export function createIncident(o: NewIncidentOptions): NewIncidentResult {
  if (!isoDate.safeParse(o.date).success) throw new NewIncidentError(`--date: expected a real date YYYY-MM-DD, got "${o.date}"`);
  const datePrecision = o.datePrecision ?? 'day';
  if (!(datePrecisions as readonly string[]).includes(datePrecision)) {
    throw new NewIncidentError(`--date-precision: expected one of ${datePrecisions.join(' | ')}, got "${datePrecision}"`);
  }
  if (!(eventTypes as string[]).includes(o.eventType)) {
    throw new NewIncidentError(`--event-type: expected one of ${eventTypes.join(' | ')}, got "${o.eventType}"`);
  }
  const eventType = o.eventType as EventType;
  const subTypes: readonly string[] = eventTaxonomy[eventType];
  if (o.subEventType && !subTypes.includes(o.subEventType)) {
    throw new NewIncidentError(`--sub-event-type: expected a sub-event type of ${eventType} (${subTypes.join(' | ')}), got "${o.subEventType}"`);
  }

  const iso3 = o.country.toLowerCase();
  const countryIds = idsIn(o.root, 'countries');
  requireKnown('country', [iso3], countryIds, 'countries');
  const iso2 = alpha3ToAlpha2(iso3.toUpperCase());
  if (!iso2) throw new NewIncidentError(`--country: "${iso3}" is not an ISO 3166-1 alpha-3 code`);

  const actorIds = idsIn(o.root, 'actors');
  if (o.perpetrators.length === 0) throw new NewIncidentError('--perpetrator: name at least one actor id (use "unknown" when unattributed)');
  requireKnown('actor', o.perpetrators, actorIds, 'actors');
  requireKnown('actor', o.targets ?? [], actorIds, 'actors');
  if (o.source) requireKnown('source', [o.source], idsIn(o.root, 'sources'), 'sources');

  const notes: string[] = [];
  let place: Place | undefined;
  let lat = o.lat;
  let lon = o.lon;
  let precision = o.precision;
  if ((lat === undefined) !== (lon === undefined)) throw new NewIncidentError('--lat and --lon go together: give both or neither');
  if (precision !== undefined && !(geoPrecisions as readonly string[]).includes(precision)) {
    throw new NewIncidentError(`--precision: expected one of ${geoPrecisions.join(' | ')}, got "${precision}"`);
  }
  if (lat === undefined || lon === undefined) {
    const iso2ByIso3 = (c: string) => alpha3ToAlpha2(c.toUpperCase());
    const found = lookupPlace(o.place, iso2, recordPlaces(o.root, iso2ByIso3));
    if (!found.place) {
      throw new NewIncidentError(
        `unknown place "${o.place}" in ${iso3.toUpperCase()}: the offline gazetteer (the records' places and GeoNames towns of 1,000+ people) has no such spelling.\n` +
          `  Nearest spellings it knows in ${iso3.toUpperCase()}: ${found.suggestions.join(', ') || 'none'}.\n` +
          '  Use one of them with --place, or give the coordinates from your source with --lat <lat> --lon <lon> [--precision exact|town|district|region|country].',
      );
    }
    place = found.place;
    ({ lat, lon } = place);
    precision ??= place.precision;
    for (const h of found.homonyms.slice(0, 3)) {
      notes.push(`another ${h.name} exists in ${iso3.toUpperCase()} at ${h.lat}, ${h.lon}${h.admin1 ? ` (${h.admin1})` : ''}: check that the point is the right one.`);
    }
  }
  precision ??= 'exact';

  const placeSlug = slugify(place?.name ?? o.place);
  if (!placeSlug) throw new NewIncidentError(`--place: "${o.place}" has no letters or digits to name the file with`);
  const id = `${o.date}-${placeSlug}-${o.subEventType ?? eventWords[eventType]}`;
  const existing = idsIn(o.root, 'incidents');
  if (existing.has(id)) {
    const where = listFiles(join(o.root, 'content', 'incidents')).find((f) => f.endsWith(`${id}.md`) || f.endsWith(`${id}.mdx`));
    throw new NewIncidentError(`incident "${id}" already exists (${where?.slice(o.root.length).replace(/^[\\/]/, '') ?? 'content/incidents'}): edit that record, or pick another --sub-event-type for a different event on the same day.`);
  }

  const year = o.date.slice(0, 4);
  const file = `content/incidents/${year}/${id}.md`;
  const name = place?.name ?? o.place.trim();
  const aliases = place && normalisePlace(o.place) !== normalisePlace(place.name) ? [o.place.trim()] : [];
  const from = place ? (place.origin === 'records' ? 'an existing record' : 'GeoNames') : 'the command line';

  const lines = [
    '---',
    `# Skeleton written by \`npm run new-incident\`. Fill every TODO from your sources, in your own words,`,
    '# then run `npm run validate`. Field reference: CONTRIBUTING.md. Never copy ACLED rows.',
    o.title ? `title: ${y(o.title)}` : 'title: # TODO: what happened, in your own words (5-200 characters)',
    `date: ${o.date}`,
    `date_precision: ${datePrecision}${datePrecision === 'day' ? ' # day | week | month | year: no more precise than the sources' : ''}`,
    '# end_date: YYYY-MM-DD # when it lasted several days',
    `event_type: ${eventType}`,
    o.subEventType ? `sub_event_type: ${o.subEventType}` : `# sub_event_type: ${subTypes.join(' | ')}`,
    'location:',
    ...(place?.id
      ? [`  place: ${place.id} # the place record content/places/${place.id}.md gives the name, regions and point`]
      : [
        `  name: ${y(name)}`,
        aliases.length ? `  aliases: [${aliases.map(y).join(', ')}]` : '  # aliases: [other spellings used by sources]',
        place?.admin1 ? `  admin1: ${y(place.admin1)} # from ${from}: check against current boundaries` : '  # admin1: TODO region (first-level division), if the sources say',
        place?.admin2 ? `  admin2: ${y(place.admin2)} # from ${from}: check` : '  # admin2: district, if known',
        `  country: ${iso3}`,
        `  lat: ${lat}`,
        `  lon: ${lon}`,
        `  precision: ${precision} # ${place ? `coordinates of the ${place.origin === 'records' ? 'place in an existing record' : 'town (GeoNames)'}` : 'as given'}; use exact only for the site itself`,
      ]),
    'actors:',
    `  perpetrators: [${o.perpetrators.join(', ')}]`,
    o.targets?.length ? `  targets: [${o.targets.join(', ')}]` : '  # targets: [actor ids], if any',
    'claims: # one per source (and per victim group); never a figure no source gives',
    `  - source: ${o.source ?? 'todo-add-a-source-record # TODO: id of a record in content/sources/ (add one if it is new)'}`,
    '    victims: unknown # military | civilian | militant | mixed | unknown',
    '    # claimed_by: actor id whose statement the source relays (army communique, group media)',
    '    # killed: 12 # or {min: 60} for "at least 60", {min: 30, max: 40} for a range; leave out when not reported',
    '    # wounded: ...',
    '    # abducted: ...',
    '# tags: [lower-case, kebab-case]',
    '---',
    'TODO: a summary in your own words: what happened, who reported what, and what is disputed.',
    '',
  ];
  mkdirSync(join(o.root, 'content', 'incidents', year), { recursive: true });
  // `wx`: never overwrite, even if a file appeared since the check above.
  writeFileSync(join(o.root, file), lines.join('\n'), { flag: 'wx' });

  if (place?.origin === 'geonames') notes.push(`coordinates of the town of ${place.name} (GeoNames): move the point if the sources place the event elsewhere.`);
  const { errors } = validateContent(o.root);
  const problems = errors.filter((e) => e.file === file);
  return { id, file, place, problems, otherProblems: errors.length - problems.length, notes };
}

/** The report printed by the CLI. */
export function describeResult(r: NewIncidentResult): string {
  const out = [`Wrote ${r.file}`];
  if (r.place) out.push(`  place: ${r.place.name} (${r.place.origin === 'records' ? 'from an existing record' : 'GeoNames'}), ${r.place.lat}, ${r.place.lon}${r.place.admin1 ? `, ${r.place.admin1}` : ''}`);
  for (const n of r.notes) out.push(`  note: ${n}`);
  if (r.problems.length) {
    out.push('', `Validation fails until you fill the TODOs (${r.problems.length} problem${r.problems.length > 1 ? 's' : ''}), as it should:`);
    for (const p of r.problems) out.push(`  ${formatProblem(p)}`);
  } else {
    out.push('', 'The record validates. Now replace the TODO summary, add the figures each source gives, and run `npm run validate`.');
  }
  if (r.otherProblems) out.push('', `(${r.otherProblems} other problem(s) in content/, not in this file: run \`npm run validate\` to see them.)`);
  return out.join('\n');
}
