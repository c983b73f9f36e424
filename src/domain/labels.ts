/**
 * Words for the record's coded values and dates, so every page, feed, export, map and search
 * filter says the same thing the same way. The words live in `translations/`; months come
 * from `Intl`, never from a hand-written list.
 */
import { words, type Lang } from '../translations/index.ts';
import { formatRange, type Measure } from './ranges.ts';
import { routesFor } from './routes.ts';
import type { Headline } from './stats.ts';
import type { DatePrecision, EventType } from './vocabulary.ts';

export function eventTypeLabel(t: EventType, lang: Lang = 'en'): string {
  return words(lang).eventType[t];
}

/** A sub-event type's label; an unknown code (never valid in a record) is shown as written. */
export function subEventLabel(s: string, lang: Lang = 'en'): string {
  return (words(lang).subEventType as Record<string, string>)[s] ?? s;
}

const monthNames = new Map<string, string>();
/** "June" (`long`) or "Jun" (`short`) for month 1-12, from `Intl` (each name made once: formatting is slow at 10,000s of pages). */
export function monthName(month: number, width: 'long' | 'short' = 'long', lang: Lang = 'en'): string {
  const key = `${lang} ${width} ${month}`;
  let name = monthNames.get(key);
  if (name === undefined) monthNames.set(key, (name = new Intl.DateTimeFormat(lang, { month: width, timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1))));
  return name;
}

/** Compact date for table cells, never more precise than the record: "1 Jun 2025", "Jun 2025", "2025". */
export function shortIncidentDate(d: { date: string; date_precision: DatePrecision }, lang: Lang = 'en'): string {
  const y = d.date.slice(0, 4);
  const m = monthName(+d.date.slice(5, 7), 'short', lang);
  const day = +d.date.slice(8, 10);
  switch (d.date_precision) {
    case 'year':
      return y;
    case 'month':
      return `${m} ${y}`;
    case 'week':
      return words(lang).dates.weekOfShort(`${day} ${m} ${y}`);
    default:
      return `${day} ${m} ${y}`;
  }
}

/** "June 2025" for `2025-06`. */
export function monthLabel(yyyyMm: string, lang: Lang = 'en'): string {
  return `${monthName(+yyyyMm.slice(5, 7), 'long', lang)} ${yyyyMm.slice(0, 4)}`;
}

/** An actor as lists and maps show it: its short name when it has one ("JNIM"); its id when unknown. */
export function actorLabel(id: string, actor?: { name: string; short_name?: string }): string {
  return actor ? (actor.short_name ?? actor.name) : id;
}

/** The note under a killed total: how many incidents have no toll, or how the range is read. */
export function killedNote(h: { killedUnknown: number }, lang: Lang = 'en'): string {
  const t = words(lang).figures;
  return h.killedUnknown ? t.noToll(t.incident(h.killedUnknown)) : t.lowToHigh;
}

/** One headline figure as `StatGrid` shows it. */
export interface StatItem {
  label: string;
  value: string;
  /** Small words right under the value: what it counts. */
  qualifier?: string;
  /** A second figure beside the value. */
  also?: string;
  note?: string;
  link?: { href: string; text: string };
}

/**
 * A measure of a headline as a stat: the independent range first, then the range including
 * parties' claims, so a party's own figure never passes for independent reporting; with how
 * many incidents have a toll only from parties, and where the two are explained.
 */
export function tollStat(h: Headline, measure: Measure, note?: string, label?: string, lang: Lang = 'en'): StatItem {
  const partyOnly = h.partyOnly[measure];
  const t = words(lang);
  return {
    label: label ?? t.measureLabel[measure],
    value: formatRange(h.independent[measure], lang),
    qualifier: t.toll.independent,
    also: t.toll.withParties(formatRange(h[measure], lang)),
    note: [note, partyOnly ? t.toll.partyOnlyIncidents(partyOnly) : ''].filter(Boolean).join('; ') || undefined,
    link: { href: `${routesFor(lang).methodology()}#party-claims`, text: t.toll.howComputed },
  };
}

/** "JNIM", "JNIM and FAMa", "JNIM, FAMa and Wagner". */
export function listOf(items: string[], lang: Lang = 'en'): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

