/**
 * The maps' static poster (`/map/poster.svg`): West Africa and the Sahel in the basemap's
 * colours, shown behind the "map loads when seen" note until the real map has drawn, and in
 * place of it without JavaScript or WebGL. Natural Earth 1:110m, Web Mercator like the map.
 */
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAP_COLOURS as C } from '../domain/map-symbols.ts';
import { polygonsOf } from '../domain/polygons.ts';

const require = createRequire(import.meta.url);

/** [west, south, east, north] of the poster. */
export const POSTER_BOUNDS: [number, number, number, number] = [-19, 3, 25, 26];

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

export function buildPosterSvg(width = 960, box = POSTER_BOUNDS): string {
  const [w, s, e, n] = box;
  const k = width / ((e - w) * (Math.PI / 180));
  const height = Math.round(k * (mercY(n) - mercY(s)));
  const x = (lon: number) => ((lon - w) * (Math.PI / 180) * k).toFixed(1);
  const y = (lat: number) => ((mercY(n) - mercY(lat)) * k).toFixed(1);
  const path = (lines: number[][][], close: boolean) =>
    lines.map((l) => `M${l.map(([lon, lat]) => `${x(lon)} ${y(lat)}`).join('L')}${close ? 'Z' : ''}`).join('');

  const topo = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
  const rings: number[][][] = [];
  for (const f of feature(topo, topo.objects.countries).features) {
    const g = f.geometry;
    if (!g) continue;
    const polys = polygonsOf(g);
    // Only shapes near the poster: the rest of the world would only add bytes.
    for (const p of polys) if (p[0].some(([lon, lat]) => lon > w - 15 && lon < e + 15 && lat > s - 15 && lat < n + 15)) rings.push(...p);
  }
  const near = (l: number[][]) => l.some(([lon, lat]) => lon > w - 5 && lon < e + 5 && lat > s - 5 && lat < n + 5);
  const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b).coordinates.filter(near);
  const coast = mesh(topo, topo.objects.countries, (a, b) => a === b).coordinates.filter(near);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<rect width="100%" height="100%" fill="${C.water}"/>`,
    `<path d="${path(rings, true)}" fill="${C.land}" fill-rule="evenodd"/>`,
    `<path d="${path(coast, false)}" fill="none" stroke="${C.coast}" stroke-width="1.2"/>`,
    `<path d="${path(borders, false)}" fill="none" stroke="${C.border}" stroke-width="1.2" stroke-dasharray="5 3"/>`,
    '</svg>',
  ].join('');
}
