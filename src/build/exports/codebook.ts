/**
 * The codebook of the incident downloads: every column of the CSV (the GeoJSON's properties),
 * in order, with its type, its meaning and what an empty cell says. The CSV header, the GeoJSON
 * properties and the codebook on `/data/` all read it, so the documentation cannot drift from
 * the files. Where a column mirrors a record field, its meaning is the zod schema's own
 * description (as in the field reference), written once.
 *
 * Columns are a contract with analysts' scripts: append new ones, never rename or reorder.
 */
import type { z } from 'astro/zod';
import { claimSchema, incidentSchema } from '../../schemas/incident.ts';
import { locationSchema } from '../../schemas/location.ts';
import { datePrecisions, eventTypes, geoPrecisions, victimGroups, type VictimGroup } from '../../domain/vocabulary.ts';
import { incidentColumns, type IncidentColumn } from '../../domain/incident-columns.ts';
import en from '../../translations/en.ts';
import { codebookColumns as frenchColumns, retiredColumns as frenchRetired } from '../../translations/fr.ts';
import { words, type Lang } from '../../translations/index.ts';

export { incidentColumns, type IncidentColumn } from '../../domain/incident-columns.ts';

/** Victim groups with killed columns of their own; claims about the other groups add up in `killed_other_*`. */
export const namedVictimGroups = ['civilian', 'military', 'militant'] as const satisfies readonly VictimGroup[];
export const otherVictimGroups = victimGroups.filter((g) => !(namedVictimGroups as readonly VictimGroup[]).includes(g));

/** What a cell holds, as the codebook says it (the words of each language are in `translations/`). */
export const columnTypes = en.codebook.types;
export type ColumnType = keyof typeof columnTypes;

/** Types written as numbers: the GeoJSON has them as JSON numbers, the CSV leaves them unquoted and never neutralised. */
export const numericTypes: ReadonlySet<ColumnType> = new Set(['integer', 'decimal']);

export interface ColumnDefinition {
  type: ColumnType;
  meaning: string;
  /** What an empty CSV cell (a GeoJSON null) says. */
  empty: string;
  /** The closed list of values, for codes. */
  values?: readonly string[];
}

export interface CodebookEntry extends ColumnDefinition {
  name: IncidentColumn;
}

/**
 * A precision's number, UCDP style (`date_prec`, `where_prec`): its place in the vocabulary, 1 the
 * most precise. The vocabularies' order is fixed (the map data stores it too), so codes never move.
 */
export function precisionCode<T extends string>(vocabulary: readonly T[], value: T): number {
  return vocabulary.indexOf(value) + 1;
}

/** The code tables of the two precision columns, from the vocabularies and their words in one language. */
export function precisionCodesFor(lang: Lang) {
  const w = words(lang);
  return {
    date_prec: { of: 'date_precision', codes: datePrecisions.map((value) => ({ code: precisionCode(datePrecisions, value), value, words: w.datePrecision[value] })) },
    where_prec: { of: 'geo_precision', codes: geoPrecisions.map((value) => ({ code: precisionCode(geoPrecisions, value), value, words: w.geoPrecision[value] })) },
  } as const;
}

export const precisionCodes = precisionCodesFor('en');

/** The schema's description of a field; a field that lost it fails the build rather than the codebook going blank. */
function described(field: z.ZodType): string {
  if (!field.description) throw new Error('codebook: a mirrored schema field has no .describe() text');
  return field.description;
}

const incident = incidentSchema.shape;
const location = locationSchema.shape;
const actors = incident.actors.shape;

const NEVER = 'never empty';
const NOT_GIVEN = 'not given in the record';
const NO_TARGET = 'no target actor named';
const OUTSIDE_GIT = 'the download was built outside git';

const codes = (column: keyof typeof precisionCodes) =>
  `${precisionCodes[column].of} as a number (our own scale in the style of UCDP's ${column}, not UCDP's values): ${precisionCodes[column].codes.map((c) => `${c.code} = ${c.value}`).join(', ')}.`;

/** A victim group's code, with its word when that says more: "unknown (not stated)". */
const groupName = (g: VictimGroup) => (en.victims[g].toLowerCase() === g ? g : `${g} (${en.victims[g].toLowerCase()})`);

const OPEN = '("at least N" counts as N when another claim gives an upper bound)';

