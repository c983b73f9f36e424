/**
 * The one definition of when an incident happened: a span of ISO days built from `date`,
 * `date_precision` and `end_date`. An incident known only to the month or year is not an
 * event on the 1st: it is somewhere in that month or year, and every filter, list, chart and
 * search facet asks this module rather than reading `date` alone.
 *
 * Two rules follow from it, both here:
 * - lists and filters (the index filter, maps, search, timeline pages) include an incident
 *   in every period its span overlaps;
 * - counts (charts) count an incident once, in the month its span begins, and put an
 *   incident known only to the year apart ("2025, month unknown"), never in January.
 *
 * No runtime imports: the maps' light script loads it with the page.
 */
import type { DatePrecision } from './vocabulary.ts';

/** The fields of a record that say when it happened. */
export interface Dated {
  /** ISO day the event began (the first day of the span for coarser precisions). */
  date: string;
  date_precision?: DatePrecision;
  end_date?: string;
}

/** First and last ISO day, both inclusive. */
export interface DateSpan {
  first: string;
  last: string;
}

/** ISO day of a UTC year, month (1-12) and day; days past the month's end roll over, day 0 is the last day of the month before. */
const isoDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/**
 * The span of an incident: day: date to end_date (or the day); week: the 7 days from date;
 * month: the whole month; year: the whole year. An end_date later than the precision's span
 * widens it, so no stated day ever falls outside.
 */
export function dateSpan(d: Dated): DateSpan {
  const y = d.date.slice(0, 4);
  const m = d.date.slice(5, 7);
  let first = d.date;
  let last = d.date;
  switch (d.date_precision) {
    case 'week':
      last = isoDay(+y, +m, +d.date.slice(8, 10) + 6);
      break;
    case 'month':
      first = `${y}-${m}-01`;
      last = isoDay(+y, +m + 1, 0);
      break;
    case 'year':
      first = `${y}-01-01`;
      last = `${y}-12-31`;
      break;
  }
  if (d.end_date && d.end_date > last) last = d.end_date;
  return { first, last };
}

/** Whether a span overlaps the inclusive range `from`..`to`; an empty or missing bound is open. */
export function overlaps(span: DateSpan, from?: string, to?: string): boolean {
  return (!from || span.last >= from) && (!to || span.first <= to);
}

/** Known only to the week, month or year: its day is not known. */
export function isVagueDate(d: Dated): boolean {
  return (d.date_precision ?? 'day') !== 'day';
}

/** Whether the month is known: false only for an incident known to the year alone. */
export function monthKnown(d: Dated): boolean {
  return d.date_precision !== 'year';
}

/** Every month from `from` to `to` inclusive (ISO days or `YYYY-MM`), as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  let y = +from.slice(0, 4);
  let m = +from.slice(5, 7);
  const endY = +to.slice(0, 4);
  const endM = +to.slice(5, 7);
  const out: string[] = [];
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Every year the span overlaps, as `YYYY`. */
export function spanYears(d: Dated): string[] {
  const { first, last } = dateSpan(d);
  const out: string[] = [];
  for (let y = +first.slice(0, 4); y <= +last.slice(0, 4); y++) out.push(String(y));
  return out;
}

/**
 * The months an incident is filed under in lists and search: every month its span overlaps
 * (a week from 29 May is in May and June); none for an incident known only to the year.
 */
export function spanMonths(d: Dated): string[] {
  if (!monthKnown(d)) return [];
  const { first, last } = dateSpan(d);
  return monthsBetween(first, last);
}

/**
 * The one month a chart counts an incident in: the month its span begins (a week or a
 * several-day event that runs into the next month counts in the first); undefined when only
 * the year is known, so it is shown apart and never in January.
 */
export function countedMonth(d: Dated): string | undefined {
  return monthKnown(d) ? dateSpan(d).first.slice(0, 7) : undefined;
}

/**
 * The data attributes an incident row carries for the browser filters: the record's own date
 * fields, precision and end only when they say more than the day (`client/incident-rows.ts`
 * reads them back).
 */
export function dateAttributes(d: Dated): Record<string, string> {
  const a: Record<string, string> = { 'data-date': d.date };
  if (d.date_precision && d.date_precision !== 'day') a['data-date-precision'] = d.date_precision;
  if (d.end_date) a['data-end-date'] = d.end_date;
  return a;
}

/** A year's or month's page as a filter (a map's `period`): the span, and for a month, only incidents whose month is known. */
export interface Period {
  from: string;
  to: string;
  /** A month's page lists no incident known only to the year. */
  monthKnown?: boolean;
}

/** The period of a timeline page: `2025` or `2025-06`. */
export function periodOf(yearOrMonth: string): Period {
  if (yearOrMonth.length === 4) return { from: `${yearOrMonth}-01-01`, to: `${yearOrMonth}-12-31` };
  return { from: `${yearOrMonth}-01`, to: isoDay(+yearOrMonth.slice(0, 4), +yearOrMonth.slice(5, 7) + 1, 0), monthKnown: true };
}

/** Whether an incident is listed on the period's page: the same rule as `spanYears` / `spanMonths`. */
export function inPeriod(d: Dated, p: Period): boolean {
  return (!p.monthKnown || monthKnown(d)) && overlaps(dateSpan(d), p.from, p.to);
}
