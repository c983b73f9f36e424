/**
 * The downloads of a filtered view (`/incidents/?country=mli&...`), written in the browser from
 * the rows the filter shows (`incident-index-data.ts`), so a download holds exactly what the
 * table, the map and the chart show.
 *
 * They carry the FIRST columns of the build's downloads (`incident-columns.ts`, id to url), with
 * the same names, order and cell format, so a script that reads the full CSV by column name or
 * position reads these too. The compact data holds no more: names, deaths by victim group,
 * sources, text and versions are in the full files on `/data/`. Coordinates come from the
 * points file, rounded to 1e-4 degree (about 11 m).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { toCsv } from './csv.ts';
import { incidentColumns, LIST_SEPARATOR } from './incident-columns.ts';
import type { IndexRow } from './incident-index-data.ts';
import { routes } from './routes.ts';

/** The columns a filtered download holds: the build's columns from the first up to `url`. */
export const filteredColumns = incidentColumns.slice(0, incidentColumns.indexOf('url') + 1) as readonly FilteredColumn[];
/** A column of a filtered download (typed as any download column; `filteredColumns` lists which). */
export type FilteredColumn = (typeof incidentColumns)[number];
export type FilteredRow = Partial<Record<FilteredColumn, string | number | null>>;

export type FilteredFormat = 'csv' | 'geojson' | 'json';
export const filteredMime: Record<FilteredFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  geojson: 'application/geo+json;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

type Ends = { low: number; high: number | null } | undefined;
/** Low and high cells of a range: both empty when unknown (never 0), the high one empty when open. */
export const rangeEnds = (r: Ends): [number | null, number | null] => (r ? [r.low, r.high] : [null, null]);
const list = (items: string[]) => items.join(LIST_SEPARATOR) || null;

/** What the leading columns say of an incident: the compact data's row, or a record (the build's `incidentRow`). */
export type LeadingFacts = Pick<
  IndexRow,
  'id' | 'title' | 'date' | 'datePrecision' | 'endDate' | 'eventType' | 'subEventType' | 'perpetrators' | 'targets' | 'country' | 'admin1' | 'admin2'
  | 'place' | 'lat' | 'lon' | 'geoPrecision' | 'killed' | 'wounded' | 'abducted' | 'sourceCount'
>;

/**
 * The leading columns (id to url) of a download row, in column order: the one writer of these
 * cells for the build's downloads and the browser's, so both format them alike. `site` is the
 * deployed origin (SITE_URL). Unknown figures leave both ends empty, never 0; an open range
 * ("at least N") leaves only the high end empty.
 */
export function leadingCells(r: LeadingFacts, site: URL | string): Record<FilteredColumn, string | number | null> {
  const [killedLow, killedHigh] = rangeEnds(r.killed);
  const [woundedLow, woundedHigh] = rangeEnds(r.wounded);
  const [abductedLow, abductedHigh] = rangeEnds(r.abducted);
  return {
    id: r.id,
    title: r.title,
    date: r.date,
    date_precision: r.datePrecision,
    end_date: r.endDate ?? null,
    event_type: r.eventType,
    sub_event_type: r.subEventType ?? null,
    perpetrators: r.perpetrators.join(LIST_SEPARATOR),
    targets: list(r.targets),
    country: r.country,
    admin1: r.admin1 ?? null,
    admin2: r.admin2 ?? null,
    location: r.place,
    latitude: r.lat,
    longitude: r.lon,
    geo_precision: r.geoPrecision,
    killed_low: killedLow,
    killed_high: killedHigh,
    wounded_low: woundedLow,
    wounded_high: woundedHigh,
    abducted_low: abductedLow,
    abducted_high: abductedHigh,
    source_count: r.sourceCount,
    url: new URL(routes.incident(r.id), site).href,
  } as Record<FilteredColumn, string | number | null>;
}

/** What a filtered file says about itself: the filter that made it and where the full data and codebook are. */
export interface FilteredAbout {
  /** Absolute URL of the filtered view (the filter in its query). */
  view: string;
  /** Absolute URL of the codebook on `/data/`. */
  codebook: string;
}

/** The body of one download of the rows, in the order given (newest first). */
export function filteredFile(format: FilteredFormat, rows: readonly IndexRow[], site: string, about: FilteredAbout): string {
  const table: FilteredRow[] = rows.map((r) => leadingCells(r, site));
  if (format === 'csv') return toCsv(filteredColumns, table);
  const meta = { filtered_view: about.view, codebook: about.codebook, columns: filteredColumns, count: rows.length };
  if (format === 'json') return JSON.stringify({ ...meta, incidents: table });
  const geo: FeatureCollection<Point, FilteredRow> & typeof meta = {
    type: 'FeatureCollection',
    ...meta,
    features: rows.map((r, i): Feature<Point, FilteredRow> => ({
      type: 'Feature',
      id: r.id,
      // GeoJSON positions are [longitude, latitude].
      geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
      properties: table[i],
    })),
  };
  return JSON.stringify(geo);
}

/** File name of a download: `incidents-country-mli-from-2025-01-01.csv`, or `incidents-filtered.csv`. */
export function filteredFileName(query: string, format: FilteredFormat): string {
  const parts = [...new URLSearchParams(query)].flatMap(([k, v]) => [k, v]).join('-').replace(/[^a-z0-9-]+/gi, '-').slice(0, 120);
  return `incidents-${parts || 'filtered'}.${format}`;
}
