/**
 * The map's legend, redrawn whenever the shown incidents change: the shapes actually on the
 * map with their counts, the sizes, and what a cluster is. Shape and colour together, so it
 * never relies on colour alone.
 */
import { OTHER_SLOT, SIZE_STOPS } from '../../domain/map-symbols.ts';
import type { MapPoint } from '../../domain/map-points.ts';
import { langOf } from '../../domain/routes.ts';
import { words } from '../../translations/index.ts';
import { el } from '../dom.ts';
import { legendSwatch } from './icons.ts';
import type { Symbols } from './layers.ts';

/** `haloNote`, when given, explains the halos of places known only to their district or region. */
export function renderLegend(legend: HTMLElement | null, shown: MapPoint[], { slots, slotOf }: Symbols, actorLabels: Map<string, string>, haloNote?: string): void {
  if (!legend) return;
  const t = words(langOf(location.pathname)).mapView;
  const counts = new Map<number, number>();
  for (const p of shown) counts.set(slotOf(p), (counts.get(slotOf(p)) ?? 0) + 1);
  const names = new Map<number, string>([...slots].map(([actor, slot]) => [slot, actorLabels.get(actor) ?? actor]));
  const list = el('ul', 'map-legend__list');
  for (const slot of [...counts.keys()].sort((a, b) => a - b)) {
    const li = el('li');
    li.append(legendSwatch(slot), el('span', undefined, `${slot === OTHER_SLOT ? t.otherGroups : names.get(slot)} (${counts.get(slot)})`));
    list.append(li);
  }
  const sizes = el('p', 'map-legend__note');
  sizes.append(t.sizeNote);
  // The same sizes as the map's symbols (the icons are drawn at 82% of their box).
  for (const [n, scale] of SIZE_STOPS.filter(([k]) => k === 0 || k === 10 || k === 100)) {
    const span = el('span', 'map-legend__size');
    span.append(legendSwatch(0, scale * 0.9, '#9aa0a6'), ` ${n === 100 ? '100+' : n}`);
    sizes.append(span);
  }
  const clusters = el('p', 'map-legend__note');
  const dot = el('span', 'map-legend__cluster', '12');
  dot.setAttribute('aria-hidden', 'true');
  clusters.append(dot, t.clusterNote);
  const halo = haloNote ? [el('p', 'map-legend__note map-legend__halo', haloNote)] : [];
  legend.replaceChildren(list, sizes, clusters, ...halo);
  legend.hidden = false;
}
