/**
 * Writes `src/build/data/water.json`: the major rivers and lakes of West Africa and the Sahel
 * for the offline basemap, as simplified polygons clipped to the basemap's core box.
 *
 * How the committed file was made (the packages are NOT dependencies; only the extract is committed):
 *
 *   cd /tmp && npm pack @geo-maps/earth-rivers-10m@0.6.0 @geo-maps/earth-lakes-10m@0.6.0
 *   mkdir rivers lakes && tar xzf geo-maps-earth-rivers-10m-0.6.0.tgz -C rivers && tar xzf geo-maps-earth-lakes-10m-0.6.0.tgz -C lakes
 *   node scripts/extract-water.ts /tmp/rivers/package/map.geo.json /tmp/lakes/package/map.geo.json
 *
 * geo-maps 0.6.0 (Simone Primarosa, 2017) derives its maps from OpenStreetMap: river areas and
 * lakes as polygons at 10 m resolution, with no names. The data is © OpenStreetMap contributors
 * under the Open Database License (ODbL 1.0), so the basemap credits OpenStreetMap. No package
 * ships Natural Earth's rivers, lakes or roads: the basemap has no roads (see README.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clipPolygon } from 'lineclip';
import { simplify } from '../src/build/simplify.ts';

type Pt = [number, number];
type Box = [number, number, number, number];

const [riversFile, lakesFile] = process.argv.slice(2);
if (!riversFile || !lakesFile) {
  console.error('Usage: node scripts/extract-water.ts <earth-rivers-10m map.geo.json> <earth-lakes-10m map.geo.json>');
  process.exit(1);
}
const out = resolve(import.meta.dirname, '../src/build/data/water.json');

/** The Sahel and coastal West Africa with their neighbours: where the record's incidents are. */
const BOX: Box = [-18, 3, 25, 26];
/** Douglas-Peucker tolerance in degrees (about 300 m): under a pixel up to zoom 8; coarser breaks the Niger into pieces. */
const TOLERANCE = 0.003;
/** River pieces shorter than this (bounding-box diagonal, degrees) and lakes smaller than this (square degrees) are dropped. */
const MIN_RIVER_EXTENT = 0.03;
const MIN_LAKE_AREA = 0.004;

const round = (v: number) => Math.round(v * 1000) / 1000;

function ringArea(ring: Pt[]): number {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(a / 2);
}

function extent(ring: Pt[]): number {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** The file's polygons inside the box, simplified and rounded; each kept when `big` says so. */
function extract(file: string, big: (ring: Pt[]) => boolean): Pt[][][] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { geometries: { type: string; coordinates: Pt[][][] | Pt[][][][] }[] };
  const polygons: Pt[][][] = [];
  for (const g of data.geometries) {
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Pt[][][];
    for (const rings of polys) {
      const outer = clipPolygon(rings[0], BOX) as Pt[];
      if (outer.length < 4 || !big(outer)) continue;
      // Islands in rivers and lakes are below the basemap's scale: outer rings only.
      const ring = simplify(outer, TOLERANCE).map(([x, y]): Pt => [round(x), round(y)]);
      if (ring.length >= 4) polygons.push([ring]);
    }
  }
  return polygons;
}

const rivers = extract(riversFile, (r) => extent(r) >= MIN_RIVER_EXTENT);
const lakes = extract(lakesFile, (r) => ringArea(r) >= MIN_LAKE_AREA);
const data = {
  about:
    'Major rivers (river areas) and lakes of West Africa and the Sahel, from @geo-maps/earth-rivers-10m and @geo-maps/earth-lakes-10m 0.6.0 (2017), ' +
    'derived from OpenStreetMap: © OpenStreetMap contributors, Open Database License (ODbL 1.0). ' +
    `Clipped to [${BOX.join(', ')}], outer rings only, simplified to ${TOLERANCE}° and rounded to 0.001°; ` +
    `river pieces under ${MIN_RIVER_EXTENT}° across and lakes under ${MIN_LAKE_AREA} square degrees dropped. Made by scripts/extract-water.ts.`,
  attribution: '© OpenStreetMap contributors (ODbL)',
  box: BOX,
  rivers,
  lakes,
};
writeFileSync(out, `${JSON.stringify(data)}\n`);
const points = (ps: Pt[][][]) => ps.reduce((n, p) => n + p[0].length, 0);
console.log(`${out}: ${rivers.length} river pieces (${points(rivers)} points), ${lakes.length} lakes (${points(lakes)} points)`);
