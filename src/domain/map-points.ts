/**
 * The compact point data every map (and "incidents near a place") reads: ONE static file,
 * `/map/points.json`, with every incident, fetched once per page.
 *
 * The file is columnar JSON so gzip sees long runs of similar numbers: one array per field,
 * actors, countries, places and event types as indexes into lookup tables, dates as day
 * deltas (incidents sorted oldest first), coordinates as integers of 1e-4 degree (about 11 m),
 * ids without the date they start with. It costs about 25-30 bytes per incident gzipped.
 *
 * The format is public to the site's own scripts and STABLE: change it only with a new `v`
 * and a decoder that still reads the old one. Its only runtime import is the shared
 * vocabulary, whose precision lists give the order of `dp` and `gp` below.
 */
import type { IncidentData } from '../schemas/incident.ts';
import type { Dated } from './date-span.ts';
import { datePrecisions as DATE_PRECISIONS, geoPrecisions as GEO_PRECISIONS, type DatePrecision, type GeoPrecision } from './vocabulary.ts';

export const POINTS_FORMAT_VERSION = 1;

export type { DatePrecision, GeoPrecision } from './vocabulary.ts';

/** What the encoder needs of an incident (a record-index `Incident` fits). */
export interface PointInput {
  id: string;
  data: Pick<IncidentData, 'date' | 'date_precision' | 'end_date' | 'event_type'> & {
    location: Pick<IncidentData['location'], 'name' | 'country' | 'lat' | 'lon' | 'precision'>;
    actors: Pick<IncidentData['actors'], 'perpetrators'>;
  };
  totals: { killed?: { low: number; high: number | null } | undefined };
}

/** The file as written. Every column has one entry per incident, oldest first. */
export interface PointsFile {
  v: number;
  /** ISO date that the first day delta counts from. */
  epoch: string;
  /** Lookup tables: actor ids with their display labels (short name or name), countries, places, event types. */
  actors: string[];
  actorLabels: string[];
  countries: string[];
  countryNames: string[];
  places: string[];
  eventTypes: string[];
  /** Id without its leading `<date>-`; an id that does not start with its date is kept whole after `=`. */
  s: string[];
  /** Days since the previous incident (the first: since `epoch`). */
  d: number[];
  /** Days from date to end_date (0 without an end date). */
  e: number[];
  /** Date precision: index into day, week, month, year. */
  dp: number[];
  /** Longitude and latitude in 1e-4 degrees. */
  x: number[];
  y: number[];
  /** Location precision: index into exact, town, district, region, country. */
  gp: number[];
  /** Country, place and event type indexes. */
  c: number[];
  pl: number[];
  t: number[];
  /** Perpetrators: one actor index, or an array of them. */
  p: (number | number[])[];
  /** Killed, low end: -1 when no source gives a figure. */
  kl: number[];
  /** Killed, high end minus low end: -1 for an open range ("at least low"). */
  kh: number[];
}

export interface MapPoint {
  id: string;
  lon: number;
  lat: number;
  /** ISO date the event began. */
  date: string;
  endDate?: string;
  datePrecision: DatePrecision;
  geoPrecision: GeoPrecision;
  /** Country id (ISO3, lower case). */
  country: string;
  place: string;
  /** Actor ids. */
  perpetrators: string[];
  eventType: string;
  /** Killed range across claims; `high` null for "at least low"; undefined when no figure. */
  killed?: { low: number; high: number | null };
}

export interface DecodedPoints {
  /** Oldest first. */
  points: MapPoint[];
  /** Actor id → display label. */
  actorLabels: Map<string, string>;
  /** Country id → name. */
  countryNames: Map<string, string>;
}

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The file's order: oldest first, then by id (`/incidents/index.json` follows it too). */
export function pointOrder(a: PointInput, b: PointInput): number {
  return a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : 1;
}

/** A lookup table that hands out indexes in first-seen order. */
function table() {
  const index = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    of(v: string): number {
      let i = index.get(v);
      if (i === undefined) {
        i = values.length;
        index.set(v, i);
        values.push(v);
      }
      return i;
    },
  };
}

/**
 * Encodes incidents for `/map/points.json`. `actorLabel` and `countryName` give the display
 * names of ids (falling back to the id).
 */
