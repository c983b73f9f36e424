/** Dates on screen: human-readable and never more precise than the record. ISO stays in data. */
import type { Dated } from './date-span.ts';
import { monthName } from './labels.ts';
import { words, type Lang } from '../translations/index.ts';

function parts(iso: string): [number, number, number] {
  return [+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)];
}

/** "1 June 2025". */
export function formatDay(iso: string, lang: Lang = 'en'): string {
  const [y, m, d] = parts(iso);
  return `${d} ${monthName(m, 'long', lang)} ${y}`;
}

/** A year-month or full date as text: "June 2025", "1 June 2025", "2025". */
export function formatPartialDate(s: string, lang: Lang = 'en'): string {
  if (s.length === 4) return s;
  if (s.length === 7) return `${monthName(+s.slice(5, 7), 'long', lang)} ${s.slice(0, 4)}`;
  return formatDay(s, lang);
}

/** The date of an incident at its own precision, with its end date when it spans days. */
export function formatIncidentDate(d: Dated, lang: Lang = 'en'): string {
  const [y, m, day] = parts(d.date);
  const t = words(lang).dates;
  const month = (x: number) => monthName(x, 'long', lang);
  switch (d.date_precision) {
    case 'year':
      return t.yearOnly(String(y));
    case 'month':
      return t.monthOnly(`${month(m)} ${y}`);
    case 'week':
      return t.weekOf(formatDay(d.date, lang));
    default: {
      if (!d.end_date || d.end_date === d.date) return formatDay(d.date, lang);
      const [ey, em, ed] = parts(d.end_date);
      if (ey === y && em === m) return `${day}–${ed} ${month(m)} ${y}`;
      if (ey === y) return `${day} ${month(m)} – ${ed} ${month(em)} ${y}`;
      return `${formatDay(d.date, lang)} – ${formatDay(d.end_date, lang)}`;
    }
  }
}

export const DAY_MS = 86_400_000;

/** Days between two ISO dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}

/** ISO date `days` after `iso` (negative for before). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);
}
