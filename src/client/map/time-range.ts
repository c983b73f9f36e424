/**
 * The maps' date range: read from and written to the URL query (`?from=2024-01-01&to=2025-06-30`)
 * so a filtered view can be shared, and applied to the page's list of the same incidents.
 * An incident is in the range when its date span overlaps it (`domain/date-span.ts`): one
 * known only to May 2025 is in 15 May to 30 June. ISO dates compare as text.
 */
import { dateSpan, overlaps, type Dated } from '../../domain/date-span.ts';
import { filterParams } from '../../domain/filter-params.ts';
import { rowDated } from '../incident-rows.ts';

// The same parameters as every filtered view's dates (`/incidents/?from=...`).
const { from: FROM, to: TO } = filterParams;

export interface DateRange {
  /** ISO date, inclusive; undefined for no lower bound. */
  from?: string;
  /** ISO date, inclusive; undefined for no upper bound. */
  to?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The range in a query string; malformed dates are ignored, a reversed range is put in order. */
export function rangeFromQuery(search: string): DateRange {
  const q = new URLSearchParams(search);
  let from = q.get(FROM) ?? undefined;
  let to = q.get(TO) ?? undefined;
  if (from && !ISO_DAY.test(from)) from = undefined;
  if (to && !ISO_DAY.test(to)) to = undefined;
  if (from && to && from > to) [from, to] = [to, from];
  return { from, to };
}

/** The query string with the range set (other parameters kept). */
export function queryWithRange(search: string, range: DateRange): string {
  const q = new URLSearchParams(search);
  if (range.from) q.set(FROM, range.from);
  else q.delete(FROM);
  if (range.to) q.set(TO, range.to);
  else q.delete(TO);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function inRange(d: Dated, range: DateRange): boolean {
  return overlaps(dateSpan(d), range.from, range.to);
}

/**
 * Hides the rows of the list whose dates fall outside the range and returns how many stay
 * visible. Rows are the elements with `data-incident-id` and `data-date` inside the list element.
 */
export function filterList(list: Element | null, range: DateRange): number {
  if (!list) return 0;
  let shown = 0;
  for (const row of list.querySelectorAll<HTMLElement>('[data-incident-id][data-date]')) {
    const visible = inRange(rowDated(row), range);
    row.hidden = !visible;
    if (visible) shown++;
  }
  return shown;
}
