/**
 * The place list of "incidents near a place" (`/search/places.json`): every place name the
 * records use, with its aliases, country and one point, so a reader can pick a place by any
 * spelling. Built from the same incidents as the maps; one entry per name and country.
 */
import type { IncidentData } from '../schemas/incident.ts';
import { fold } from './text.ts';
import { geoPrecisions } from './vocabulary.ts';

/** `[name, aliases, country name, lat, lon, incidents]`: arrays keep the file small. */
export type PlaceEntry = [name: string, aliases: string[], country: string, lat: number, lon: number, incidents: number];

export interface PlacesFile {
  v: 1;
  places: PlaceEntry[];
}


/** A place known without an incident there: a place record, or a town of the offline gazetteer. */
export interface KnownPlace {
  name: string;
  aliases: readonly string[];
  country: string;
  lat: number;
  lon: number;
}

/**
 * Every place name the incidents use, then the places and towns known without an incident (`known`,
 * best first: the record's places, then gazetteer towns), so a reader can start from any of them.
 */
export function buildPlaces(incidents: readonly { data: Pick<IncidentData, 'location'> }[], countryName: (id: string) => string | undefined, known: readonly KnownPlace[] = []): PlacesFile {
  const groups = new Map<string, { name: string; aliases: Set<string>; country: string; lat: number; lon: number; rank: number; n: number }>();
  for (const i of incidents) {
    const loc = i.data.location;
    const key = `${loc.country}\u0000${fold(loc.name)}`;
    const rank = geoPrecisions.indexOf(loc.precision);
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { name: loc.name, aliases: new Set(loc.aliases), country: countryName(loc.country) ?? loc.country, lat: loc.lat, lon: loc.lon, rank, n: 1 });
      continue;
    }
    g.n++;
    for (const a of loc.aliases) g.aliases.add(a);
    // The most precise point stands for the place.
    if (rank < g.rank) Object.assign(g, { lat: loc.lat, lon: loc.lon, rank });
  }
  const spellings = new Set([...groups.entries()].flatMap(([key, g]) => [key, ...[...g.aliases].map((a) => `${key.split('\u0000')[0]}\u0000${fold(a)}`)]));
  for (const k of known) {
    const keys = [k.name, ...k.aliases].map((n) => `${k.country}\u0000${fold(n)}`);
    // A town already named by the records (by any spelling) keeps the records' point.
    if (keys.some((key) => spellings.has(key))) continue;
    for (const key of keys) spellings.add(key);
    groups.set(keys[0], { name: k.name, aliases: new Set(k.aliases), country: countryName(k.country) ?? k.country, lat: k.lat, lon: k.lon, rank: 0, n: 0 });
  }
  const places: PlaceEntry[] = [...groups.values()]
    .map((g): PlaceEntry => [g.name, [...g.aliases].filter((a) => fold(a) !== fold(g.name)).sort(), g.country, g.lat, g.lon, g.n])
    .sort((a, b) => a[0].localeCompare(b[0], 'en') || a[2].localeCompare(b[2], 'en'));
  return { v: 1, places };
}
