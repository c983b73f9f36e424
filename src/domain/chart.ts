/**
 * Geometry of the build-time SVG bar charts (no charting runtime in the browser).
 * A bar can carry a range: the solid part is the lowest count, a lighter part reaches the
 * highest, and an open-ended range ("at least") is flagged so the chart can mark it.
 * Bars marked `apart` (a year's incidents whose month is unknown) stand after the months,
 * past a gap, so they never read as a month.
 */

import { monthName } from './labels.ts';
import type { Lang } from '../translations/index.ts';

export interface BarDatum {
  /** `YYYY-MM`; for a bar shown apart, its label (a year). */
  key: string;
  low: number;
  /** Upper bound; null when open-ended. Equal to `low` for plain counts. */
  high: number | null;
  /**
   * Shown apart, to the right of the months: incidents known only to the year, which belong
   * to no month and must never read as January.
   */
  apart?: boolean;
}

export interface Bar {
  key: string;
  x: number;
  width: number;
  /** Top and height of the solid (low) part. */
  y: number;
  height: number;
  /** Top and height of the lighter part from low to high (0 when none). */
  rangeY: number;
  rangeHeight: number;
  open: boolean;
  apart: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  max: number;
  bars: Bar[];
  yTicks: { y: number; value: number }[];
  /** Axis labels; `anchor` is the SVG text-anchor (month labels sit under their bar). */
  xTicks: { x: number; label: string; anchor: 'start' | 'middle' }[];
  /** Where the bars shown apart sit, when there are any. */
  apart?: { x: number; width: number };
}

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `n` (1 for 0), for round axis ends. */
export function niceCeil(n: number): number {
  if (n <= 1) return 1;
  const mag = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * mag >= n) return step * mag;
  }
  return 10 * mag;
}

export interface LayoutOptions {
  width?: number;
  height?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Language of the month labels (English by default). */
  lang?: Lang;
}

/** Width of the slot of a bar shown apart: room for its year label whatever the months' width. */
const APART_SLOT = 48;
/** Space between the months and the bars shown apart. */
const APART_GAP = 24;

export function layoutBars(data: BarDatum[], opts: LayoutOptions = {}): ChartLayout {
  const width = opts.width ?? 960;
  const height = opts.height ?? 220;
  // The top margin leaves room for the chart's own label above the highest tick.
  const margin = opts.margin ?? { top: 32, right: 10, bottom: 28, left: 52 };
  const plot = { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom };
  const max = niceCeil(Math.max(0, ...data.map((d) => d.high ?? d.low)));
  const months = data.filter((d) => !d.apart);
  const apart = data.filter((d) => d.apart);
  // Bars shown apart take fixed slots at the right, after a gap; the months share the rest.
  const apartWidth = apart.length * APART_SLOT;
  const monthsWidth = plot.width - apartWidth - (apart.length && months.length ? APART_GAP : 0);
  const step = months.length ? monthsWidth / months.length : monthsWidth;
  // Gaps only when bars are wide enough to show them; a lone bar does not fill the plot.
  const barWidth = Math.min(40, step > 4 ? step * 0.8 : Math.max(step, 1.5));
  const scale = (v: number) => (v / max) * plot.height;
  const bottom = plot.y + plot.height;

  const bar = (d: BarDatum, x: number, w: number): Bar => {
    const h = scale(d.low);
    const top = d.high ?? d.low;
    const rangeHeight = d.high === null ? 0 : scale(top) - h;
    return { key: d.key, x, width: w, y: bottom - h, height: h, rangeY: bottom - h - rangeHeight, rangeHeight, open: d.high === null, apart: !!d.apart };
  };
  const apartX = plot.x + plot.width - apartWidth;
  const apartBarWidth = Math.max(barWidth, 16);
  const bars = [
    ...months.map((d, i) => bar(d, plot.x + i * step + (step - barWidth) / 2, barWidth)),
    ...apart.map((d, i) => bar(d, apartX + i * APART_SLOT + (APART_SLOT - apartBarWidth) / 2, apartBarWidth)),
  ];
  const apartTicks = apart.map((d, i) => ({ x: apartX + i * APART_SLOT + APART_SLOT / 2, label: d.key, anchor: 'middle' as const }));
  const apartArea = apart.length ? { x: apartX, width: apartWidth } : undefined;

  const yTicks = [0, max / 2, max].filter((v, i, a) => Number.isInteger(v) && a.indexOf(v) === i).map((value) => ({ y: bottom - scale(value), value }));

  // Short spans get a label per month (with the year at January and at the first bar);
  // longer ones get year labels at January, thinned so they never overlap.
  if (months.length <= 24) {
    const xTicks = months.map((d, i) => {
      const month = monthName(+d.key.slice(5, 7), 'short', opts.lang);
      const label = i === 0 || d.key.endsWith('-01') ? `${month} ${d.key.slice(0, 4)}` : month;
      return { x: plot.x + i * step + step / 2, label, anchor: 'middle' as const };
    });
    const spacedMonths = xTicks.filter((_, i) => months.length <= 12 || i % 2 === 0 || months[i].key.endsWith('-01'));
    return { width, height, plot, max, bars, yTicks, xTicks: [...spacedMonths, ...apartTicks], apart: apartArea };
  }
  const years = new Set(months.map((d) => d.key.slice(0, 4)));
  const every = years.size > 24 ? 5 : years.size > 12 ? 2 : 1;
  const xTicks = months.flatMap((d, i) => {
    const year = +d.key.slice(0, 4);
    const isStart = i === 0 || d.key.endsWith('-01');
    if (!isStart || (i !== 0 && year % every !== 0)) return [];
    return [{ x: plot.x + i * step, label: String(year), anchor: 'start' as const }];
  });
  // Drop a January label that would collide with the first bar's label.
  const spaced = xTicks.filter((t, i) => i === 0 || t.x - xTicks[i - 1].x >= 44);

  return { width, height, plot, max, bars, yTicks, xTicks: [...spaced, ...apartTicks], apart: apartArea };
}
