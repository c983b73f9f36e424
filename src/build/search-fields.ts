/**
 * What an incident page tells Pagefind: filters (country, region, perpetrator, event type,
 * year and month by the incident's date span, page type), numeric sort keys and the metadata search results show.
 * Pure, so unit tests check it without a build; `IncidentSearchMeta.astro` renders it.
 */
import type { Incident } from '../records/record-index.ts';
import type { ActorData } from '../schemas/actor.ts';
import type { CountryData } from '../schemas/country.ts';
import { eventTypeLabel, subEventLabel } from '../domain/labels.ts';
import { words, type Lang } from '../translations/index.ts';
import { formatIncidentDate } from '../domain/dates.ts';
import { spanMonths, spanYears } from '../domain/date-span.ts';
import { formatRange, rangeHigh } from '../domain/ranges.ts';
import { actorLabel } from '../domain/labels.ts';

/** Page types a search can be restricted to (the `type` filter). */
export const pageTypes = ['incident', 'country', 'actor', 'source', 'brief'] as const;
export type PageType = (typeof pageTypes)[number];

export interface Lookups {
  actor: (id: string) => { data: ActorData } | undefined;
  country: (id: string) => { data: CountryData } | undefined;
}

export interface IncidentSearchFields {
  /** Filter name → values; a page may carry several values of one filter. */
  filters: [name: string, value: string][];
  /** Sort keys; every incident page carries every key, or it drops out of sorted results. */
  sort: { date: string; killed: string };
  meta: Record<'title' | 'date' | 'place' | 'perpetrators' | 'killed' | 'places', string>;
  /** Place name, aliases and admin regions, indexed with a high weight. */
  placeWords: string[];
  /** The same as a phrase, as it reads when Pagefind quotes it in an excerpt. */
  placeText: string;
  /** What happened in the page's words (event and sub-event types, tags), so "embuscade" finds an ambush on a French page. */
  whatText: string;
}

export function incidentSearchFields(incident: Incident, lookups: Lookups, lang: Lang = 'en'): IncidentSearchFields {
  const d = incident.data;
  const w = words(lang);
  const loc = d.location;
  const country = lookups.country(loc.country)?.data.name ?? loc.country.toUpperCase();
  const perpetrators = d.actors.perpetrators.map((p) => actorLabel(p, lookups.actor(p)?.data));
  const filters: [string, string][] = [
    ['type', 'incident'],
    ['country', country],
    ...(loc.admin1 ? [['region', loc.admin1] as [string, string]] : []),
    ...perpetrators.map((p) => ['actor', p] as [string, string]),
    ['event', eventTypeLabel(d.event_type)],
    // Filed under every year and month its span overlaps (a week from 29 May is in May and
    // June); an incident known only to the year gets no month, never January.
    ...spanYears(d).map((y) => ['year', y] as [string, string]),
    ...spanMonths(d).map((m) => ['month', m] as [string, string]),
  ];
  const placeWords = [...new Set([loc.name, ...loc.aliases, loc.admin2, loc.admin1].filter((s): s is string => !!s))];
  return {
    filters,
    sort: {
      date: d.date.replaceAll('-', ''),
      // The number only orders results; the shown figure is the range text, so an unknown
      // toll reads "unknown", not 0.
      killed: String(rangeHigh(incident.totals.killed)),
    },
    meta: {
      title: d.title,
      date: formatIncidentDate(d, lang),
      place: [...new Set([loc.name, loc.admin1, country].filter(Boolean))].join(', '),
      perpetrators: perpetrators.join(', '),
      killed: formatRange(incident.totals.killed, lang),
      places: placeWords.join(' | '),
    },
    placeWords,
    placeText: [
      loc.aliases.length > 0 ? `${loc.name}, ${w.search.alsoWritten(loc.aliases.join(', '))}.` : `${loc.name}.`,
      [...new Set([loc.admin2, loc.admin1])].filter((p) => p && p !== loc.name).join(', '),
    ].filter(Boolean).join(' '),
    whatText: [eventTypeLabel(d.event_type, lang), d.sub_event_type && subEventLabel(d.sub_event_type, lang), ...d.tags.map((t) => w.tags[t])]
      .filter(Boolean)
      .join(', '),
  };
}
