/**
 * The query parameters of every filtered view, in one place: the incident index (`/incidents/`),
 * the search page (`/search/`) and the maps' date range all read and write these names, and
 * their values are codes, never words: `country=mli`, `actor=jnim`, `type=battles`,
 * `region=bfa-centre-nord` (`regions.ts`), `from=2025-01-01`. A shared link is therefore the
 * same filter on every page, in every language.
 */
export const filterParams = {
  /** Country code (ISO 3166-1 alpha-3, lower case). */
  country: 'country',
  /** First-level region id, `regionId(country, admin1)`. */
  region: 'region',
  /** Actor id of a perpetrator. */
  actor: 'actor',
  /** Actor id of a target. */
  target: 'target',
  /** Event type code. */
  type: 'type',
  /** Sub-event type code. */
  sub: 'sub',
  /** Victim group code: the incident has a claim counting that group. */
  victims: 'victims',
  /** Location precision code. */
  precision: 'precision',
  /** Bounds of the killed range, whole numbers; an incident matches when its range overlaps. */
  killedMin: 'killed_min',
  killedMax: 'killed_max',
  /** ISO dates, inclusive; an incident matches when its date span overlaps. */
  from: 'from',
  to: 'to',
} as const;

export type FilterParam = (typeof filterParams)[keyof typeof filterParams];

/** The parameters in the order a query string writes them, so equal filters give equal URLs. */
export const filterParamOrder: readonly FilterParam[] = Object.values(filterParams);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const code = /^[a-z0-9-]{1,80}$/;
const count = /^\d{1,9}$/;

/** What a well-formed value of each parameter looks like; anything else is dropped, not trusted. */
export const paramPattern: Record<FilterParam, RegExp> = {
  country: code,
  region: code,
  actor: code,
  target: code,
  type: code,
  sub: code,
  victims: code,
  precision: code,
  killed_min: count,
  killed_max: count,
  from: isoDay,
  to: isoDay,
};
