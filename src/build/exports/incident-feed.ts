/**
 * Atom feeds of incidents: the whole record, a country's, an actor's. Newest incidents by
 * incident date; an entry's `updated` is the record's last commit when git knows it (so an
 * edited record resurfaces in readers), never earlier than the incident date itself.
 */
import { atomFeed, type AtomEntry } from '../atom.ts';
import { formatIncidentDate } from '../../domain/dates.ts';
import type { FileChange } from '../git-history.ts';
import { plainText } from '../markdown.ts';
import { formatRange } from '../../domain/ranges.ts';
import type { Incident, RecordIndex } from '../../records/record-index.ts';
import { site as siteConfig } from '../site.ts';
import { actorLabel, eventTypeLabel, subEventLabel } from '../../domain/labels.ts';
import { placeName } from '../../domain/place-name.ts';
import { routesFor } from '../../domain/routes.ts';
import { words, type Lang } from '../../translations/index.ts';
import { absoluteUrl } from './incident-table.ts';

export const FEED_SIZE = 50;

type Names = Pick<RecordIndex, 'actor' | 'countryName'>;

export interface IncidentFeedOptions {
  incidents: readonly Incident[];
  names: Names;
  site: URL | string;
  /** Site path of the feed, e.g. `/countries/mli/feed.xml`. */
  path: string;
  /** Site path of the page it follows, e.g. `/countries/mli/`. */
  pagePath: string;
  title: string;
  subtitle?: string;
  /** Last commit of a record file, when known (see `build/git-history.ts`). */
  changed?: (file: string) => FileChange | undefined;
  size?: number;
  /** Language of the words, dates and incident links (English by default). */
  lang?: Lang;
}

const actorName = (names: Names, id: string) => actorLabel(id, names.actor(id)?.data);

/** Where and what, in one plain-text line: date, place, killed range, perpetrators, then the summary's start. */
export function incidentSummary(i: Incident, names: Names, lang: Lang = 'en'): string {
  const { data } = i;
  const t = words(lang).feeds;
  // A country-level record is named after its country: say it once.
  const place = [...new Set([placeName(data.location, lang), data.location.admin1, names.countryName(data.location.country, lang)].filter(Boolean))].join(', ');
  const killed = formatRange(i.totals.killed, lang);
  const facts = [
    `${formatIncidentDate(data, lang)}, ${place}.`,
    `${t.killed(killed)}${i.totals.killed ? t.claims(i.totals.killed.claims) : ''}.`,
    t.perpetrators(data.actors.perpetrators.map((p) => actorName(names, p)).join(', ')),
  ];
  if (data.actors.targets.length) facts.push(t.targets(data.actors.targets.map((a) => actorName(names, a)).join(', ')));
  const text = plainText(i.body).replace(/\s+/g, ' ').trim();
  if (text) facts.push(text.length > 280 ? `${text.slice(0, 279).replace(/\s+\S*$/, '')}…` : text);
  return facts.join(' ');
}

export function incidentEntry(i: Incident, opts: Pick<IncidentFeedOptions, 'names' | 'site' | 'changed' | 'lang'>): AtomEntry {
  const lang = opts.lang ?? 'en';
  const url = absoluteUrl(routesFor(lang).incident(i.id), opts.site);
  const committed = opts.changed?.(i.file)?.date;
  const published = `${i.data.date}T00:00:00Z`;
  const updated = committed && Date.parse(committed) > Date.parse(published) ? committed : published;
  return {
    id: url,
    title: i.data.title,
    link: url,
    published,
    updated,
    summary: incidentSummary(i, opts.names, lang),
    categories: [
      { term: i.data.event_type, label: eventTypeLabel(i.data.event_type, lang) },
      ...(i.data.sub_event_type ? [{ term: i.data.sub_event_type, label: subEventLabel(i.data.sub_event_type, lang) }] : []),
      { term: `country:${i.data.location.country}`, label: opts.names.countryName(i.data.location.country, lang) },
      ...i.data.actors.perpetrators.map((p) => ({ term: `perpetrator:${p}`, label: actorName(opts.names, p) })),
    ],
  };
}

/** The feed document. `incidents` must be newest first, as the record index keeps them. */
export function incidentFeed(opts: IncidentFeedOptions): string {
  const entries = opts.incidents.slice(0, opts.size ?? FEED_SIZE).map((i) => incidentEntry(i, opts));
  const newest = entries.reduce<string | undefined>((d, e) => (!d || Date.parse(e.updated) > Date.parse(d) ? e.updated : d), undefined);
  const selfUrl = absoluteUrl(opts.path, opts.site);
  const lang = opts.lang ?? 'en';
  const t = words(lang).feeds;
  return atomFeed({
    id: selfUrl,
    lang,
    title: opts.title,
    subtitle: opts.subtitle,
    selfUrl,
    pageUrl: absoluteUrl(opts.pagePath, opts.site),
    // An empty feed still needs a date: the epoch says "nothing yet" without inventing one.
    updated: newest ?? '1970-01-01T00:00:00Z',
    author: { name: t.author(siteConfig.name), uri: siteConfig.repoUrl },
    rights: t.rights(siteConfig.dataLicence.name),
    entries,
  });
}

export function feedResponse(opts: Omit<IncidentFeedOptions, 'site'> & { site: URL | undefined }): Response {
  if (!opts.site) throw new Error('Set `site` in astro.config.mjs: feeds need absolute URLs.');
  return new Response(incidentFeed({ ...opts, site: opts.site }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
