/**
 * The incident index's browser filter over compact data, not over table rows: `/map/points.json`
 * (dates, place, country, perpetrators, type, killed: see `map-points.ts`) plus
 * `/incidents/index.json`, which adds what a row shows and the points lack (title, region,
 * who alone claims the toll). Both are loaded once; the filter rule is `incident-filter.ts`,
 * the same the static pages follow. Pure, so Node tests run it.
 *
 * `/incidents/index.json` lists incidents in the points file's order (oldest first), so it
 * carries no ids; its `n` must equal the points file's count, or the pair is refused.
 */
import { matches, type IncidentFilter, type RowFacts } from './incident-filter.ts';
import { regionId } from './regions.ts';
import { pointDated, pointOrder, type DecodedPoints, type MapPoint, type PointInput } from './map-points.ts';

export const INDEX_FORMAT_VERSION = 1;

export interface IndexFile {
  v: number;
  /** Number of incidents: the same as the points file's. */
  n: number;
  /** Titles, oldest first. */
  title: string[];
  /** First-level region: index + 1 into `admin1s`, 0 when the record names none. */
  a1: number[];
  admin1s: string[];
  /** Who alone claims the killed figure (no independent source gives it): row position → indexes into `parties`. Sparse. */
  pc: Record<string, number[]>;
  /**
   * Killed over independent claims only, where it differs from the points' range over every
   * claim: row position → [low, high - low] (-1 for an open range), or 0 for no independent figure. Sparse.
   */
  ki: Record<string, [number, number] | 0>;
  parties: string[];
  partyLabels: string[];
}

/** What the encoder needs of an incident beyond the points' fields. */
export interface IndexInput extends PointInput {
  data: PointInput['data'] & { title: string; location: PointInput['data']['location'] & { admin1?: string } };
  /** Killed over independent claims only (absent: the same as `totals.killed`). */
  independentTotals?: { killed?: { low: number; high: number | null } | undefined };
}

/** One row of the index, as the browser renders it. */
export interface IndexRow extends MapPoint {
  title: string;
  admin1?: string;
  /** Actor ids that alone claim the killed figure (empty when independent reporting gives it). */
  partyClaimants: string[];
  /** Killed over independent claims only; undefined when none gives a figure. */
  killedIndependent?: { low: number; high: number | null };
}

/** Encodes `/incidents/index.json`; `soleParties` gives an incident's sole claimants of the killed figure. */
export function encodeIndex(
  incidents: readonly IndexInput[],
  soleParties: (i: IndexInput) => string[],
  actorLabel: (id: string) => string | undefined = () => undefined,
): IndexFile {
  const sorted = [...incidents].sort(pointOrder);
  const admin1 = new Map<string, number>();
  const party = new Map<string, number>();
  const f: IndexFile = { v: INDEX_FORMAT_VERSION, n: sorted.length, title: [], a1: [], admin1s: [], pc: {}, ki: {}, parties: [], partyLabels: [] };
  const of = (map: Map<string, number>, list: string[], v: string) => {
    if (!map.has(v)) map.set(v, list.push(v) - 1);
    return map.get(v)!;
  };
  sorted.forEach((inc, n) => {
    f.title.push(inc.data.title);
    const a = inc.data.location.admin1;
    f.a1.push(a ? of(admin1, f.admin1s, a) + 1 : 0);
    const p = soleParties(inc);
    if (p.length) f.pc[n] = p.map((id) => of(party, f.parties, id));
    const all = inc.totals.killed;
    const own = inc.independentTotals ? inc.independentTotals.killed : all;
    if (own?.low !== all?.low || own?.high !== all?.high) f.ki[n] = own ? [own.low, own.high === null ? -1 : own.high - own.low] : 0;
  });
  f.partyLabels = f.parties.map((id) => actorLabel(id) ?? id);
  return f;
}

/** Newest first, the order of the record index (date descending, then id ascending), so page 1 matches the static page. */
function newestFirst(a: MapPoint, b: MapPoint): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1;
}

/** Joins decoded points and the index file into rows, newest first, and the labels of the claiming parties. */
export function decodeIndex(points: DecodedPoints, f: IndexFile): { rows: IndexRow[]; partyLabels: Map<string, string> } {
  if (f.v !== INDEX_FORMAT_VERSION) throw new Error(`index file format ${f.v}, expected ${INDEX_FORMAT_VERSION}`);
  if (f.n !== points.points.length) throw new Error(`index file has ${f.n} incidents, points file ${points.points.length}`);
  const independent = (p: MapPoint, n: number): IndexRow['killedIndependent'] => {
    const k = f.ki?.[n];
    if (k === undefined) return p.killed;
    return k === 0 ? undefined : { low: k[0], high: k[1] < 0 ? null : k[0] + k[1] };
  };
  const rows = points.points.map((p, n): IndexRow => ({
    ...p,
    title: f.title[n],
    admin1: f.a1[n] ? f.admin1s[f.a1[n] - 1] : undefined,
    partyClaimants: (f.pc[n] ?? []).map((i) => f.parties[i]),
    killedIndependent: independent(p, n),
  }));
  return { rows: rows.sort(newestFirst), partyLabels: new Map(f.parties.map((id, i) => [id, f.partyLabels[i] ?? id])) };
}

/** What the filter reads of a row: the same facts the static rows' data attributes give. */
export function rowFacts(r: MapPoint & { admin1?: string }): RowFacts {
  return { ...pointDated(r), country: r.country, region: r.admin1 ? regionId(r.country, r.admin1) : undefined, actors: r.perpetrators, type: r.eventType };
}

/** The rows that pass the filter, in their order (newest first). */
export function filterRows<T extends MapPoint & { admin1?: string }>(rows: readonly T[], f: IncidentFilter): T[] {
  return rows.filter((r) => matches(rowFacts(r), f));
}
