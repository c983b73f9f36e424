/**
 * The flat, ACLED-like view of an incident shared by the CSV and GeoJSON downloads:
 * one row per incident, ranges as low/high columns, lists joined with "; ". The columns and
 * what they mean are in `codebook.ts`; the facts beyond the record itself (names, deaths by
 * victim group, sources, precision codes, text, dates) are worked out once here, for the
 * table and for the JSON download.
 */
import type { Incident, RecordIndex } from '../../records/record-index.ts';
import { totalRange, type Range } from '../../domain/ranges.ts';
import { routes } from '../../domain/routes.ts';
import { datePrecisions, geoPrecisions } from '../../domain/vocabulary.ts';
import { LIST_SEPARATOR } from '../../domain/incident-columns.ts';
import { leadingCells, rangeEnds as ends } from '../../domain/filtered-download.ts';
import type { DatasetVersion } from '../dataset-version.ts';
import type { FileChange } from '../git-history.ts';
import { plainText } from '../markdown.ts';
import { namedVictimGroups, otherVictimGroups, precisionCode, type IncidentColumn } from './codebook.ts';

export { incidentColumns, type IncidentColumn } from './codebook.ts';

export type IncidentRow = Record<IncidentColumn, string | number | null>;

export { LIST_SEPARATOR };

/** What a download needs beyond the incidents: where the site is, the names of what records refer to, git's dates. */
export interface ExportContext {
  /** Astro's `site` (the deployed origin): rows link to incident pages. */
  site: URL | string;
  /** Actor, country and source names: the record index. */
  names: Pick<RecordIndex, 'actorLabel' | 'countryName' | 'source'>;
  /** Last commit of a record file, when known (see `build/git-history.ts`). */
  changed?: (file: string) => FileChange | undefined;
  /** The commit the download is built from (see `build/dataset-version.ts`). */
  version?: DatasetVersion;
}

/**
 * Absolute URL of a site path from routes.ts. The path already starts with the base path, so
 * only `site`'s origin counts (as for canonical links): a SITE_URL with the path in it too
 * gives the same URLs, not the path twice.
 */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

export function incidentUrl(id: string, site: URL | string): string {
  return absoluteUrl(routes.incident(id), site);
}

type KilledGroup = (typeof namedVictimGroups)[number] | 'other';

/**
 * Killed by victim group: the named groups each on their own, the rest together as "other",
 * with the same range rules as the total (so the four add up to it).
 */
export function killedByVictims(incident: Incident): Record<KilledGroup, Range | undefined> {
  const of = (groups: readonly string[]) => totalRange(incident.data.claims.filter((c) => groups.includes(c.victims)), 'killed');
  return {
    ...(Object.fromEntries(namedVictimGroups.map((g) => [g, of([g])])) as Record<(typeof namedVictimGroups)[number], Range | undefined>),
    other: of(otherVictimGroups),
  };
}

/** The derived facts of an incident that the table and the JSON download both carry. */
export function incidentFacts(incident: Incident, ctx: ExportContext) {
  const { data } = incident;
  const sourceIds = [...new Set(data.claims.map((c) => c.source))];
  return {
    perpetratorNames: data.actors.perpetrators.map((id) => ctx.names.actorLabel(id)),
    targetNames: data.actors.targets.map((id) => ctx.names.actorLabel(id)),
    countryName: ctx.names.countryName(data.location.country),
    killedByVictims: killedByVictims(incident),
    sources: sourceIds.map((id) => ({ id, name: ctx.names.source(id)?.data.publisher ?? id })),
    claimCount: data.claims.length,
    claimsByParties: data.claims.filter((c) => c.claimed_by).length,
    datePrec: precisionCode(datePrecisions, data.date_precision),
    wherePrec: precisionCode(geoPrecisions, data.location.precision),
    summary: plainText(incident.body),
    lastUpdated: ctx.changed?.(incident.file)?.date ?? null,
  };
}

const list = (items: string[]) => items.join(LIST_SEPARATOR) || null;

export function incidentRow(incident: Incident, ctx: ExportContext): IncidentRow {
  const { data, totals } = incident;
  const facts = incidentFacts(incident, ctx);
  const [civilianLow, civilianHigh] = ends(facts.killedByVictims.civilian);
  const [militaryLow, militaryHigh] = ends(facts.killedByVictims.military);
  const [militantLow, militantHigh] = ends(facts.killedByVictims.militant);
  const [otherLow, otherHigh] = ends(facts.killedByVictims.other);
  const { location } = data;
  return {
    // The leading columns: one writer for these and for the browser's downloads of a filtered view.
    ...leadingCells(
      {
        id: incident.id,
        title: data.title,
        date: data.date,
        datePrecision: data.date_precision,
        endDate: data.end_date,
        eventType: data.event_type,
        subEventType: data.sub_event_type,
        perpetrators: data.actors.perpetrators,
        targets: data.actors.targets,
        country: location.country,
        admin1: location.admin1,
        admin2: location.admin2,
        place: location.name,
        lat: location.lat,
        lon: location.lon,
        geoPrecision: location.precision,
        killed: totals.killed,
        wounded: totals.wounded,
        abducted: totals.abducted,
        sourceCount: facts.sources.length,
      },
      ctx.site,
    ),
    perpetrator_names: list(facts.perpetratorNames),
    target_names: list(facts.targetNames),
    country_name: facts.countryName,
    killed_civilian_low: civilianLow,
    killed_civilian_high: civilianHigh,
    killed_military_low: militaryLow,
    killed_military_high: militaryHigh,
    killed_militant_low: militantLow,
    killed_militant_high: militantHigh,
    killed_other_low: otherLow,
    killed_other_high: otherHigh,
    source_ids: list(facts.sources.map((s) => s.id)),
    source_names: list(facts.sources.map((s) => s.name)),
    claim_count: facts.claimCount,
    claims_by_parties: facts.claimsByParties,
    date_prec: facts.datePrec,
    where_prec: facts.wherePrec,
    summary: facts.summary || null,
    last_updated: facts.lastUpdated,
    dataset_version: ctx.version ? `${ctx.version.commit} ${ctx.version.date}` : null,
  };
}
