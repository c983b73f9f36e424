/**
 * The three downloads of a set of incidents (all of them, a country's or an actor's):
 * CSV and GeoJSON of the flat table, and JSON of the full records with every claim.
 * Pure functions of the records and an export context, so tests run them without a build;
 * `exportResponse` adds git's dates when the build writes them.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Range } from '../../domain/ranges.ts';
import { toCsv } from '../../domain/csv.ts';
import type { Incident, RecordIndex } from '../../records/record-index.ts';
import { retiredColumns, type RetiredColumn } from './codebook.ts';
import { routes } from '../../domain/routes.ts';
import { datasetVersion } from '../dataset-version.ts';
import { lastChanged } from '../git-history.ts';
import { site as siteConfig } from '../site.ts';
import { absoluteUrl, incidentColumns, incidentFacts, incidentRow, incidentUrl, type ExportContext, type IncidentRow } from './incident-table.ts';

export type ExportFormat = 'csv' | 'geojson' | 'json';

export const exportFormats: Record<ExportFormat, { mime: string; label: string }> = {
  csv: { mime: 'text/csv; charset=utf-8; header=present', label: 'CSV' },
  geojson: { mime: 'application/geo+json; charset=utf-8', label: 'GeoJSON' },
  json: { mime: 'application/json; charset=utf-8', label: 'JSON' },
};

/** What every download says about itself at the top: the build's commit, and where its columns are explained. */
function about(ctx: ExportContext) {
  return {
    dataset_version: ctx.version ?? null,
    codebook: absoluteUrl(`${routes.data()}#codebook`, ctx.site),
  };
}

type RetiredRow = Record<RetiredColumn, string | null>;

/**
 * Ids that no longer stand for an incident of their own, so that users of an older download can
 * reconcile it: incidents withdrawn as false (with why), and old ids of renamed or merged
 * records (with the record that replaced them). Every URL still works.
 */
export function retiredIds(records: Pick<RecordIndex, 'withdrawn' | 'replaced'>, site: URL | string): RetiredRow[] {
  const withdrawn = records.withdrawn.map((i) => ({
    id: i.id,
    status: 'withdrawn',
    date: i.data.withdrawn!.date,
    reason: i.data.withdrawn!.reason,
    replaced_by: null,
    url: incidentUrl(i.id, site),
  }));
  const replaced = [...records.replaced]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([old, by]) => ({ id: old, status: 'replaced', date: null, reason: null, replaced_by: by.id, url: incidentUrl(old, site) }));
  return [...withdrawn, ...replaced];
}

/** `/data/withdrawn.csv`: the retired ids, in the CSV conventions of the other downloads. */
export function retiredCsv(records: Pick<RecordIndex, 'withdrawn' | 'replaced'>, site: URL | string): string {
  return toCsv(retiredColumns, retiredIds(records, site));
}

/** UTF-8 without a byte-order mark (see CONTRIBUTING.md, "Downloads"), CRLF rows, header first. */
export function incidentsCsv(incidents: readonly Incident[], ctx: ExportContext): string {
  return toCsv(incidentColumns, incidents.map((i) => incidentRow(i, ctx)));
}

/** A FeatureCollection with the download's version and codebook as foreign members (RFC 7946, section 6.1). */
export function incidentsGeoJson(incidents: readonly Incident[], ctx: ExportContext): FeatureCollection<Point, IncidentRow> & ReturnType<typeof about> {
  return {
    type: 'FeatureCollection',
    ...about(ctx),
    features: incidents.map(
      (i): Feature<Point, IncidentRow> => ({
        type: 'Feature',
        id: i.id,
        // GeoJSON positions are [longitude, latitude].
        geometry: { type: 'Point', coordinates: [i.data.location.lon, i.data.location.lat] },
        properties: incidentRow(i, ctx),
      }),
    ),
  };
}

/**
 * The full records: frontmatter as validated, the Markdown text, and the ranges the site shows;
 * then the derived facts of the other downloads (names, killed by victim group, sources,
 * precision codes, plain text, last change), with the same names as their columns.
 */
export function incidentsJson(incidents: readonly Incident[], ctx: ExportContext, scope: string, retired?: RetiredRow[]) {
  return {
    scope,
    licence: siteConfig.dataLicence,
    count: incidents.length,
    latest_date: incidents.reduce<string | null>((d, i) => (d === null || i.data.date > d ? i.data.date : d), null),
    ...about(ctx),
    // The full download lists the ids it no longer holds (as /data/withdrawn.csv does).
    ...(retired && {
      withdrawn: retired.filter((r) => r.status === 'withdrawn').map(({ id, date, reason, url }) => ({ id, date, reason, url })),
      replaced: retired.filter((r) => r.status === 'replaced').map(({ id, replaced_by, url }) => ({ id, replaced_by, url })),
    }),
    incidents: incidents.map((i) => {
      const facts = incidentFacts(i, ctx);
      const range = (r: Range | undefined) => r ?? null;
      return {
        id: i.id,
        url: incidentUrl(i.id, ctx.site),
        file: i.file,
        data: i.data,
        body: i.body,
        totals: {
          killed: range(i.totals.killed),
          wounded: range(i.totals.wounded),
          abducted: range(i.totals.abducted),
        },
        perpetrator_names: facts.perpetratorNames,
        target_names: facts.targetNames,
        country_name: facts.countryName,
        killed_by_victims: Object.fromEntries(Object.entries(facts.killedByVictims).map(([g, r]) => [g, range(r)])),
        sources: facts.sources,
        claim_count: facts.claimCount,
        claims_by_parties: facts.claimsByParties,
        date_prec: facts.datePrec,
        where_prec: facts.wherePrec,
        summary: facts.summary,
        last_updated: facts.lastUpdated,
      };
    }),
  };
}

/** One download as the body of a static endpoint. */
export function exportBody(format: ExportFormat, incidents: readonly Incident[], ctx: ExportContext, scope: string, retired?: RetiredRow[]): string {
  if (format === 'csv') return incidentsCsv(incidents, ctx);
  if (format === 'geojson') return JSON.stringify(incidentsGeoJson(incidents, ctx));
  return JSON.stringify(incidentsJson(incidents, ctx, scope, retired));
}

/** A download as the build writes it, with git's dates: each record's last commit and the build's commit. */
export function exportResponse(
  format: ExportFormat,
  incidents: readonly Incident[],
  { site, names, scope, retired }: { site: URL | undefined; names: ExportContext['names']; scope: string; retired?: Pick<RecordIndex, 'withdrawn' | 'replaced'> },
): Response {
  if (!site) throw new Error('Set `site` in astro.config.mjs: downloads carry absolute incident URLs.');
  const ctx: ExportContext = { site, names, changed: lastChanged, version: datasetVersion() };
  const body = exportBody(format, incidents, ctx, scope, retired && retiredIds(retired, site));
  return new Response(body, { headers: { 'Content-Type': exportFormats[format].mime } });
}
