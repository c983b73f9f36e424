/**
 * Synthetic but realistic incident records for the scale benchmark: real towns across Mali,
 * Burkina Faso, Niger, Nigeria, Togo and Benin, the real actors and countries of `content/`,
 * one to four claims with exact, "at least" and ranged figures, tags and a paragraph of text,
 * dated 2017-2025 with more incidents in later years. A fixed seed makes runs comparable.
 *
 * Claims cite the real sources now and then and otherwise synthetic news sources (one per
 * twenty incidents or so), so source pages have the sizes a real record would give them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { eventTaxonomy, type EventType } from '../../src/domain/vocabulary.ts';
import { checkPointInCountry } from '../../src/records/borders.ts';
import { listFiles, readRecord } from '../../src/records/read-records.ts';
import { placesByCountry, type Place } from './places.ts';
import { distanceKm } from '../../src/domain/geo.ts';
import { DAY_MS } from '../../src/domain/dates.ts';
import { DUPLICATE_KM } from '../../src/records/duplicates.ts';
import { validateContent } from '../../src/records/validate.ts';
import { seededRandom, type Random } from './random.ts';

export const DEFAULT_SEED = 20250601;

export interface GeneratedFile {
  /** Path relative to the content folder, e.g. `incidents/2024/2024-03-02-djibo-attack.md`. */
  path: string;
  text: string;
}

interface ActorInfo {
  id: string;
  label: string;
}