export function encodePoints(
  incidents: readonly PointInput[],
  actorLabel: (id: string) => string | undefined = () => undefined,
  countryName: (id: string) => string | undefined = () => undefined,
): PointsFile {
  const sorted = [...incidents].sort(pointOrder);
  const actors = table();
  const countries = table();
  const places = table();
  const eventTypes = table();
  const epoch = sorted[0]?.data.date ?? '1970-01-01';
  const f: PointsFile = {
    v: POINTS_FORMAT_VERSION, epoch, actors: actors.values, actorLabels: [], countries: countries.values, countryNames: [],
    places: places.values, eventTypes: eventTypes.values, s: [], d: [], e: [], dp: [], x: [], y: [], gp: [], c: [], pl: [], t: [], p: [], kl: [], kh: [],
  };
  let prevDay = toDay(epoch);
  for (const inc of sorted) {
    const { data } = inc;
    const prefix = `${data.date}-`;
    f.s.push(inc.id.startsWith(prefix) ? inc.id.slice(prefix.length) : `=${inc.id}`);
    const day = toDay(data.date);
    f.d.push(day - prevDay);
    prevDay = day;
    f.e.push(data.end_date ? toDay(data.end_date) - day : 0);
    f.dp.push(Math.max(0, DATE_PRECISIONS.indexOf(data.date_precision)));
    f.x.push(Math.round(data.location.lon * 1e4));
    f.y.push(Math.round(data.location.lat * 1e4));
    f.gp.push(Math.max(0, GEO_PRECISIONS.indexOf(data.location.precision)));
    f.c.push(countries.of(data.location.country));
    f.pl.push(places.of(data.location.name));
    f.t.push(eventTypes.of(data.event_type));
    const p = data.actors.perpetrators.map((a) => actors.of(a));
    f.p.push(p.length === 1 ? p[0] : p);
    const k = inc.totals.killed;
    f.kl.push(k ? k.low : -1);
    f.kh.push(k ? (k.high === null ? -1 : k.high - k.low) : 0);
  }
  f.actorLabels = actors.values.map((id) => actorLabel(id) ?? id);
  f.countryNames = countries.values.map((id) => countryName(id) ?? id);
  return f;
}

/**
 * Decodes `/map/points.json` (as parsed JSON) into points, oldest first.
 * Throws on a file of another format version, so a stale cached file fails loudly.
 */
export function decodePoints(f: PointsFile): DecodedPoints {
  if (f.v !== POINTS_FORMAT_VERSION) throw new Error(`points file format ${f.v}, expected ${POINTS_FORMAT_VERSION}`);
  const points: MapPoint[] = new Array(f.s.length);
  let day = toDay(f.epoch);
  for (let i = 0; i < f.s.length; i++) {
    day += f.d[i];
    const date = fromDay(day);
    const slug = f.s[i];
    const p = f.p[i];
    const kl = f.kl[i];
    const point: MapPoint = {
      id: slug.startsWith('=') ? slug.slice(1) : `${date}-${slug}`,
      lon: f.x[i] / 1e4,
      lat: f.y[i] / 1e4,
      date,
      datePrecision: DATE_PRECISIONS[f.dp[i]] ?? 'day',
      geoPrecision: GEO_PRECISIONS[f.gp[i]] ?? 'town',
      country: f.countries[f.c[i]],
      place: f.places[f.pl[i]],
      perpetrators: (typeof p === 'number' ? [p] : p).map((a) => f.actors[a]),
      eventType: f.eventTypes[f.t[i]],
    };
    if (f.e[i] > 0) point.endDate = fromDay(day + f.e[i]);
    if (kl >= 0) point.killed = { low: kl, high: f.kh[i] < 0 ? null : kl + f.kh[i] };
    points[i] = point;
  }
  return {
    points,
    actorLabels: new Map(f.actors.map((id, i) => [id, f.actorLabels[i] ?? id])),
    countryNames: new Map(f.countries.map((id, i) => [id, f.countryNames[i] ?? id])),
  };
}

/** A point's dates in the record's terms, for `dateSpan` and `formatIncidentDate`. */
export function pointDated(p: Pick<MapPoint, 'date' | 'datePrecision' | 'endDate'>): Dated {
  return { date: p.date, date_precision: p.datePrecision, end_date: p.endDate };
}

/** The high end of the killed range used for symbol size (the low end when open). */
export function killedHigh(p: Pick<MapPoint, 'killed'>): number {
  return p.killed ? (p.killed.high ?? p.killed.low) : 0;
}
