import { describe, expect, it } from 'vitest';
import { incidentSearchFields } from '../../src/build/search-fields.ts';
import { buildRecordIndex, type Rec } from '../../src/records/record-index.ts';
import { incidentSchema, type IncidentData, type IncidentInput } from '../../src/schemas/incident.ts';
import { actorSchema, type ActorData } from '../../src/schemas/actor.ts';
import type { CountryData } from '../../src/schemas/country.ts';

function incident(id: string, over: Partial<IncidentInput> = {}): Rec<IncidentData> {
  const data = incidentSchema.parse({
    title: 'JNIM assault on the Boulkessi military base',
    date: id.slice(0, 10),
    event_type: 'battles',
    location: { name: 'Boulkessi', aliases: ['Boulikessi', 'Boulkessy'], admin1: 'Mopti', admin2: 'Douentza', country: 'mli', lat: 15.0, lon: -2.95, precision: 'district' },
    actors: { perpetrators: ['jnim', 'katiba-macina'] },
    claims: [{ source: 's1', victims: 'military', killed: { min: 30 } }, { source: 's2', victims: 'military', killed: 100 }],
    ...over,
  } satisfies IncidentInput);
  return { id, file: `content/incidents/${id.slice(0, 4)}/${id}.md`, data, body: '' };
}

const actor = (id: string, name: string, short?: string) => ({ id, file: '', body: '', data: actorSchema.parse({ name, short_name: short, kind: 'jihadist' }) as ActorData });

function index(incidents: Rec<IncidentData>[]) {
  return buildRecordIndex({
    incidents,
    actors: [actor('jnim', "Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM'), actor('katiba-macina', 'Katiba Macina')],
    countries: [{ id: 'mli', file: '', body: '', data: { name: 'Mali' } as CountryData }],
    sources: [],
    areas: [],
  });
}

describe('search fields of an incident page', () => {
  const records = index([incident('2025-06-01-boulkessi-base-assault'), incident('2018-01-01-no-toll', { claims: [{ source: 's1' }], date_precision: 'year' })]);
  const f = incidentSearchFields(records.incident('2025-06-01-boulkessi-base-assault')!, records);

  it('filters by the codes of every filtered view: country, region id, each perpetrator, event type; and year and month', () => {
    expect(f.filters).toEqual([
      ['kind', 'incident'],
      ['country', 'mli'],
      ['region', 'mli-mopti'],
      ['actor', 'jnim'],
      ['actor', 'katiba-macina'],
      ['type', 'battles'],
      ['year', '2025'],
      ['month', '2025-06'],
    ]);
  });

  it('files a year-only incident under its year and no month, never January', () => {
    const r = index([incident('2025-01-01-year-only', { date_precision: 'year' })]);
    const g = incidentSearchFields(r.incident('2025-01-01-year-only')!, r);
    expect(g.filters.filter(([name]) => name === 'year' || name === 'month')).toEqual([['year', '2025']]);
  });

  it('files a week that runs into the next month under both months, and a month-precision incident under its month', () => {
    const r = index([
      incident('2022-05-30-week', { date_precision: 'week' }),
      incident('2025-12-29-new-year-week', { date_precision: 'week' }),
      incident('2025-05-01-may', { date_precision: 'month' }),
    ]);
    const dates = (id: string) => incidentSearchFields(r.incident(id)!, r).filters.filter(([name]) => name === 'year' || name === 'month');
    expect(dates('2022-05-30-week')).toEqual([['year', '2022'], ['month', '2022-05'], ['month', '2022-06']]);
    expect(dates('2025-12-29-new-year-week')).toEqual([['year', '2025'], ['year', '2026'], ['month', '2025-12'], ['month', '2026-01']]);
    expect(dates('2025-05-01-may')).toEqual([['year', '2025'], ['month', '2025-05']]);
  });

  it('sorts by a date key that is a plain number, so Pagefind orders it numerically', () => {
    expect(f.sort.date).toBe('20250601');
    expect(Number.isInteger(Number(f.sort.date))).toBe(true);
  });

  it('sorts by the high end of the killed range and shows the range itself', () => {
    expect(f.sort.killed).toBe('100');
    expect(f.meta.killed).toBe('30–100');
  });

  it('gives an incident without any toll a sort key of 0 but shows "unknown", never 0', () => {
    const g = incidentSearchFields(records.incident('2018-01-01-no-toll')!, records);
    expect(g.sort.killed).toBe('0');
    expect(g.meta.killed).toBe('unknown');
    expect(g.meta.date).toBe('2018 (day and month unknown)');
  });

  it('shows title, date, place and perpetrators in results', () => {
    expect(f.meta).toMatchObject({
      title: 'JNIM assault on the Boulkessi military base',
      date: '1 June 2025',
      place: 'Boulkessi, Mopti, Mali',
      perpetrators: 'JNIM, Katiba Macina',
    });
  });

  it('indexes every spelling of the place and its admin regions', () => {
    expect(f.placeWords).toEqual(['Boulkessi', 'Boulikessi', 'Boulkessy', 'Douentza', 'Mopti']);
    expect(f.placeText).toBe('Boulkessi, also written Boulikessi, Boulkessy. Douentza, Mopti');
  });

  it('does not repeat a place that is also the country name', () => {
    const r = index([incident('2020-01-01-coup', { location: { name: 'Mali', country: 'mli', lat: 12.6, lon: -8, precision: 'country' } })]);
    expect(incidentSearchFields(r.incident('2020-01-01-coup')!, r).meta.place).toBe('Mali');
  });
});

describe('search fields of a French incident page', () => {
  const timbuktu = incident('2025-06-02-timbuktu-attack', {
    location: { name: 'Timbuktu', name_fr: 'Tombouctou', aliases: ['Tombouktou'], admin1: 'Tombouctou', country: 'mli', lat: 16.77, lon: -3.0, precision: 'town' },
    sub_event_type: 'armed-clash',
    tags: ['ambush', 'unknown-tag'],
  } as Partial<IncidentInput>);
  const records = index([timbuktu]);
  const fr = incidentSearchFields(records.incident(timbuktu.id)!, records, 'fr');
  const en = incidentSearchFields(records.incident(timbuktu.id)!, records, 'en');

  it('names the place as French readers do, and indexes every spelling in both languages', () => {
    expect(fr.meta.place).toBe('Tombouctou, Mali');
    expect(fr.placeText).toBe('Tombouctou, aussi écrit Timbuktu, Tombouktou.');
    // The region (Tombouctou) is named after the town: English pages still say it, French ones already did.
    expect(en.placeText).toBe('Timbuktu, also written Tombouctou, Tombouktou. Tombouctou');
    expect(fr.placeWords).toEqual(en.placeWords);
  });

  it('says what happened in the page language, so "embuscade" finds an ambush; tags without words are left out', () => {
    expect(fr.whatText).toBe('Combats, Affrontement armé, embuscade');
    expect(en.whatText).toBe('Battles, Armed clash, ambush');
  });

  it('keeps filters as codes, the same in both languages, and writes dates and figures in French', () => {
    expect(fr.filters).toEqual(en.filters);
    expect(fr.meta.date).toBe('2 juin 2025');
    expect(fr.meta.killed).toBe('30 à 100');
  });
});
