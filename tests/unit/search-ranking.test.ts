import { describe, expect, it } from 'vitest';
import { incidentsAtPlace, incidentsFirst, isPlaceQuery } from '../../src/scripts/search/ranking.ts';

const boulkessi = 'Boulkessi | Boulikessi | Boulkessy | Douentza | Mopti';

describe('recognising a place query', () => {
  it('recognises the place name, any alias and its admin regions, in any case and with or without accents', () => {
    expect(isPlaceQuery('Boulikessi', boulkessi)).toBe(true);
    expect(isPlaceQuery('boulkessy', boulkessi)).toBe(true);
    expect(isPlaceQuery('Mopti', boulkessi)).toBe(true);
    expect(isPlaceQuery('Tillaberi', 'Tillabéri | Niger')).toBe(true);
  });

  it('recognises several-word place names and the start of a name', () => {
    expect(isPlaceQuery('Sidi Bekaye', 'Timbuktu | Sidi Bekaye camp | Tombouctou')).toBe(true);
    expect(isPlaceQuery('Boulkes', boulkessi)).toBe(true);
  });

  it('does not take a query with a word that is not in the place names for a place', () => {
    expect(isPlaceQuery('JNIM', boulkessi)).toBe(false);
    expect(isPlaceQuery('Boulkessi base', boulkessi)).toBe(false);
    expect(isPlaceQuery('', boulkessi)).toBe(false);
  });
});

describe('incidents first for a place', () => {
  const results = [{ id: 'country' }, { id: 'inc-a' }, { id: 'brief' }, { id: 'inc-b' }, { id: 'inc-mention' }];

  it('moves incidents at the place ahead of other pages, keeping the order within each group', () => {
    expect(incidentsFirst(results, new Set(['inc-a', 'inc-b'])).map((r) => r.id)).toEqual(['inc-a', 'inc-b', 'country', 'brief', 'inc-mention']);
  });

  it('takes incidents scoring near the best as at the place, and one that only mentions it as not', () => {
    const at = incidentsAtPlace([
      { id: 'inc-a', score: 15.9 },
      { id: 'inc-b', score: 14.2 },
      { id: 'inc-mention', score: 3.5 },
    ]);
    expect([...at]).toEqual(['inc-a', 'inc-b']);
  });
});
