/**
 * The filtered view's chart of incidents per month, drawn in the browser as SVG from the rows
 * the filter shows, with the series and geometry of the build-time chart (`domain/stats.ts`
 * `monthlySeries`, `domain/chart.ts` `layoutBars`) and its CSS classes. Incidents known only to
 * the year stand apart after the months, never in January. Every label is set as text.
 */
import { layoutBars } from '../../domain/chart.ts';
import { formatPartialDate } from '../../domain/dates.ts';
import type { IndexRow } from '../../domain/incident-index-data.ts';
import { pointDated } from '../../domain/map-points.ts';
import { monthlySeries } from '../../domain/stats.ts';
import { words, type Lang } from '../../translations/index.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Replaces the content of `box` with the chart of `rows`; `id` prefixes the title's element ids. */
export function drawMonthlyChart(box: HTMLElement, rows: readonly IndexRow[], lang: Lang, id: string): void {
  const t = words(lang).explore;
  const { months, monthUnknown } = monthlySeries(rows.map((r) => ({ data: pointDated(r), totals: { killed: r.killed && { ...r.killed, claims: 1 } } })));
  if (!months.length && !monthUnknown.length) {
    box.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: t.chartEmpty }));
    return;
  }
  const entries = [
    ...months.map((b) => ({ key: b.month, label: formatPartialDate(b.month, lang), n: b.incidents, apart: false })),
    ...monthUnknown.map((b) => ({ key: b.year, label: t.yearMonthUnknown(b.year), n: b.incidents, apart: true })),
  ];
  const c = layoutBars(entries.map((e) => ({ key: e.key, low: e.n, high: e.n, apart: e.apart })), { lang });
  const busiest = months.reduce((a, b) => (b.incidents > a.incidents ? b : a), months[0]);
  const unknown = monthUnknown.reduce((n, b) => n + b.incidents, 0);
  const desc = [
    busiest ? t.chartDesc(formatPartialDate(months[0].month, lang), formatPartialDate(months.at(-1)!.month, lang), formatPartialDate(busiest.month, lang), busiest.incidents) : '',
    unknown ? t.monthUnknownNote(unknown) : '',
  ].filter(Boolean).join(' ');

  const root = svg('svg', { viewBox: `0 0 ${c.width} ${c.height}`, role: 'img', class: 'chart-svg chart-incidents', 'aria-labelledby': `${id}-t ${id}-d` });
  root.append(svg('title', { id: `${id}-t` }, t.chartTitle), svg('desc', { id: `${id}-d` }, desc));
  root.append(svg('text', { x: c.plot.x, y: 18, class: 'chart-label' }, t.chartTitle));
  if (c.apart) {
    const g = svg('g', { class: 'chart-apart' });
    g.append(svg('line', { x1: c.apart.x, x2: c.apart.x, y1: c.plot.y, y2: c.plot.y + c.plot.height }));
    g.append(svg('text', { x: c.apart.x + c.apart.width, y: 18, 'text-anchor': 'end' }, t.monthUnknown));
    root.append(g);
  }
  for (const tick of c.yTicks) {
    const g = svg('g', { class: 'tick' });
    g.append(svg('line', { x1: c.plot.x, x2: c.plot.x + c.plot.width, y1: tick.y, y2: tick.y }));
    g.append(svg('text', { x: c.plot.x - 6, y: tick.y + 4, 'text-anchor': 'end' }, tick.value.toLocaleString(lang)));
    root.append(g);
  }
  c.bars.forEach((b, i) => {
    const g = svg('g', { class: b.apart ? 'bar bar-apart' : 'bar', 'data-key': b.key, 'data-count': entries[i].n });
    g.append(svg('title', {}, t.barTip(entries[i].label, entries[i].n)));
    if (b.height > 0) g.append(svg('rect', { class: 'bar-low', x: b.x, y: b.y, width: b.width, height: b.height }));
    root.append(g);
  });
  for (const tick of c.xTicks) {
    const g = svg('g', { class: 'tick' });
    g.append(svg('line', { x1: tick.x, x2: tick.x, y1: c.plot.y + c.plot.height, y2: c.plot.y + c.plot.height + 4 }));
    g.append(svg('text', { x: tick.x, y: c.height - 8, 'text-anchor': tick.anchor }, tick.label));
    root.append(g);
  }
  box.replaceChildren(root);
  // On a phone the chart scrolls sideways: open it on the latest months, as the build-time charts do.
  box.scrollLeft = box.scrollWidth;
}
