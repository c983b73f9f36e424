/**
 * The three downloads of a set of incidents (all of them, a country's or an actor's):
 * CSV and GeoJSON of the flat table, and JSON of the full records with every claim.
 * Pure functions of the records, so tests run them without a build.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { toCsv } from '../../domain/csv.ts';
import type { Incident } from '../../records/record-index.ts';
import { site as siteConfig } from '../site.ts';
import { incidentColumns, incidentRow, incidentUrl, type IncidentRow } from './incident-table.ts';

export type ExportFormat = 'csv' | 'geojson' | 'json';

export const exportFormats: Record<ExportFormat, { mime: string; label: string }> = {
  csv: { mime: 'text/csv; charset=utf-8; header=present', label: 'CSV' },
  geojson: { mime: 'application/geo+json; charset=utf-8', label: 'GeoJSON' },
  json: { mime: 'application/json; charset=utf-8', label: 'JSON' },
};

/** UTF-8 without a byte-order mark (see CONTRIBUTING.md, "Downloads"), CRLF rows, header first. */
export function incidentsCsv(incidents: readonly Incident[], site: URL | string): string {
  return toCsv(incidentColumns, incidents.map((i) => incidentRow(i, site)));
}

export function incidentsGeoJson(incidents: readonly Incident[], site: URL | string): FeatureCollection<Point, IncidentRow> {
  return {
    type: 'FeatureCollection',
    features: incidents.map(
      (i): Feature<Point, IncidentRow> => ({
        type: 'Feature',
        id: i.id,
        // GeoJSON positions are [longitude, latitude].
        geometry: { type: 'Point', coordinates: [i.data.location.lon, i.data.location.lat] },
        properties: incidentRow(i, site),
      }),
    ),
  };
}

/** The full records: frontmatter as validated, the Markdown text, and the ranges the site shows. */
export function incidentsJson(incidents: readonly Incident[], site: URL | string, scope: string) {
  return {
    scope,
    licence: siteConfig.dataLicence,
    count: incidents.length,
    latest_date: incidents.reduce<string | null>((d, i) => (d === null || i.data.date > d ? i.data.date : d), null),
    incidents: incidents.map((i) => ({
      id: i.id,
      url: incidentUrl(i.id, site),
      file: i.file,
      data: i.data,
      body: i.body,
      totals: {
        killed: i.totals.killed ?? null,
        wounded: i.totals.wounded ?? null,
        abducted: i.totals.abducted ?? null,
      },
    })),
  };
}

/** One download as the body of a static endpoint. */
export function exportBody(format: ExportFormat, incidents: readonly Incident[], site: URL | string, scope: string): string {
  if (format === 'csv') return incidentsCsv(incidents, site);
  if (format === 'geojson') return JSON.stringify(incidentsGeoJson(incidents, site));
  return JSON.stringify(incidentsJson(incidents, site, scope));
}

export function exportResponse(format: ExportFormat, incidents: readonly Incident[], site: URL | string | undefined, scope: string): Response {
  if (!site) throw new Error('Set `site` in astro.config.mjs: downloads carry absolute incident URLs.');
  return new Response(exportBody(format, incidents, site, scope), { headers: { 'Content-Type': exportFormats[format].mime } });
}
