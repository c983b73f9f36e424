/**
 * The options of the incident index's filter form (`components/IncidentFilter.astro`): the
 * countries, regions and actors the record names, the vocabularies in the page's words, and
 * the dates the record reaches. They read the whole record, and the form is on every page of
 * the index in both languages (2 × n/100 pages), so they are made once per record set and language.
 */
import type { RecordIndex } from '../records/record-index.ts';
import { rankBy } from '../domain/stats.ts';
import { eventTypeLabel, subEventLabel } from '../domain/labels.ts';
import { eventTaxonomy, eventTypes, geoPrecisions, victimGroups } from '../domain/vocabulary.ts';
import { dateSpan } from '../domain/date-span.ts';
import { regionId } from '../domain/regions.ts';
import { words, type Lang } from '../translations/index.ts';

export interface Option {
  value: string;
  label: string;
}
/** A select field, in the form's order: name (the URL parameter), label, "all" option, options or groups of options. */
export interface SelectField {
  name: string;
  label: string;
  all: string;
  options?: Option[];
  groups?: { label: string; options: Option[] }[];
}
export interface FilterFormOptions {
  selects: SelectField[];
  /** The date inputs reach from the oldest incident to the last day any incident's span reaches. */
  first?: string;
  last?: string;
}

const made = new WeakMap<RecordIndex, Map<Lang, FilterFormOptions>>();

export function filterFormOptions(records: RecordIndex, lang: Lang): FilterFormOptions {
  let byLang = made.get(records);
  if (!byLang) made.set(records, (byLang = new Map()));
  let options = byLang.get(lang);
  if (!options) byLang.set(lang, (options = build(records, lang)));
  return options;
}

function build(records: RecordIndex, lang: Lang): FilterFormOptions {
  const t = words(lang);
  const e = t.explore;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, lang);
  const countries = rankBy(records.incidents, (i) => [i.data.location.country])
    .map(({ id }) => ({ id, name: records.countryName(id, lang) }))
    .sort(byName);
  // First-level regions as records name them, keyed by `regionId` (the `region` parameter): "Mopti (Mali)".
  const regionNames = new Map<string, string>();
  for (const { data: { location: l } } of records.incidents) {
    if (l.admin1) regionNames.set(regionId(l.country, l.admin1), `${l.admin1} (${records.countryName(l.country, lang)})`);
  }
  const regions = [...regionNames].map(([id, name]) => ({ id, name })).sort(byName);
  const actorOptions = (ids: { id: string }[]) =>
    ids
      .map(({ id }) => {
        const a = records.actor(id);
        return { id, name: a ? (a.data.short_name ? `${a.data.short_name} (${a.data.name})` : a.data.name) : id };
      })
      .sort(byName);
  const perpetrators = actorOptions(rankBy(records.incidents, (i) => i.data.actors.perpetrators));
  const targets = actorOptions(rankBy(records.incidents, (i) => i.data.actors.targets));
  const opts = (list: { id: string; name: string }[]): Option[] => list.map((x) => ({ value: x.id, label: x.name }));
  const selects: SelectField[] = [
    { name: 'country', label: e.country, all: e.allCountries, options: opts(countries) },
    { name: 'region', label: e.region, all: e.allRegions, options: opts(regions) },
    { name: 'actor', label: e.perpetrator, all: e.allPerpetrators, options: opts(perpetrators) },
    { name: 'target', label: e.target, all: e.allTargets, options: opts(targets) },
    { name: 'type', label: e.type, all: e.allTypes, options: eventTypes.map((x) => ({ value: x, label: eventTypeLabel(x, lang) })) },
    {
      name: 'sub', label: e.sub, all: e.allSubs,
      groups: eventTypes.map((x) => ({ label: eventTypeLabel(x, lang), options: eventTaxonomy[x].map((v) => ({ value: v, label: subEventLabel(v, lang) })) })),
    },
    { name: 'victims', label: e.victims, all: e.allVictims, options: victimGroups.map((v) => ({ value: v, label: t.victims[v] })) },
    { name: 'precision', label: e.precision, all: e.allPrecisions, options: geoPrecisions.map((p) => ({ value: p, label: e.precisionNames[p] })) },
  ];
  const first = records.incidents.at(-1)?.data.date;
  const last = records.incidents.map((i) => dateSpan(i.data).last).sort().at(-1);
  return { selects, first, last };
}
