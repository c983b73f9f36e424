/**
 * The maps' data, fetched at most once per page and shared by every map on it (and by
 * "incidents near a place"): module-level promise caches keyed by URL.
 */
import type { FeatureCollection } from 'geojson';
import type { MapArea } from '../../build/map-areas.ts';
import { decodePoints, type DecodedPoints, type PointsFile } from '../../domain/map-points.ts';

const cache = new Map<string, Promise<unknown>>();

function fetchJson<T>(url: string): Promise<T> {
  let p = cache.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<T>;
    });
    // A failed fetch is not cached, so a later map on the page may try again.
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

const decoded = new Map<string, Promise<DecodedPoints>>();

/** Every incident as decoded points (see `domain/map-points.ts`), from `/map/points.json` by default. */
export function loadPoints(url = '/map/points.json'): Promise<DecodedPoints> {
  let p = decoded.get(url);
  if (!p) {
    p = fetchJson<PointsFile>(url).then(decodePoints);
    p.catch(() => decoded.delete(url));
    decoded.set(url, p);
  }
  return p;
}

export const loadBasemap = (url = '/map/basemap.json') => fetchJson<FeatureCollection>(url);
export const loadAreas = (url = '/map/areas.json') => fetchJson<MapArea[]>(url);
