/**
 * "Incidents near a place", computed in the browser: find the place the reader typed (any
 * spelling, accents optional) and list the incidents within a distance, nearest first.
 * Pure: runs in the browser and in unit tests.
 */
import { distanceKm } from '../../domain/geo.ts';
import type { PlaceEntry } from '../../domain/search-places.ts';
import { fold } from '../../domain/text.ts';

export interface Place {
  name: string;
  aliases: string[];
  country: string;
  lat: number;
  lon: number;
  incidents: number;
}

export function toPlace([name, aliases, country, lat, lon, incidents]: PlaceEntry): Place {
  return { name, aliases, country, lat, lon, incidents };
}

/**
 * Places matching what the reader typed: exact matches of the name or an alias (several when
 * countries share a name, the one with most incidents first), otherwise up to `limit` names
 * that start with or contain it. "Timbuktu (Mali)", as the picker writes it, picks the country.
 */
export function matchPlaces(places: readonly Place[], typed: string, limit = 8): { exact: Place[]; partial: Place[] } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(typed);
  const q = fold(m ? m[1] : typed);
  const country = m ? fold(m[2]) : '';
  if (!q) return { exact: [], partial: [] };
  const inCountry = places.filter((p) => !country || fold(p.country) === country);
  const names = (p: Place) => [p.name, ...p.aliases].map(fold);
  const byIncidents = (a: Place, b: Place) => b.incidents - a.incidents;
  const exact = inCountry.filter((p) => names(p).includes(q)).sort(byIncidents);
  if (exact.length > 0) return { exact, partial: [] };
  const starts = inCountry.filter((p) => names(p).some((n) => n.startsWith(q))).sort(byIncidents);
  const contains = inCountry.filter((p) => !starts.includes(p) && names(p).some((n) => n.includes(q))).sort(byIncidents);
  return { exact: [], partial: [...starts, ...contains].slice(0, limit) };
}

/** The place a typed name stands for: the first exact match, or the only partial one. */
export function resolvePlace(places: readonly Place[], typed: string): { place?: Place; others: Place[] } {
  const { exact, partial } = matchPlaces(places, typed);
  if (exact.length > 0) return { place: exact[0], others: exact.slice(1) };
  if (partial.length === 1) return { place: partial[0], others: [] };
  return { others: partial };
}

/** The label of a place in the picker and in headings: "Timbuktu (Mali)". */
export function placeLabel(p: Pick<Place, 'name' | 'country'>): string {
  return `${p.name} (${p.country})`;
}

export interface Near<T> {
  item: T;
  km: number;
}

/**
 * Items within `km` of a point, nearest first (newest first at the same distance).
 * A linear scan: 30,000 points take a few milliseconds, less than building an index would.
 */
export function within<T extends { lat: number; lon: number; date: string }>(items: readonly T[], lat: number, lon: number, km: number): Near<T>[] {
  const out: Near<T>[] = [];
  for (const item of items) {
    const d = distanceKm(lat, lon, item.lat, item.lon);
    if (d <= km) out.push({ item, km: d });
  }
  return out.sort((a, b) => a.km - b.km || (a.item.date < b.item.date ? 1 : a.item.date > b.item.date ? -1 : 0));
}

/**
 * A readable name from an incident id: ids are `<date>-<place>-<what>` by the record
 * contract, and the point data carries no titles (they would triple its size).
 */
export function incidentName(id: string): string {
  const words = id.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
