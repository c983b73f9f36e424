/**
 * Indexes over the validated records that every page, map, feed and export asks of:
 * lookups by id, incidents by country, actor, source and period, ranges, and neighbours.
 * Built once per build; every query is a map lookup or a spatial-index search, so the cost
 * grows linearly with the record (no incident is compared with every other).
 */
import type { Lang } from '../translations/index.ts';
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { ActorData } from '../schemas/actor.ts';
import type { AreaData } from '../schemas/area.ts';
import type { CountryData } from '../schemas/country.ts';
import type { IncidentData } from '../schemas/incident.ts';
import type { SourceData } from '../schemas/source.ts';
import type { PlaceData } from '../schemas/place.ts';
import type { Rec } from './record.ts';
import { addDays } from '../domain/dates.ts';
import { monthKnown, spanMonths, spanYears } from '../domain/date-span.ts';
import { distanceKm as haversineKm } from '../domain/geo.ts';
import { independentClaims, measures, totalRange, type Measure, type Range } from '../domain/ranges.ts';
import { actorLabel } from '../domain/labels.ts';

export type { Rec };
export type Incident = Rec<IncidentData> & {
  /** Each measure over every claim, parties' included (exports, maps, search keep reading this). */
  totals: Record<Measure, Range | undefined>;
  /** Each measure over independent claims only (no `claimed_by`), by the same range rule. */
  independentTotals: Record<Measure, Range | undefined>;
};
export type Actor = Rec<ActorData>;
export type Country = Rec<CountryData>;
export type Source = Rec<SourceData>;
export type Area = Rec<AreaData>;
export type Place = Rec<PlaceData>;

export interface RecordInput {
  incidents: Rec<IncidentData>[];
  actors: Actor[];
  countries: Country[];
  sources: Source[];
  areas: Area[];
  /** The record's gazetteer; optional for indexes built without it (tests, exports). */
  places?: Place[];
}

function groupBy<T>(items: T[], keys: (t: T) => Iterable<string>): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const list = m.get(k);
      if (list) list.push(item);
      else m.set(k, [item]);
    }
  }
  return m;
}

/** Newest first; ties by id so the order is stable from build to build. */
function newestFirst(a: Rec<IncidentData>, b: Rec<IncidentData>): number {
  return a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.id < b.id ? -1 : 1;
}

const totalsOf = (claims: IncidentData['claims']) => Object.fromEntries(measures.map((m) => [m, totalRange(claims, m)])) as Incident['totals'];

