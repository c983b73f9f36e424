/**
 * The maps' data, fetched at most once per page and shared by every map on it (and by
 * "incidents near a place"): module-level promise caches keyed by URL.
 */
import type { FeatureCollection } from 'geojson';
import { routes } from '../../domain/routes.ts';
import type { MapArea } from '../../domain/map-areas.ts';
import { decodePoints, type DecodedPoints, type PointsFile } from '../../domain/map-points.ts';

/** The promise `cache` holds for `url`, made once by `load`. */
function once<T>(cache: Map<string, Promise<T>>, url: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(url);
  if (!p) {
    p = load();
    // A failed fetch is not cached, so a later map on the page may try again.
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

const fetched = new Map<string, Promise<unknown>>();

function fetchJson<T>(url: string): Promise<T> {
  return once(fetched, url, () =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json();
    }),
  ) as Promise<T>;
}

const decoded = new Map<string, Promise<DecodedPoints>>();

/** Every incident as decoded points (see `domain/map-points.ts`), from `/map/points.json` by default. */
export function loadPoints(url = routes.mapPoints()): Promise<DecodedPoints> {
  return once(decoded, url, () => fetchJson<PointsFile>(url).then(decodePoints));
}

export const loadBasemap = (url = routes.mapBasemap()) => fetchJson<FeatureCollection>(url);
export const loadTowns = (url = routes.mapTowns()) => fetchJson<FeatureCollection>(url);
export const loadAreas = (url = routes.mapAreas()) => fetchJson<MapArea[]>(url);
