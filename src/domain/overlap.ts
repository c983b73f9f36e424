/**
 * Whether two shapes overlap on the ground by more than a sliver: used to keep a country page to
 * the areas of reach that reach into that country. Boundaries from different datasets never
 * agree to the metre, so two shapes that only share a border must not count as overlapping:
 * a point counts only when it lies inside both and at least `marginKm` from both outlines.
 */
import { bbox, distanceToEdgesKm, inPolygons, type PolygonRings } from './geo.ts';

/** Points tried across the shared bounding box, per side. */
const GRID = 48;

export function overlaps(a: PolygonRings[], b: PolygonRings[], marginKm = 5): boolean {
  const [aw, as, ae, an] = bbox(a);
  const [bw, bs, be, bn] = bbox(b);
  const w = Math.max(aw, bw);
  const s = Math.max(as, bs);
  const e = Math.min(ae, be);
  const n = Math.min(an, bn);
  if (!(w < e && s < n)) return false;
  const deep = (x: number, y: number) =>
    inPolygons(x, y, a) && inPolygons(x, y, b) && distanceToEdgesKm(x, y, a) >= marginKm && distanceToEdgesKm(x, y, b) >= marginKm;
  // Each shape's corners first (one shape inside the other), then a grid over the shared box.
  for (const shape of [a, b]) for (const rings of shape) for (const [x, y] of rings[0] ?? []) if (deep(x, y)) return true;
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      if (deep(w + ((i + 0.5) * (e - w)) / GRID, s + ((j + 0.5) * (n - s)) / GRID)) return true;
    }
  }
  return false;
}