/**
 * The two columns of a range, read as the site reads ranges (`domain/ranges.ts`): for each victim
 * group the lowest and the highest figure a claim gives, added up over the groups. `groups`
 * narrows the claims to some victim groups.
 */
function rangeColumns<P extends string>(prefix: P, counted: string, groups?: readonly VictimGroup[]): Record<`${P}_low` | `${P}_high`, ColumnDefinition> {
  const over = (end: string) =>
    groups?.length === 1
      ? `the ${end} figure a claim about ${en.victimNoun[groups[0]]} (victims: ${groups[0]}) gives`
      : `${groups ? `of the claims with victims ${groups.map(groupName).join(' or ')}, ` : ''}for each victim group the ${end} figure a claim gives, added up over the groups`;
  return {
    [`${prefix}_low`]: {
      type: 'integer',
      meaning: `Lowest count of ${counted}: ${over('lowest')}.`,
      empty: `unknown: no claim gives a figure (never written as 0); ${prefix}_high is empty too`,
    },
    [`${prefix}_high`]: {
      type: 'integer',
      meaning: `Highest count of ${counted}: ${over('highest')} ${OPEN}.`,
      empty: `at least ${prefix}_low: no upper bound reported (${groups?.length === 1 ? 'every claim' : 'every claim of some victim group'} says only "at least"); with ${prefix}_low empty too, unknown`,
    },
  } as Record<`${P}_low` | `${P}_high`, ColumnDefinition>;
}

const SUMS = 'killed_civilian, killed_military, killed_militant and killed_other add up to killed, low to low and high to high.';

/** Range columns with a sentence added to both meanings. */
function withNote<T extends Record<string, ColumnDefinition>>(columns: T, note: string): T {
  return Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, { ...c, meaning: `${c.meaning} ${note}` }])) as T;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const definitions: Record<IncidentColumn, ColumnDefinition> = {
  id: { type: 'text', meaning: "The record's id: its file name without .md, and the last part of its page's URL.", empty: NEVER },
  title: { type: 'text', meaning: described(incident.title), empty: NEVER },
  date: { type: 'date', meaning: described(incident.date), empty: NEVER },
  date_precision: { type: 'code', meaning: `${described(incident.date_precision)} Also coded as date_prec.`, empty: NEVER, values: datePrecisions },
  end_date: { type: 'date', meaning: described(incident.end_date), empty: 'one day, or a span that date and date_precision already say' },
  event_type: { type: 'code', meaning: described(incident.event_type), empty: NEVER, values: eventTypes },
  sub_event_type: { type: 'code', meaning: described(incident.sub_event_type), empty: NOT_GIVEN },
  perpetrators: { type: 'list', meaning: described(actors.perpetrators), empty: NEVER },
  targets: { type: 'list', meaning: described(actors.targets), empty: NO_TARGET },
  country: { type: 'code', meaning: described(location.country), empty: NEVER },
  admin1: { type: 'text', meaning: described(location.admin1), empty: NOT_GIVEN },
  admin2: { type: 'text', meaning: described(location.admin2), empty: NOT_GIVEN },
  location: { type: 'text', meaning: described(location.name), empty: NEVER },
  latitude: { type: 'decimal', meaning: `${described(location.lat)} Read it with geo_precision: a coarse point is approximate.`, empty: NEVER },
  longitude: { type: 'decimal', meaning: described(location.lon), empty: NEVER },
  geo_precision: { type: 'code', meaning: `${described(location.precision)} Also coded as where_prec.`, empty: NEVER, values: geoPrecisions },
  ...rangeColumns('killed', 'people killed'),
  ...rangeColumns('wounded', 'people wounded'),
  ...rangeColumns('abducted', 'people abducted'),
  source_count: { type: 'integer', meaning: 'How many distinct source records the claims cite.', empty: NEVER },
  url: { type: 'url', meaning: "The incident's page on this site, with every claim and its source.", empty: NEVER },
  perpetrator_names: { type: 'list', meaning: "Each perpetrator's short name or name, in the order of perpetrators.", empty: NEVER },
  target_names: { type: 'list', meaning: "Each target's short name or name, in the order of targets.", empty: NO_TARGET },
  country_name: { type: 'text', meaning: 'Name of the country in country.', empty: NEVER },
  ...rangeColumns('killed_civilian', `${en.victimNoun.civilian} killed`, ['civilian']),
  ...rangeColumns('killed_military', `${en.victimNoun.military} killed`, ['military']),
  ...rangeColumns('killed_militant', `${en.victimNoun.militant} killed`, ['militant']),
  ...withNote(rangeColumns('killed_other', 'other people killed', otherVictimGroups), SUMS),
  source_ids: { type: 'list', meaning: 'Ids of the source records (content/sources/) the claims cite, each once, in the order first cited.', empty: NEVER },
  source_names: { type: 'list', meaning: 'The publisher of each source in source_ids, in the same order; the id when the source has no record.', empty: NEVER },
  claim_count: { type: 'integer', meaning: "How many claims the record holds: one per source and victim group (the JSON download has each claim).", empty: NEVER },
  claims_by_parties: { type: 'integer', meaning: `How many claims relay a party's own account, naming claimed_by: the ${lowerFirst(described(claimSchema.shape.claimed_by))}`, empty: NEVER },
  date_prec: { type: 'integer', meaning: codes('date_prec'), empty: NEVER },
  where_prec: { type: 'integer', meaning: codes('where_prec'), empty: NEVER },
  summary: { type: 'text', meaning: "The record's text as plain text (Markdown links and emphasis taken out), in the record's own words.", empty: 'the record has no text' },
  last_updated: { type: 'datetime', meaning: 'When the record file last changed: the date of its last commit.', empty: `${OUTSIDE_GIT}, or from a shallow clone` },
  dataset_version: { type: 'text', meaning: 'The commit the download was built from and its date, "<commit> <date>", the same on every row.', empty: OUTSIDE_GIT },
};

