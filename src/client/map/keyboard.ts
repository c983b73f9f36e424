/**
 * The map for a keyboard or screen-reader user: the canvas says what the keys do and where
 * its text equivalent is, and Enter or Space opens what is nearest the centre (MapLibre's own
 * keys already pan and zoom).
 */
import type * as maplibregl from 'maplibre-gl';
import type { Pick } from './pick.ts';
import { langOf } from '../../domain/routes.ts';
import { words } from '../../translations/index.ts';

/** Names the canvas; `listId` is the page's list of the same incidents, if it has one. */
export function labelCanvas(map: maplibregl.Map, label: string, listId: string | undefined): void {
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', words(langOf(location.pathname)).mapView.keyboard(label));
  if (listId && document.getElementById(listId)) canvas.setAttribute('aria-describedby', listId);
}

/** Enter or Space picks within 40 px of the centre, wider than a click: there is no pointer to aim. */
export function wireEnter(map: maplibregl.Map, pick: Pick): void {
  map.getCanvas().addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const c = map.project(map.getCenter());
    if (pick(c, 40)) e.preventDefault();
  });
}
