/**
 * What the regional comparison shows, in words and links, from the counts of
 * `region-counts.ts`: the table's rows, each region's colour class and accessible name on
 * the two maps, the legend and the notes. The component renders it at build time and the
 * browser re-renders it for other periods, so both say the same thing the same way.
 */
import { words, type Lang } from '../translations/index.ts';
import { formatDay } from './dates.ts';
import { formatRange, type Range } from './ranges.ts';
import { classBreaks, classOf, killedValue, wholeYear, type DateRange, type PeriodCount, type Periods, type RegionComparison } from './region-counts.ts';
import { routesFor } from './routes.ts';

export type PeriodKey = 'a' | 'b';
export const periodKeys: PeriodKey[] = ['a', 'b'];

/** "2025" for a calendar year, otherwise "1 Jan 2024 – 30 Jun 2024". */
export function periodLabel(r: DateRange, lang: Lang = 'en'): string {
  return wholeYear(r) ?? words(lang).regions.range(formatDay(r.from, lang), formatDay(r.to, lang));
}

/** The headings of the period columns, keyed as the table's `data-col`: `incidents-a`, `killed-b`. */
export function columnHeads(labels: Record<PeriodKey, string>, lang: Lang = 'en'): Record<`${'incidents' | 'killed'}-${PeriodKey}`, string> {
  const t = words(lang).regions;
  return { 'incidents-a': t.incidentsIn(labels.a), 'incidents-b': t.incidentsIn(labels.b), 'killed-a': t.killedIn(labels.a), 'killed-b': t.killedIn(labels.b) };
}

export interface RegionCell {
  incidents: string;
  /** The region's incidents in the period; none when it has none. */
  href?: string;
  killed: string;
  /** The range including parties' claims, when it differs from the independent one. */
  killedAll?: string;
}

export interface RegionRowView {
  id: string;
  name: string;
  country: string;
  /** False when the boundary data has no shape for it. */
  drawn: boolean;
  href: string;
  a: RegionCell;
  b: RegionCell;
  change: string;
}

export interface ShapeView {
  /** Colour classes by incidents (`c`) and by people killed (`k`). */
  c: number;
  k: number;
  label: string;
  href?: string;
}

export interface RegionView {
  labels: Record<PeriodKey, string>;
  rows: RegionRowView[];
  /** Per period, region id → its shape's classes, name and link (regions with no incident: class 0, no link). */
  shapes: Record<PeriodKey, Map<string, ShapeView>>;
  legend: { incidents: string[]; killed: string[] };
  notes: string[];
}

const sameRange = (x: Range, y: Range) => x.low === y.low && x.high === y.high && (x.claims === 0) === (y.claims === 0);

/** Legend entries of the classes: "none", "1–2", "3–5", "6–10", "11 or more". */
function legendOf(breaks: number[], lang: Lang): string[] {
  const t = words(lang).regions;
  return [t.none, ...breaks.map((b, i) => (i + 1 < breaks.length ? t.span(b, breaks[i + 1] - 1) : t.orMore(b)))];
}

/**
 * The view of a comparison. `drawn` says whether a region id has a shape; `limit` keeps the
 * table to the regions with most incidents (the maps still colour every region).
 */
export function regionView(cmp: RegionComparison, periods: Periods, drawn: (id: string) => boolean, lang: Lang = 'en', limit = Infinity): RegionView {
  const t = words(lang).regions;
  const r = routesFor(lang);
  const labels = { a: periodLabel(periods.a, lang), b: periodLabel(periods.b, lang) };
  const incidentBreaks = classBreaks(Math.max(0, ...cmp.regions.flatMap((x) => [x.a.incidents, x.b.incidents])));
  const killedBreaks = classBreaks(Math.max(0, ...cmp.regions.flatMap((x) => [killedValue(x.a), killedValue(x.b)])));
  const cell = (id: string, c: PeriodCount, p: DateRange): RegionCell => {
    const killed = formatRange(c.independent, lang);
    const all = formatRange(c.killed, lang);
    return {
      incidents: c.incidents.toLocaleString(lang),
      href: c.incidents ? r.incidents({ region: id, from: p.from, to: p.to }) : undefined,
      killed,
      killedAll: sameRange(c.independent, c.killed) ? undefined : all,
    };
  };
  const rows = cmp.regions.slice(0, limit).map((x): RegionRowView => ({
    id: x.id,
    name: x.name,
    country: x.country,
    drawn: drawn(x.id),
    href: r.incidents({ region: x.id }),
    a: cell(x.id, x.a, periods.a),
    b: cell(x.id, x.b, periods.b),
    change: (x.b.incidents - x.a.incidents).toLocaleString(lang, { signDisplay: 'exceptZero' }),
  }));
  const shapes = { a: new Map<string, ShapeView>(), b: new Map<string, ShapeView>() };
  for (const x of cmp.regions) {
    for (const k of periodKeys) {
      const c = x[k];
      shapes[k].set(x.id, {
        c: classOf(c.incidents, incidentBreaks),
        k: classOf(killedValue(c), killedBreaks),
        label: t.regionLabel(x.name, c.incidents, formatRange(c.independent, lang)),
        href: c.incidents ? r.incidents({ region: x.id, from: periods[k].from, to: periods[k].to }) : undefined,
      });
    }
  }
  const notes: string[] = [];
  for (const k of periodKeys) {
    const vague = cmp.total[k].vague;
    if (vague) notes.push(t.vagueNote(k === 'a' ? t.periodA : t.periodB, vague));
  }
  if (cmp.regions.length > limit) notes.push(t.topRows(limit, cmp.regions.length));
  if (cmp.unknown.a.incidents || cmp.unknown.b.incidents) notes.push(t.unknownNote(cmp.unknown.a.incidents, cmp.unknown.b.incidents));
  if (rows.some((x) => !x.drawn)) notes.push(t.notDrawnNote);
  if (!rows.length && !cmp.unknown.a.incidents && !cmp.unknown.b.incidents) notes.push(t.empty);
  return { labels, rows, shapes, legend: { incidents: legendOf(incidentBreaks, lang), killed: legendOf(killedBreaks, lang) }, notes };
}
