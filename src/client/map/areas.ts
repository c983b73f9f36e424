/**
 * Areas of reach drawn on a map: the shapes a page asks for, each in its actor's colour with
 * a label, and the older ones marked so the map can dash them.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { MapArea } from '../../domain/map-areas.ts';
import { formatDay } from '../../domain/dates.ts';
import { slotColour } from '../../domain/map-style.ts';

/**
 * The areas among `ids` of the given dates (ISO), or of every date with `'all'`: each as its
 * shape and as a point where its label goes. "Older" is relative to the latest date shown.
 */
export function areaFeatures(areas: MapArea[], ids: string[], slots: Map<string, number>, dates: string[] | 'all'): FeatureCollection {
  const picked = areas.filter((a) => ids.includes(a.id) && (dates === 'all' || dates.includes(a.asOf)));
  const latest = picked.reduce((m, a) => (a.asOf > m ? a.asOf : m), '');
  const out: Feature[] = [];
  for (const a of picked) {
    const props = { colour: slotColour(slots.get(a.actor)), older: a.asOf < latest ? 1 : 0, label: `${a.actorLabel} · ${a.kind} as of ${formatDay(a.asOf)}` };
    out.push({ type: 'Feature', geometry: a.geometry, properties: props });
    out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: a.labelAt }, properties: props });
  }
  return { type: 'FeatureCollection', features: out };
}
