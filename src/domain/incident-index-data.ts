/**
 * The incident index's browser filter over compact data, not over table rows: `/map/points.json`
 * (dates, place, country, perpetrators, type, killed: see `map-points.ts`) plus
 * `/incidents/index.json`, which adds what a row shows, what the filters ask and what the
 * filtered downloads write that the points lack (title, regions, sub-event type, targets, victim
 * groups, wounded and abducted, source count, who alone claims the toll). Both are loaded once;
 * the filter rule is `incident-filter.ts`. Pure, so Node tests run it.
 *
 * `/incidents/index.json` lists incidents in the points file's order (oldest first), so it
 * carries no ids; its `n` must equal the points file's count, or the pair is refused.
 * Columns are arrays of small integers (indexes into lookup tables) so gzip packs them.
 */
import { matches, type IncidentFilter, type RowFacts } from './incident-filter.ts';
import { pointDated, pointOrder, type DecodedPoints, type MapPoint, type PointInput } from './map-points.ts';
import { regionId } from './regions.ts';
import { victimGroups, type VictimGroup } from './vocabulary.ts';

/** 2: admin2, sub-event types, targets, victim groups, wounded, abducted and source counts; one actor table; independent killed. */
export const INDEX_FORMAT_VERSION = 2;

export interface IndexFile {
  v: number;
  /** Number of incidents: the same as the points file's. */
  n: number;
  /** Titles, oldest first. */
  title: string[];
  /** First-level region: index + 1 into `admin1s`, 0 when the record names none. */
  a1: number[];
  admin1s: string[];
  /** Second-level region: index + 1 into `admin2s`, 0 when none. */
  a2: number[];
  admin2s: string[];
  /** Sub-event type: index + 1 into `subs`, 0 when none. */
  st: number[];
  subs: string[];
  /** Targets: indexes into `actors` (an empty array for none). */
  tg: number[][];
  /** Victim groups the claims count: bit i set for `victimGroups[i]`. */
  vg: number[];
  victimGroups: string[];
  /** Wounded and abducted as the points' killed: low end (-1: no figure), high minus low (-1: open). */
  wl: number[];
  wh: number[];
  al: number[];
  ah: number[];
  /** Number of distinct sources cited. */
  sc: number[];
  /** Who alone claims the killed figure (no independent source gives it): row position → indexes into `actors`. Sparse. */
  pc: Record<string, number[]>;
  /**
   * Killed over independent claims only, where it differs from the points' range over every
   * claim: row position → [low, high - low] (-1 for an open range), or 0 for no independent figure. Sparse.
   */
  ki: Record<string, [number, number] | 0>;
  /** Actor ids (targets and sole claimants) and their display labels. */
  actors: string[];
  actorLabels: string[];
}

/** A range as the compact data keeps it: `high` null for "at least low"; undefined when no source gives a figure. */
type Ends = { low: number; high: number | null } | undefined;

/** What the encoder needs of an incident beyond the points' fields. */
export interface IndexInput extends PointInput {
  data: PointInput['data'] & {
    title: string;
    sub_event_type?: string;
    location: PointInput['data']['location'] & { admin1?: string; admin2?: string };
    actors: PointInput['data']['actors'] & { targets?: string[] };
    claims?: { source: string; victims: VictimGroup }[];
  };
  totals: PointInput['totals'] & { wounded?: Ends; abducted?: Ends };
  /** Killed over independent claims only (absent: the same as `totals.killed`). */
  independentTotals?: { killed?: Ends };
}

/** One row of the index, as the browser renders it. */
export interface IndexRow extends MapPoint {
  title: string;
  admin1?: string;
  /** `regionId(country, admin1)`, the `region` filter's value. */
  region?: string;
  admin2?: string;
  subEventType?: string;
  targets: string[];
  victims: VictimGroup[];
  wounded?: { low: number; high: number | null };
  abducted?: { low: number; high: number | null };
  sourceCount: number;
  /** Actor ids that alone claim the killed figure (empty when independent reporting gives it). */
  partyClaimants: string[];
  /** Killed over independent claims only; undefined when none gives a figure. */
  killedIndependent?: { low: number; high: number | null };
}

/** A lookup table that hands out indexes in first-seen order. */
function table(values: string[]) {
  const index = new Map<string, number>();
  return (v: string) => {
    if (!index.has(v)) index.set(v, values.push(v) - 1);
    return index.get(v)!;
  };
}

const low = (r: Ends) => (r ? r.low : -1);
const spread = (r: Ends) => (r ? (r.high === null ? -1 : r.high - r.low) : 0);
const range = (l: number, h: number): Ends => (l < 0 ? undefined : { low: l, high: h < 0 ? null : l + h });