/** Every column, in the order of the CSV. */
export const codebook: readonly CodebookEntry[] = incidentColumns.map((name) => ({ name, ...definitions[name] }));

/** The columns of `/data/withdrawn.csv`: ids that no longer stand for an incident of their own. */
export const retiredColumns = ['id', 'status', 'date', 'reason', 'replaced_by', 'url'] as const;
export type RetiredColumn = (typeof retiredColumns)[number];

export const retiredCodebook: readonly (ColumnDefinition & { name: RetiredColumn })[] = [
  { name: 'id', type: 'text', meaning: 'An incident id that an older download may hold.', empty: NEVER },
  { name: 'status', type: 'code', meaning: 'withdrawn: the incident turned out to be false and counts nowhere; replaced: the record was renamed or merged into another.', empty: NEVER, values: ['withdrawn', 'replaced'] },
  { name: 'date', type: 'date', meaning: described(incident.withdrawn.unwrap().shape.date), empty: 'the id was replaced, not withdrawn' },
  { name: 'reason', type: 'text', meaning: 'Why the incident was withdrawn.', empty: 'the id was replaced, not withdrawn' },
  { name: 'replaced_by', type: 'text', meaning: 'The id of the record that now holds this incident: drop the old row, or merge it into this one.', empty: 'the id was withdrawn, not replaced' },
  { name: 'url', type: 'url', meaning: "The old id's page, which still works: it says why the incident was withdrawn, or leads to the record that replaced it.", empty: NEVER },
];

/** What a column says in a language other than English: its meaning and its empty cell. */
export interface ColumnWords {
  meaning: string;
  empty: string;
}

/** The words of every column in each language but English, checked against the columns here (a missing one is a type error). */
export const translatedColumns: Record<Exclude<Lang, 'en'>, { incident: Record<IncidentColumn, ColumnWords>; retired: Record<RetiredColumn, ColumnWords> }> = {
  fr: { incident: frenchColumns, retired: frenchRetired },
};

const inLanguage = <T extends ColumnDefinition & { name: string }>(rows: readonly T[], byName: Record<string, ColumnWords> | undefined): readonly T[] =>
  byName ? rows.map((c) => ({ ...c, ...byName[c.name] })) : rows;

/** The codebook in a language: the same columns, types and values, with the meanings in that language. */
export function codebookFor(lang: Lang): readonly CodebookEntry[] {
  return inLanguage(codebook, lang === 'en' ? undefined : translatedColumns[lang].incident);
}

/** The columns of `/data/withdrawn.csv` in a language. */
export function retiredCodebookFor(lang: Lang): readonly (ColumnDefinition & { name: RetiredColumn })[] {
  return inLanguage(retiredCodebook, lang === 'en' ? undefined : translatedColumns[lang].retired);
}