/** Who commits violence where, weighted roughly as in the reports (ids missing from content/ are dropped). */
const perpetratorsByCountry: Record<string, [string, number][]> = {
  mli: [['jnim', 5], ['is-sahel', 2], ['katiba-macina', 1], ['fla', 0.6], ['fama', 1.2], ['africa-corps', 0.8], ['unknown', 1]],
  bfa: [['jnim', 6], ['is-sahel', 1.5], ['fabf', 1.2], ['vdp', 1], ['koglweogo', 0.3], ['unknown', 1]],
  ner: [['is-sahel', 3], ['jnim', 2], ['lakurawa', 1], ['fan', 0.8], ['toubou-tribal-army', 0.3], ['boko-haram', 0.7], ['iswap', 0.7], ['unknown', 0.8]],
  nga: [['boko-haram', 3], ['iswap', 3], ['lakurawa', 1.5], ['ansaru', 0.5], ['unknown', 1.5]],
  tgo: [['jnim', 4], ['fat', 0.5], ['unknown', 0.5]],
  ben: [['jnim', 4], ['unknown', 0.5]],
};
const stateForces: Record<string, string[]> = { mli: ['fama', 'africa-corps'], bfa: ['fabf', 'vdp'], ner: ['fan'], tgo: ['fat'], nga: [], ben: [] };
const countryWeights: [string, number][] = [['mli', 30], ['bfa', 30], ['ner', 14], ['nga', 16], ['tgo', 5], ['ben', 5]];
const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const tagPool = ['ied', 'ambush', 'base-overrun', 'motorbikes', 'market', 'convoy', 'landmine', 'drone', 'checkpoint', 'gold-mine', 'displacement', 'hostages', 'looting', 'cattle-theft', 'mosque', 'school', 'road-blockade', 'reprisal'];
const notes = ['figure from a local official', 'toll rose over the following days', 'group media claim', 'army communiqué', 'figure from residents reached by phone', 'includes people who died of their wounds', 'bodies found after the attack'];
const publishers = ['Synthetic Wire', 'Sahel Bench Monitor', 'Example Daily', 'Benchmark Radio', 'Test Press Agency'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Reads the real actors, countries and sources that the synthetic records refer to. */
export function readReferenceData(contentDir: string) {
  const read = (dir: string) => listFiles(join(contentDir, dir)).filter((f) => f.endsWith('.md')).map((f) => readRecord(contentDir, f));
  const actors = new Map<string, ActorInfo>();
  for (const r of read('actors')) {
    const d = (r.data ?? {}) as { name?: string; short_name?: string };
    actors.set(r.id, { id: r.id, label: d.short_name ?? d.name ?? r.id });
  }
  const countries = new Set(read('countries').map((r) => r.id));
  const sources = read('sources').map((r) => r.id);
  return { actors, countries, sources };
}

export function slug(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
}

const q = (s: string) => JSON.stringify(s);
const pad = (n: number) => String(n).padStart(2, '0');

/** A figure in one of the three forms the contract allows. */
function figure(rnd: Random, median: number): string {
  const base = Math.max(0, Math.round(Math.exp(rnd.normal() * 1.1 + Math.log(median))));
  const form = rnd.next();
  if (form < 0.6) return String(base);
  if (form < 0.85) return `{min: ${base}}`;
  return `{min: ${base}, max: ${base + rnd.int(1, Math.max(2, base))}}`;
}

/** Towns weigh a little more than villages, but most violence is rural: a capital is only ~5× as likely as a village. */
function pickPlace(rnd: Random, places: Place[]): Place {
  return rnd.weighted(places.map((p) => [p, (p.population + 5000) ** 0.3] as const));
}

/** Generates `count` incidents (and the synthetic sources they cite), deterministically from `seed`. */
export function generateRecords(referenceDir: string, count: number, seed = DEFAULT_SEED): { incidents: GeneratedFile[]; sources: GeneratedFile[] } {
  const rnd = seededRandom(seed);
  const ref = readReferenceData(referenceDir);
  const places = placesByCountry();
  const has = (id: string) => ref.actors.has(id);
  const label = (id: string) => ref.actors.get(id)?.label ?? id;
  const countries = countryWeights.filter(([c]) => ref.countries.has(c) && (places.get(c)?.length ?? 0) > 0);
  if (countries.length === 0) throw new Error(`no benchmark country (mli, bfa, ner, nga, tgo, ben) has a record in ${referenceDir}/countries`);
  if (!has('unknown')) throw new Error(`the benchmark needs an "unknown" actor in ${referenceDir}/actors`);

  const sourceCount = Math.max(5, Math.ceil(count / 20));
  const sources: GeneratedFile[] = [];
  const sourceIds: string[] = [];
  for (let i = 1; i <= sourceCount; i++) {
    const id = `bench-news-${String(i).padStart(5, '0')}`;
    const y = rnd.pick(years);
    sourceIds.push(id);
    sources.push({
      path: `sources/${id}.md`,
      text: `---\ntitle: ${q(`Synthetic news report ${i}`)}\npublisher: ${q(rnd.pick(publishers))}\npublished: "${y}-${pad(rnd.int(1, 12))}"\nurl: https://example.org/bench/${i}\nkind: news\nlanguage: en\n---\nA synthetic source generated for the scale benchmark.\n`,
    });
  }

  const yearWeights = years.map((y, i) => [y, 1 + i * 0.6] as const);
  const used = new Set<string>();
  // Day-precision incidents by day number, to mark look-alikes as distinct (see below).
  const byDay = new Map<number, { id: string; perpetrators: string[]; lat: number; lon: number }[]>();
  for (const r of validateContent(dirname(referenceDir), basename(referenceDir)).records.incidents) {
    if (r.data.date_precision !== 'day') continue;
    const d = Date.parse(r.data.date) / DAY_MS;
    byDay.set(d, [...(byDay.get(d) ?? []), { id: r.id, perpetrators: r.data.actors.perpetrators, lat: r.data.location.lat, lon: r.data.location.lon }]);
  }
  const incidents: GeneratedFile[] = [];
  for (let n = 0; n < count; n++) {
    const country = rnd.weighted(countries);
    let place = pickPlace(rnd, places.get(country)!);
    let precision = 'town';
    const name = place.name;
    // Half the incidents happen in villages or on roads near a town: move the point a little.
    if (rnd.chance(0.5)) {
      const lat = +(place.lat + (rnd.next() - 0.5) * 0.2).toFixed(4);
      const lon = +(place.lon + (rnd.next() - 0.5) * 0.2).toFixed(4);
      // Known to the spot near the town, or only to the town's district, which a record places at
      // the district's seat (the town): many incidents then share that point, as in real records.
      precision = rnd.pick(['exact', 'district']);
      if (precision === 'exact') {
        // Named after the town, so every synthetic place is in the gazetteer as real ones must be.
        if (checkPointInCountry(country, lat, lon).ok === true) place = { ...place, lat, lon };
        else precision = 'town';
      }
    }

    const perpChoices = perpetratorsByCountry[country].filter(([id]) => has(id));
    const perp = perpChoices.length ? rnd.weighted(perpChoices) : 'unknown';
    const perpetrators = [perp];
    if (perp !== 'unknown' && rnd.chance(0.08)) {
      const other = rnd.weighted(perpChoices);
      if (other !== perp && other !== 'unknown') perpetrators.push(other);
    }
    const isState = stateForces[country].includes(perp);
    const eventType: EventType = isState
      ? rnd.weighted([['violence-against-civilians', 5], ['battles', 4], ['explosions-remote-violence', 1]] as const)
      : rnd.weighted([['battles', 35], ['violence-against-civilians', 35], ['explosions-remote-violence', 20], ['strategic-developments', 10]] as const);
    const subTypes: Record<EventType, [string, number][]> = {
      battles: [['armed-clash', 8], ['non-state-actor-overtakes-territory', isState ? 0 : 1], ['government-regains-territory', isState ? 1 : 0]],
      'violence-against-civilians': [['attack', 7], ['abduction-forced-disappearance', 2.5], ['sexual-violence', 0.5]],
      'explosions-remote-violence': isState ? [['air-drone-strike', 1]] : [['remote-explosive-landmine-ied', 6], ['suicide-bomb', 1], ['shelling-artillery-missile-attack', 2]],
      'strategic-developments': [['looting-property-destruction', 5], ['change-to-group-activity', 2], ['headquarters-or-base-established', 1]],
      protests: [['peaceful-protest', 1]],
      riots: [['mob-violence', 1]],
    };
    const sub = rnd.weighted(subTypes[eventType].filter(([, w]) => w > 0));
    if (!(eventTaxonomy[eventType] as readonly string[]).includes(sub)) throw new Error(`generator bug: ${sub} is not a ${eventType} sub-event`);
    const targets = eventType === 'battles' || eventType === 'explosions-remote-violence'
      ? isState
        ? [rnd.weighted(perpChoices.filter(([id]) => !stateForces[country].includes(id) && id !== 'unknown').concat([['unknown', 0.01]]))]
        : stateForces[country].filter(has).filter((_, i) => i === 0 || rnd.chance(0.3))
      : [];

    const year = rnd.weighted(yearWeights);
    const datePrecision = rnd.weighted([['day', 85], ['week', 7], ['month', 6], ['year', 2]] as const);
    const month = datePrecision === 'year' ? 1 : rnd.int(1, 12);
    const day = datePrecision === 'year' || datePrecision === 'month' ? 1 : rnd.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const endDate = datePrecision === 'day' && rnd.chance(0.05) ? new Date(Date.UTC(year, month - 1, day + rnd.int(1, 3))).toISOString().slice(0, 10) : undefined;

    const kindWord = { 'armed-clash': 'clash', 'non-state-actor-overtakes-territory': 'seizure', 'government-regains-territory': 'recapture', attack: 'attack', 'abduction-forced-disappearance': 'abduction', 'sexual-violence': 'assault', 'remote-explosive-landmine-ied': 'ied', 'suicide-bomb': 'suicide-bombing', 'shelling-artillery-missile-attack': 'shelling', 'air-drone-strike': 'drone-strike', 'looting-property-destruction': 'looting', 'change-to-group-activity': 'group-activity', 'headquarters-or-base-established': 'base' }[sub] ?? 'event';
    let id = `${date}-${slug(place.name)}-${kindWord}`;
    for (let k = 2; used.has(id); k++) id = `${date}-${slug(place.name)}-${kindWord}-${k}`;
    used.add(id);

    // Synthetic events that look alike (a shared perpetrator, within a day and 25 km) are
    // different events: mark them distinct, as a contributor would, so validation passes.
    const distinctFrom: string[] = [];
    if (datePrecision === 'day') {
      const dayNumber = Date.parse(date) / DAY_MS;
      for (const d of [dayNumber - 1, dayNumber, dayNumber + 1]) {
        for (const o of byDay.get(d) ?? []) {
          if (o.perpetrators.some((p) => p !== 'unknown' && perpetrators.includes(p)) && distanceKm(o.lat, o.lon, place.lat, place.lon) <= DUPLICATE_KM) distinctFrom.push(o.id);
        }
      }
      byDay.set(dayNumber, [...(byDay.get(dayNumber) ?? []), { id, perpetrators, lat: place.lat, lon: place.lon }]);
    }

    const P = label(perp);
    const T = targets.length ? label(targets[0]) : 'the army';
    const title = {
      'armed-clash': `${P} fighters clash with ${T} near ${place.name}`,
      'non-state-actor-overtakes-territory': `${P} takes control of ${place.name}`,
      'government-regains-territory': `${P} retakes ${place.name}`,
      attack: `${P} attack on civilians in ${place.name}`,
      'abduction-forced-disappearance': `Villagers abducted near ${place.name}`,
      'sexual-violence': `Sexual violence reported near ${place.name}`,
      'remote-explosive-landmine-ied': `Roadside bomb hits a convoy near ${place.name}`,
      'suicide-bomb': `Suicide bombing in ${place.name}`,
      'shelling-artillery-missile-attack': `Mortar fire on ${place.name}`,
      'air-drone-strike': `Drone strike near ${place.name}`,
      'looting-property-destruction': `${P} loots and burns the market of ${place.name}`,
      'change-to-group-activity': `${P} imposes a blockade on ${place.name}`,
      'headquarters-or-base-established': `${P} sets up a base near ${place.name}`,
    }[sub] ?? `Incident in ${place.name}`;

    const happened = {
      'armed-clash': `${P} fighters clashed with ${T} near ${place.name}`,
      'non-state-actor-overtakes-territory': `${P} fighters took control of ${place.name}`,
      'government-regains-territory': `${P} retook ${place.name}`,
      attack: `${P} fighters attacked civilians in ${place.name}`,
      'abduction-forced-disappearance': `armed men abducted villagers near ${place.name}`,
      'sexual-violence': `armed men assaulted women near ${place.name}`,
      'remote-explosive-landmine-ied': `a roadside bomb hit a convoy near ${place.name}`,
      'suicide-bomb': `a suicide bomber struck in ${place.name}`,
      'shelling-artillery-missile-attack': `mortar rounds fell on ${place.name}`,
      'air-drone-strike': `a drone strike hit a gathering near ${place.name}`,
      'looting-property-destruction': `${P} fighters looted and burned the market of ${place.name}`,
      'change-to-group-activity': `${P} imposed a blockade on ${place.name}`,
      'headquarters-or-base-established': `${P} set up a base near ${place.name}`,
    }[sub] ?? `an incident took place in ${place.name}`;
    const victims = eventType === 'violence-against-civilians' ? 'civilian' : eventType === 'strategic-developments' ? 'unknown' : rnd.weighted([['military', 5], ['mixed', 2], ['militant', 2], ['civilian', 1]] as const);
    const median = eventType === 'strategic-developments' ? 1 : eventType === 'battles' ? 8 : 5;
    const claimCount = rnd.weighted([[1, 45], [2, 30], [3, 17], [4, 8]] as const);
    const claims: string[] = [];
    for (let c = 0; c < claimCount; c++) {
      const source = rnd.chance(0.05) ? rnd.pick(ref.sources) : rnd.pick(sourceIds);
      const lines = [`  - source: ${source}`];
      if (rnd.chance(0.15)) lines.push(`    claimed_by: ${perp}`);
      else if (targets.length && rnd.chance(0.15)) lines.push(`    claimed_by: ${targets[0]}`);
      lines.push(`    victims: ${victims}`);
      if (eventType !== 'strategic-developments' || rnd.chance(0.3)) lines.push(`    killed: ${figure(rnd, median)}`);
      if (rnd.chance(0.3)) lines.push(`    wounded: ${figure(rnd, median)}`);
      if (sub === 'abduction-forced-disappearance' || rnd.chance(0.05)) lines.push(`    abducted: ${figure(rnd, 10)}`);
      if (rnd.chance(0.2)) lines.push(`    note: ${q(rnd.pick(notes))}`);
      claims.push(lines.join('\n'));
    }
    const tags = Array.from(new Set(Array.from({ length: rnd.int(0, 3) }, () => rnd.pick(tagPool))));
    const aliases = place.aliases.length && rnd.chance(0.6) ? place.aliases : [];

    const when = datePrecision === 'year' ? `In ${year}` : datePrecision === 'month' ? `In ${months[month - 1]} ${year}` : datePrecision === 'week' ? `In the week of ${day} ${months[month - 1]} ${year}` : `On ${day} ${months[month - 1]} ${year}`;
    const body = [
      `${when}, ${rnd.pick(['according to local sources', 'residents said', 'reports say', 'the sources agree'])}, ${happened}${place.admin1 && place.admin1 !== place.name ? ` in the ${place.admin1} region` : ''}.`,
      rnd.pick([
        `Fighters arrived on motorbikes in the early morning and left before reinforcements came.`,
        `The attack followed weeks of threats against the villages around ${place.name} and a blockade of the roads leading to it.`,
        `Witnesses describe a coordinated assault from several directions, with heavy weapons and at least one vehicle.`,
        `The area has seen repeated raids this year, and many families had already left for the nearest town.`,
      ]),
      claimCount > 1
        ? `The ${claimCount} accounts disagree on the toll; the figures below list each of them rather than choosing one.`
        : `Only one account gives a figure, and it has not been confirmed independently.`,
      rnd.pick([
        `${P} has been active in ${place.admin1 ?? 'the region'} for several years.`,
        `No group had claimed responsibility when the reports were published.`,
        `Humanitarian groups reported new displacement in the following days.`,
        `The authorities announced an investigation, whose findings have not been published.`,
      ]),
    ].join(' ');

    const fm = [
      '---',
      `title: ${q(title)}`,
      `date: ${date}`,
      `date_precision: ${datePrecision}`,
      ...(endDate ? [`end_date: ${endDate}`] : []),
      `event_type: ${eventType}`,
      `sub_event_type: ${sub}`,
      'location:',
      `  name: ${q(name)}`,
      ...(aliases.length ? [`  aliases: [${aliases.map(q).join(', ')}]`] : []),
      ...(place.admin1 ? [`  admin1: ${q(place.admin1)}`] : []),
      `  country: ${country}`,
      `  lat: ${place.lat}`,
      `  lon: ${place.lon}`,
      `  precision: ${precision}`,
      'actors:',
      `  perpetrators: [${perpetrators.join(', ')}]`,
      ...(targets.length ? [`  targets: [${targets.join(', ')}]`] : []),
      'claims:',
      ...claims,
      ...(tags.length ? [`tags: [${tags.join(', ')}]`] : []),
      ...(distinctFrom.length ? [`distinct_from: [${distinctFrom.join(', ')}]`] : []),
      '---',
      body,
      '',
    ];
    incidents.push({ path: `incidents/${year}/${id}.md`, text: fm.join('\n') });
  }
  return { incidents, sources };
}

export function writeFiles(contentDir: string, files: GeneratedFile[]): void {
  const made = new Set<string>();
  for (const f of files) {
    const full = join(contentDir, f.path);
    const dir = dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(full, f.text);
  }
}