/** Encodes `/incidents/index.json`; `soleParties` gives an incident's sole claimants of the killed figure. */
export function encodeIndex(
  incidents: readonly IndexInput[],
  soleParties: (i: IndexInput) => string[],
  actorLabel: (id: string) => string | undefined = () => undefined,
): IndexFile {
  const sorted = [...incidents].sort(pointOrder);
  const f: IndexFile = {
    v: INDEX_FORMAT_VERSION, n: sorted.length, title: [], a1: [], admin1s: [], a2: [], admin2s: [], st: [], subs: [], tg: [],
    vg: [], victimGroups: [...victimGroups], wl: [], wh: [], al: [], ah: [], sc: [], pc: {}, ki: {}, actors: [], actorLabels: [],
  };
  const admin1 = table(f.admin1s);
  const admin2 = table(f.admin2s);
  const sub = table(f.subs);
  const actor = table(f.actors);
  sorted.forEach((inc, n) => {
    const { data, totals } = inc;
    f.title.push(data.title);
    f.a1.push(data.location.admin1 ? admin1(data.location.admin1) + 1 : 0);
    f.a2.push(data.location.admin2 ? admin2(data.location.admin2) + 1 : 0);
    f.st.push(data.sub_event_type ? sub(data.sub_event_type) + 1 : 0);
    f.tg.push((data.actors.targets ?? []).map(actor));
    const claims = data.claims ?? [];
    f.vg.push(claims.reduce((bits, c) => bits | (1 << victimGroups.indexOf(c.victims)), 0));
    f.wl.push(low(totals.wounded));
    f.wh.push(spread(totals.wounded));
    f.al.push(low(totals.abducted));
    f.ah.push(spread(totals.abducted));
    f.sc.push(new Set(claims.map((c) => c.source)).size);
    const p = soleParties(inc);
    if (p.length) f.pc[n] = p.map(actor);
    const all = totals.killed;
    const own = inc.independentTotals ? inc.independentTotals.killed : all;
    if (own?.low !== all?.low || own?.high !== all?.high) f.ki[n] = own ? [own.low, own.high === null ? -1 : own.high - own.low] : 0;
  });
  f.actorLabels = f.actors.map((id) => actorLabel(id) ?? id);
  return f;
}

/** Newest first, the order of the record index (date descending, then id ascending), so page 1 matches the static page. */
function newestFirst(a: MapPoint, b: MapPoint): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1;
}

/** Joins decoded points and the index file into rows, newest first, and the labels of the actors the index file names. */
export function decodeIndex(points: DecodedPoints, f: IndexFile): { rows: IndexRow[]; actorLabels: Map<string, string> } {
  if (f.v !== INDEX_FORMAT_VERSION) throw new Error(`index file format ${f.v}, expected ${INDEX_FORMAT_VERSION}`);
  if (f.n !== points.points.length) throw new Error(`index file has ${f.n} incidents, points file ${points.points.length}`);
  const groups = f.victimGroups as VictimGroup[];
  const independent = (p: MapPoint, n: number): IndexRow['killedIndependent'] => {
    const k = f.ki?.[n];
    if (k === undefined) return p.killed;
    return k === 0 ? undefined : { low: k[0], high: k[1] < 0 ? null : k[0] + k[1] };
  };
  const rows = points.points.map((p, n): IndexRow => {
    const admin1 = f.a1[n] ? f.admin1s[f.a1[n] - 1] : undefined;
    return {
      ...p,
      title: f.title[n],
      admin1,
      region: admin1 ? regionId(p.country, admin1) : undefined,
      admin2: f.a2[n] ? f.admin2s[f.a2[n] - 1] : undefined,
      subEventType: f.st[n] ? f.subs[f.st[n] - 1] : undefined,
      targets: f.tg[n].map((i) => f.actors[i]),
      victims: groups.filter((_, i) => f.vg[n] & (1 << i)),
      wounded: range(f.wl[n], f.wh[n]),
      abducted: range(f.al[n], f.ah[n]),
      sourceCount: f.sc[n],
      partyClaimants: (f.pc[n] ?? []).map((i) => f.actors[i]),
      killedIndependent: independent(p, n),
    };
  });
  return { rows: rows.sort(newestFirst), actorLabels: new Map(f.actors.map((id, i) => [id, f.actorLabels[i] ?? id])) };
}

/** What the filter reads of a row: the same facts the static rows' data attributes give. */
export function rowFacts(r: IndexRow): RowFacts {
  return {
    ...pointDated(r), country: r.country, actors: r.perpetrators, type: r.eventType, region: r.region, targets: r.targets,
    sub: r.subEventType, victims: r.victims, precision: r.geoPrecision, killed: r.killed,
  };
}

/** The rows that pass the filter, in their order (newest first). */
export function filterRows<T extends IndexRow>(rows: readonly T[], f: IncidentFilter): T[] {
  return rows.filter((r) => matches(rowFacts(r), f));
}
