/**
 * The "incidents near a place" URL: `/near/?place=Timbuktu&km=50`, or with coordinates
 * `/near/?place=Timbuktu&lat=16.7735&lon=-3.0074&km=50` (links from incident pages, which
 * know their point). Shared by the pages that link there and the page that reads it.
 */
import { routesFor } from '../../domain/routes.ts';
import type { Lang } from '../../translations/index.ts';

/** The distances a reader can choose, in km. */
export const nearDistances = [25, 50, 100, 250] as const;
export const defaultKm = 50;

export interface NearQuery {
  place: string;
  lat?: number;
  lon?: number;
  km: number;
}

/** The page in a language (English by default). */
export function nearUrl(q: NearQuery, lang: Lang = 'en'): string {
  const both = q.lat !== undefined && q.lon !== undefined;
  return routesFor(lang).near({ place: q.place, lat: both ? q.lat : undefined, lon: both ? q.lon : undefined, km: q.km });
}

/** Reads the query of `/near/`; out-of-range or malformed values are dropped, not trusted. */
export function parseNearQuery(search: string | URLSearchParams): NearQuery {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const place = (p.get('place') ?? '').trim().slice(0, 120);
  const num = (k: string, max: number) => {
    const raw = p.get(k);
    if (raw === null || raw.trim() === '') return undefined;
    const v = Number(raw);
    return Number.isFinite(v) && Math.abs(v) <= max ? v : undefined;
  };
  const lat = num('lat', 90);
  const lon = num('lon', 180);
  const km = Number(p.get('km'));
  const q: NearQuery = { place, km: (nearDistances as readonly number[]).includes(km) ? km : defaultKm };
  if (lat !== undefined && lon !== undefined) {
    q.lat = lat;
    q.lon = lon;
  }
  return q;
}
