/**
 * Incidents known only to their country are not drawn as points (a dot near the capital would
 * look like a place): this lists them beside the map, newest first, each linking to its page,
 * while the map outlines their countries.
 */
import { formatIncidentDate } from '../../domain/dates.ts';
import { eventTypeLabel } from '../../domain/labels.ts';
import { pointDated, type DecodedPoints, type MapPoint } from '../../domain/map-points.ts';
import { langOf, routesFor } from '../../domain/routes.ts';
import type { EventType } from '../../domain/vocabulary.ts';
import { words } from '../../translations/index.ts';
import { el } from '../dom.ts';

/** How many the list shows before it points to the page's full list. */
const MAX_LISTED = 10;

export function renderCountryOnly(box: HTMLElement | null, points: MapPoint[], data: DecodedPoints, listId: string | undefined): void {
  if (!box) return;
  box.hidden = points.length === 0;
  if (!points.length) return box.replaceChildren();
  const lang = langOf(location.pathname);
  const r = routesFor(lang);
  const t = words(lang).mapView;
  const list = el('ul');
  // Points are oldest first.
  for (const p of [...points].reverse().slice(0, MAX_LISTED)) {
    const a = el('a', undefined, `${data.countryNames.get(p.country) ?? p.country}: ${eventTypeLabel(p.eventType as EventType, lang)}, ${formatIncidentDate(pointDated(p), lang)}`);
    a.href = r.incident(p.id);
    const li = el('li');
    li.append(a);
    list.append(li);
  }
  // Folded under its one-line summary, so a long list does not push the legend off a phone's screen.
  const details = el('details');
  const parts: HTMLElement[] = [el('summary', 'map-country-only__head', t.countryOnly(points.length)), list];
  if (points.length > MAX_LISTED) {
    const more = listId && document.getElementById(listId) ? el('a', undefined, t.countryOnlyMore(points.length - MAX_LISTED)) : el('span', undefined, t.countryOnlyMore(points.length - MAX_LISTED));
    if (more instanceof HTMLAnchorElement) more.href = `#${listId}`;
    const p = el('p');
    p.append(more);
    parts.push(p);
  }
  details.append(...parts);
  box.replaceChildren(details);
}
