/**
 * Words for the record's coded values (victim groups, precisions, actor kinds, relations),
 * so every page says the same thing the same way.
 */
import type { ActorData } from '../schemas/actor.ts';
import type { IncidentData } from '../schemas/incident.ts';
import type { Measure } from './ranges.ts';

type Victims = IncidentData['claims'][number]['victims'];
type GeoPrecision = IncidentData['location']['precision'];
type DatePrecision = IncidentData['date_precision'];

/** Plural noun for a victim group, as in "30–100 soldiers killed". */
export const victimNouns: Record<Victims, string> = {
  military: 'soldiers',
  civilian: 'civilians',
  militant: 'militants',
  mixed: 'people (soldiers and civilians)',
  unknown: 'people',
};

/** Short label for a victim group in tables. */
export const victimLabels: Record<Victims, string> = {
  military: 'Military',
  civilian: 'Civilians',
  militant: 'Militants',
  mixed: 'Mixed',
  unknown: 'Not stated',
};

export const measureVerbs: Record<Measure, string> = { killed: 'killed', wounded: 'wounded', abducted: 'abducted' };

/** What each location precision means for the point on the map. */
export const geoPrecisionWords: Record<GeoPrecision, string> = {
  exact: 'exact site',
  town: 'town or village (the point is the settlement, not the exact site)',
  district: 'district only (the point is approximate, often the district seat)',
  region: 'region only (the point is a rough centre of the region)',
  country: 'country only (the point is a placeholder inside the country)',
};

export const datePrecisionWords: Record<DatePrecision, string> = {
  day: 'the day is known',
  week: 'known to the week; the date is the first day of that week',
  month: 'known to the month only; the date is the first of the month',
  year: 'known to the year only; the date is 1 January of that year',
};

export const actorKindLabels: Record<ActorData['kind'], string> = {
  jihadist: 'Jihadist groups',
  separatist: 'Separatist movements',
  'state-force': 'State forces',
  militia: 'Militias',
  'foreign-force': 'Foreign forces',
  criminal: 'Criminal groups',
  other: 'Other',
};

/** One actor kind as a singular phrase: "jihadist group". */
export const actorKindSingular: Record<ActorData['kind'], string> = {
  jihadist: 'jihadist group',
  separatist: 'separatist movement',
  'state-force': 'state force',
  militia: 'militia',
  'foreign-force': 'foreign force',
  criminal: 'criminal group',
  other: 'other actor',
};

/** A relation read from the actor that holds it ("JNIM is an affiliate of al-Qaeda"). */
export const relationWords: Record<ActorData['affiliations'][number]['relation'], string> = {
  'affiliate-of': 'affiliate of',
  'member-of': 'member of',
  'allied-with': 'allied with',
  'split-from': 'split from',
  'supported-by': 'supported by',
};

/** The same relation read from the other side, as a heading on the other actor's page. */
export const inverseRelationWords: Record<ActorData['affiliations'][number]['relation'], string> = {
  'affiliate-of': 'Affiliates',
  'member-of': 'Member groups',
  'allied-with': 'Allied with it',
  'split-from': 'Splinter groups',
  'supported-by': 'Supports',
};

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Compact date for table cells, never more precise than the record: "1 Jun 2025", "Jun 2025", "2025". */
export function shortIncidentDate(d: Pick<IncidentData, 'date' | 'date_precision'>): string {
  const y = d.date.slice(0, 4);
  const m = SHORT_MONTHS[+d.date.slice(5, 7) - 1];
  const day = +d.date.slice(8, 10);
  switch (d.date_precision) {
    case 'year':
      return y;
    case 'month':
      return `${m} ${y}`;
    case 'week':
      return `wk of ${day} ${m} ${y}`;
    default:
      return `${day} ${m} ${y}`;
  }
}

/** "1 incident", "3 incidents". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** ACLED's own wording for sub-event types whose kebab-case loses punctuation. */
const subEventWords: Record<string, string> = {
  'non-state-actor-overtakes-territory': 'Non-state actor overtakes territory',
  'air-drone-strike': 'Air/drone strike',
  'shelling-artillery-missile-attack': 'Shelling/artillery/missile attack',
  'remote-explosive-landmine-ied': 'Remote explosive/landmine/IED',
  'abduction-forced-disappearance': 'Abduction/forced disappearance',
  'looting-property-destruction': 'Looting/property destruction',
};

export function subEventLabel(s: string): string {
  return subEventWords[s] ?? s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');
}
