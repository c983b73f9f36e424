import { describe, expect, it } from 'vitest';
import { incidentName, matchPlaces, placeLabel, resolvePlace, toPlace, within, type Place } from '../../src/client/search/near.ts';
import { nearUrl, parseNearQuery } from '../../src/client/search/near-url.ts';
import { buildPlaces } from '../../src/domain/search-places.ts';
import type { Incident } from '../../src/records/record-index.ts';

const place = (name: string, aliases: string[], country: string, lat: number, lon: number, incidents = 1): Place => ({ name, aliases, country, lat, lon, incidents });
const places = [
  place('Timbuktu', ['Tombouctou'], 'Mali', 16.7735, -3.0074, 3),
  place('Boulkessi', ['Boulikessi'], 'Mali', 15.0, -2.95),
  place('Tillabéri', [], 'Niger', 14.21, 1.45),
  place('Kpendjal', [], 'Togo', 10.85, 0.5, 2),
  place('Kpendjal', [], 'Benin', 10.9, 1.5, 1),
];

describe('finding the place a reader typed', () => {
  it('finds a place by an alias, in any case', () => {
    expect(resolvePlace(places, 'boulikessi').place?.name).toBe('Boulkessi');
  });

  it('finds a place without its accents', () => {
    expect(resolvePlace(places, 'Tillaberi').place?.name).toBe('Tillabéri');
  });

  it('picks the country written in brackets, as the place picker writes it', () => {
    expect(resolvePlace(places, 'Kpendjal (Benin)').place?.country).toBe('Benin');
  });

  it('takes the place with most incidents when countries share a name, and offers the others', () => {
    const r = resolvePlace(places, 'Kpendjal');
    expect(r.place?.country).toBe('Togo');
    expect(r.others.map(placeLabel)).toEqual(['Kpendjal (Benin)']);
  });

  it('takes the only place that starts with what was typed, and offers choices when several do', () => {
    expect(resolvePlace(places, 'Timbu').place?.name).toBe('Timbuktu');
    const several = resolvePlace(places, 'Kpe');
    expect(several.place).toBeUndefined();
    expect(several.others.map(placeLabel)).toEqual(['Kpendjal (Togo)', 'Kpendjal (Benin)']);
    expect(matchPlaces(places, 'Kpe').exact).toEqual([]);
  });

  it('finds nothing for a place the records do not name', () => {
    expect(resolvePlace(places, 'Paris')).toEqual({ place: undefined, others: [] });
  });
});

describe('incidents within a distance', () => {
  const points = [
    { id: 'far', lat: 10.85, lon: 0.5, date: '2024-07-20' },
    { id: 'here-old', lat: 16.7735, lon: -3.0074, date: '2018-01-01' },
    { id: 'here-new', lat: 16.7735, lon: -3.0074, date: '2025-06-02' },
    { id: 'near', lat: 16.5, lon: -3.2, date: '2025-01-01' },
  ];

  it('lists only incidents within the distance, nearest first and newest first at the same spot', () => {
    const r = within(points, 16.7735, -3.0074, 50);
    expect(r.map((n) => n.item.id)).toEqual(['here-new', 'here-old', 'near']);
    expect(r[2].km).toBeGreaterThan(30);
    expect(r[2].km).toBeLessThan(40);
  });

  it('widens with the distance chosen', () => {
    expect(within(points, 16.7735, -3.0074, 25)).toHaveLength(2);
    expect(within(points, 16.7735, -3.0074, 250)).toHaveLength(3);
  });
});

describe('the near-a-place URL', () => {
  it('round-trips place, point and distance', () => {
    expect(parseNearQuery(nearUrl({ place: 'Timbuktu', lat: 16.7735, lon: -3.0074, km: 100 }).split('?')[1])).toEqual({ place: 'Timbuktu', lat: 16.7735, lon: -3.0074, km: 100 });
  });

  it('falls back to 50 km for a distance not offered, and drops impossible coordinates', () => {
    expect(parseNearQuery('place=Djibo&km=7')).toEqual({ place: 'Djibo', km: 50 });
    expect(parseNearQuery('place=Djibo&lat=123&lon=2&km=25')).toEqual({ place: 'Djibo', km: 25 });
    expect(parseNearQuery('lat=abc&lon=2')).toEqual({ place: '', km: 50 });
  });
});

describe('the place list', () => {
  const inc = (name: string, aliases: string[], country: string, precision: string, lat: number) =>
    ({ data: { location: { name, aliases, country, lat, lon: -3, precision } } }) as unknown as Incident;

  it('has one entry per place name and country, with every alias and the most precise point', () => {
    const file = buildPlaces(
      [inc('Timbuktu', ['Tombouctou'], 'mli', 'district', 16.0), inc('timbuktu', ['Tombouktou', 'Tombouctou'], 'mli', 'town', 16.77), inc('Kpendjal', [], 'tgo', 'town', 10.8)],
      (id) => ({ mli: 'Mali', tgo: 'Togo' })[id],
    );
    expect(file.places.map(toPlace)).toEqual([
      { name: 'Kpendjal', aliases: [], country: 'Togo', lat: 10.8, lon: -3, incidents: 1 },
      { name: 'Timbuktu', aliases: ['Tombouctou', 'Tombouktou'], country: 'Mali', lat: 16.77, lon: -3, incidents: 2 },
    ]);
  });

  it('also knows gazetteer towns with no incident, so a reader can start from Ouagadougou', () => {
    const known = [
      { name: 'Ouagadougou', aliases: ['Wagadugu'], country: 'bfa', lat: 12.37, lon: -1.53 },
      // Already in the records by its French name: the records' point and count stand.
      { name: 'Tombouctou', aliases: [], country: 'mli', lat: 1, lon: 1 },
    ];
    const places = buildPlaces([inc('Timbuktu', ['Tombouctou'], 'mli', 'town', 16.77)], (id) => ({ mli: 'Mali', bfa: 'Burkina Faso' })[id], known).places.map(toPlace);
    expect(places).toEqual([
      { name: 'Ouagadougou', aliases: ['Wagadugu'], country: 'Burkina Faso', lat: 12.37, lon: -1.53, incidents: 0 },
      { name: 'Timbuktu', aliases: ['Tombouctou'], country: 'Mali', lat: 16.77, lon: -3, incidents: 1 },
    ]);
    expect(resolvePlace(places, 'wagadugu').place?.name).toBe('Ouagadougou');
  });
});

describe('incident names in the list', () => {
  it('reads an incident id without its date as words', () => {
    expect(incidentName('2025-06-02-timbuktu-camp-assault')).toBe('Timbuktu camp assault');
  });
});
