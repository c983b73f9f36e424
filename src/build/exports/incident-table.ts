/**
 * The flat, ACLED-like view of an incident shared by the CSV and GeoJSON downloads:
 * one row per incident, ranges as low/high columns, lists joined with "; ".
 */
import type { Incident } from '../../records/record-index.ts';
import type { Range } from '../../domain/ranges.ts';
import { routes } from '../../domain/routes.ts';

export const incidentColumns = [
  'id',
  'title',
  'date',
  'date_precision',
  'end_date',
  'event_type',
  'sub_event_type',
  'perpetrators',
  'targets',
  'country',
  'admin1',
  'admin2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'killed_low',
  'killed_high',
  'wounded_low',
  'wounded_high',
  'abducted_low',
  'abducted_high',
  'source_count',
  'url',
] as const;

export type IncidentColumn = (typeof incidentColumns)[number];
export type IncidentRow = Record<IncidentColumn, string | number | null>;

/** Separator of multi-valued cells (actor ids). */
export const LIST_SEPARATOR = '; ';

/** Absolute URL of a site path; `site` is Astro's `site` (the deployed origin, maybe with a path). */
export function absoluteUrl(path: string, site: URL | string): string {
  const base = new URL(site);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path.replace(/^\//, ''), base).href;
}

export function incidentUrl(id: string, site: URL | string): string {
  return absoluteUrl(routes.incident(id), site);
}

/**
 * Low and high ends of a range. Unknown (no source gives a figure) leaves both empty, never 0;
 * an open upper bound ("at least N") leaves only the high end empty.
 */
function ends(r: Range | undefined): [number | null, number | null] {
  return r ? [r.low, r.high] : [null, null];
}

export function incidentRow(incident: Incident, site: URL | string): IncidentRow {
  const { data, totals } = incident;
  const [killedLow, killedHigh] = ends(totals.killed);
  const [woundedLow, woundedHigh] = ends(totals.wounded);
  const [abductedLow, abductedHigh] = ends(totals.abducted);
  return {
    id: incident.id,
    title: data.title,
    date: data.date,
    date_precision: data.date_precision,
    end_date: data.end_date ?? null,
    event_type: data.event_type,
    sub_event_type: data.sub_event_type ?? null,
    perpetrators: data.actors.perpetrators.join(LIST_SEPARATOR),
    targets: data.actors.targets.join(LIST_SEPARATOR) || null,
    country: data.location.country,
    admin1: data.location.admin1 ?? null,
    admin2: data.location.admin2 ?? null,
    location: data.location.name,
    latitude: data.location.lat,
    longitude: data.location.lon,
    geo_precision: data.location.precision,
    killed_low: killedLow,
    killed_high: killedHigh,
    wounded_low: woundedLow,
    wounded_high: woundedHigh,
    abducted_low: abductedLow,
    abducted_high: abductedHigh,
    source_count: new Set(data.claims.map((c) => c.source)).size,
    url: incidentUrl(incident.id, site),
  };
}
