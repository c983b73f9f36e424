import { describe, expect, it } from 'vitest';
import { placeName } from '../../src/domain/place-name.ts';
import { withPlace } from '../../src/records/validate.ts';

const timbuktu = { name: 'Timbuktu', name_fr: 'Tombouctou', aliases: ['Tombouctou'], country: 'mli', admin1: 'Tombouctou', lat: 16.77, lon: -3.0, precision: 'town' };
const places = new Map<string, Record<string, unknown>>([['timbuktu', timbuktu]]);
const locationOf = (location: Record<string, unknown>) => (withPlace({ location }, places).data as { location: { name: string; name_fr?: string } }).location;

describe('place names in the reader\'s language', () => {
  it('an incident at a place record carries its French name, and French readers see it', () => {
    const loc = locationOf({ place: 'timbuktu' });
    expect(placeName(loc, 'fr')).toBe('Tombouctou');
    expect(placeName(loc, 'en')).toBe('Timbuktu');
    expect(placeName(loc)).toBe('Timbuktu');
  });

  it('a name written on the incident overrides the place\'s, French included', () => {
    const loc = locationOf({ place: 'timbuktu', name: 'Timbuktu airport' });
    expect(loc.name_fr).toBeUndefined();
    expect(placeName(loc, 'fr')).toBe('Timbuktu airport');
  });

  it('a place with no French name keeps its name in French', () => {
    expect(placeName({ name: 'Djibo' }, 'fr')).toBe('Djibo');
  });
});