export function buildRecordIndex(input: RecordInput) {
  // Withdrawn incidents keep their page and nothing else: they are in no list, map, total or download.
  const withTotals: Incident[] = input.incidents
    .map((r) => ({ ...r, totals: totalsOf(r.data.claims), independentTotals: totalsOf(independentClaims(r.data.claims)) }))
    .sort(newestFirst);
  const incidents = withTotals.filter((i) => !i.data.withdrawn);
  const withdrawn = withTotals.filter((i) => i.data.withdrawn);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((r) => [r.id, r]));
  const incidentById = byId(incidents);
  const actorById = byId(input.actors);
  const countryById = byId(input.countries);
  const sourceById = byId(input.sources);

  // Old ids of renamed or merged records, each with the record that replaced it.
  const replaced = new Map(incidents.flatMap((i) => i.data.replaces.map((old) => [old, i] as const)));
  const byCountry = groupBy(incidents, (i) => [i.data.location.country]);
  const byPerpetrator = groupBy(incidents, (i) => i.data.actors.perpetrators);
  const byTarget = groupBy(incidents, (i) => i.data.actors.targets);
  const byInvolved = groupBy(incidents, (i) => [...i.data.actors.perpetrators, ...i.data.actors.targets]);
  const bySource = groupBy(incidents, (i) => i.data.claims.map((c) => c.source));
  // Periods by date span: an incident is in every year and month its span overlaps; one
  // known only to the year is in no month (it is listed apart, never in January).
  const byYear = groupBy(incidents, (i) => spanYears(i.data));
  const byMonth = groupBy(incidents, (i) => spanMonths(i.data));
  const monthUnknown = groupBy(incidents, (i) => (monthKnown(i.data) ? [] : spanYears(i.data)));
  const areasByActor = groupBy([...input.areas].sort((a, b) => (a.data.as_of < b.data.as_of ? -1 : 1)), (a) => [a.data.actor]);
  const areasBySource = groupBy(input.areas, (a) => a.data.sources);
  const affiliatesOf = new Map<string, { actor: Actor; relation: ActorData['affiliations'][number]['relation'] }[]>();
  for (const a of input.actors) {
    for (const af of a.data.affiliations) {
      const list = affiliatesOf.get(af.actor) ?? [];
      list.push({ actor: a, relation: af.relation });
      affiliatesOf.set(af.actor, list);
    }
  }

  // Spatial index for "incidents nearby"; built lazily because most pages never ask.
  let kd: KDBush | undefined;
  const spatial = () => {
    if (!kd) {
      kd = new KDBush(incidents.length || 1);
      for (const i of incidents) kd.add(i.data.location.lon, i.data.location.lat);
      kd.finish();
    }
    return kd;
  };

  return {
    incidents,
    actors: [...input.actors].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    countries: [...input.countries].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    sources: [...input.sources].sort((a, b) => (a.data.published < b.data.published ? 1 : -1)),
    areas: input.areas,
    places: input.places ?? [],
    incident: (id: string) => incidentById.get(id),
    /** Incidents withdrawn as false, newest first: their pages say so; nothing else counts them. */
    withdrawn,
    replaced,
    actor: (id: string) => actorById.get(id),
    country: (id: string) => countryById.get(id),
    /** The actor's short name or name, or the id when there is no such actor. */
    actorLabel: (id: string) => actorLabel(id, actorById.get(id)?.data),
    /** The country's name, or the id when there is no such country. */
    /** A country's name in a language: its `name_fr` in French where the record has one. */
    countryName: (id: string, lang: Lang = 'en') => {
      const c = countryById.get(id)?.data;
      return (lang === 'fr' && c?.name_fr) || c?.name || id;
    },
    source: (id: string) => sourceById.get(id),
    /** Newest incident date in the record (the "now" of headline figures, not the clock). */
    latestDate: incidents[0]?.data.date,
    inCountry: (iso3: string) => byCountry.get(iso3) ?? [],
    byPerpetrator: (actor: string) => byPerpetrator.get(actor) ?? [],
    targeting: (actor: string) => byTarget.get(actor) ?? [],
    /** Incidents with the actor as perpetrator or target, newest first (each once). */
    involving: (actor: string) => byInvolved.get(actor) ?? [],
    citing: (source: string) => bySource.get(source) ?? [],
    /** Incidents whose span overlaps the year (`inMonth` likewise for a month). */
    inYear: (year: string) => byYear.get(year) ?? [],
    inMonth: (yyyyMm: string) => byMonth.get(yyyyMm) ?? [],
    /** Incidents of the year known only to the year ("2025, month unknown"). */
    monthUnknownIn: (year: string) => monthUnknown.get(year) ?? [],
    years: [...byYear.keys()].sort().reverse(),
    months: [...byMonth.keys()].sort().reverse(),
    /** An actor's areas, oldest first. */
    areasOf: (actor: string) => areasByActor.get(actor) ?? [],
    areasCiting: (source: string) => areasBySource.get(source) ?? [],
    /** Actors that name this one in their affiliations, with the relation they state. */
    affiliatesOf: (actor: string) => affiliatesOf.get(actor) ?? [],
    /** Incidents since `days` before the newest incident date. */
    lastDays(days: number): Incident[] {
      if (!this.latestDate) return [];
      const from = addDays(this.latestDate, -days);
      return incidents.filter((i) => i.data.date > from);
    },
    /** Other incidents within `km` of this one, nearest first. */
    nearby(incident: Incident, km = 100, limit = 10): { incident: Incident; km: number }[] {
      const { lon, lat } = incident.data.location;
      const found = around(spatial(), lon, lat, limit + 1, km) as number[];
      return found
        .map((idx) => incidents[idx])
        .filter((i) => i.id !== incident.id)
        .slice(0, limit)
        .map((i) => ({ incident: i, km: haversineKm(lat, lon, i.data.location.lat, i.data.location.lon) }));
    },
    /** Incidents by a shared perpetrator within `days` either side, nearest in time first. */
    related(incident: Incident, days = 45, limit = 10): Incident[] {
      const from = addDays(incident.data.date, -days);
      const to = addDays(incident.data.date, days);
      const t = Date.parse(incident.data.date);
      const gap = (i: Incident) => Math.abs(Date.parse(i.data.date) - t);
      const seen = new Set<string>([incident.id]);
      const out: Incident[] = [];
      for (const p of incident.data.actors.perpetrators) {
        if (p === 'unknown') continue;
        // Lists are newest first. Find this date by binary search, then walk outwards, nearest
        // in time first, and stop after `limit` finds: the cost no longer grows with how busy
        // the perpetrator was in those weeks.
        const list = byPerpetrator.get(p) ?? [];
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid].data.date > incident.data.date) lo = mid + 1;
          else hi = mid;
        }
        let newer = lo - 1;
        let older = lo;
        for (let found = 0; found < limit; ) {
          const canNewer = newer >= 0 && list[newer].data.date <= to;
          const canOlder = older < list.length && list[older].data.date >= from;
          if (!canNewer && !canOlder) break;
          const next = canNewer && (!canOlder || gap(list[newer]) <= gap(list[older])) ? list[newer--] : list[older++];
          if (seen.has(next.id)) continue;
          seen.add(next.id);
          out.push(next);
          found++;
        }
      }
      return out.sort((a, b) => gap(a) - gap(b)).slice(0, limit);
    },
  };
}

export type RecordIndex = ReturnType<typeof buildRecordIndex>;

