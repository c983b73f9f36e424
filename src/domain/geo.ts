/** Plain geometry on longitude/latitude pairs: distances and point-in-polygon. */

export type Position = [lon: number, lat: number];
export type Ring = Position[];
/** A polygon as its rings (outer first, then holes). */
export type PolygonRings = Ring[];

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd test over all rings of all polygons, so holes are honoured. */
export function inPolygons(lon: number, lat: number, polygons: PolygonRings[]): boolean {
  return polygons.some((rings) => rings.reduce((inside, ring) => (inRing(lon, lat, ring) ? !inside : inside), false));
}

/** Shortest distance in km from a point to any edge of the polygons (equirectangular, fine at border scale). */
export function distanceToEdgesKm(lon: number, lat: number, polygons: PolygonRings[]): number {
  const kx = Math.cos(lat * RAD) * 111.32;
  const ky = 110.57;
  let best = Infinity;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1][0] - lon) * kx;
        const ay = (ring[i - 1][1] - lat) * ky;
        const bx = (ring[i][0] - lon) * kx;
        const by = (ring[i][1] - lat) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const len = dx * dx + dy * dy;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}

/** Bounding box [minLon, minLat, maxLon, maxLat] of polygons. */
export function bbox(polygons: PolygonRings[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) for (const [x, y] of rings[0] ?? []) {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

const kmFormats = new Map<string, Intl.NumberFormat>();
/** A distance in km as the page's language writes it: one decimal under 10 ("7.5", "7,5"), whole above. (Formats are made once: making one per call is slow.) */
export function formatKm(km: number, lang: string): string {
  const digits = km < 10 ? 1 : 0;
  let f = kmFormats.get(lang + digits);
  if (!f) kmFormats.set(lang + digits, (f = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(km);
}
