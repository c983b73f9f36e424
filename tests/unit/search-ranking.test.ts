import { describe, expect, it } from 'vitest';
import { arrangeResults, incidentsAtPlace, isPlaceQuery, namesMatch } from '../../src/client/search/ranking.ts';

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
    expect(arrangeResults(results, { incidents: new Set(['inc-a', 'inc-b']) }).map((r) => r.id)).toEqual(['inc-a', 'inc-b', 'country', 'brief', 'inc-mention']);
  });

  it('puts the page the query names first, ahead of the incidents', () => {
    expect(arrangeResults(results, { page: 'brief', incidents: new Set(['inc-b']) }).map((r) => r.id)).toEqual(['brief', 'inc-b', 'country', 'inc-a', 'inc-mention']);
  });

  it('leaves Pagefind\'s order alone when the query names nothing', () => {
    expect(arrangeResults(results, {}).map((r) => r.id)).toEqual(results.map((r) => r.id));
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

describe('recognising the name of an actor or country', () => {
  const jnim = "Jama'at Nusrat al-Islam wal-Muslimin | JNIM | GSIM";

  it('matches any of the names as a whole, in any case', () => {
    expect(namesMatch('jnim', jnim)).toBe(true);
    expect(namesMatch('GSIM', jnim)).toBe(true);
    expect(namesMatch("jama'at nusrat al-islam wal-muslimin", jnim)).toBe(true);
  });

  it('does not match a query that only contains or starts a name', () => {
    expect(namesMatch('JNIM attack', jnim)).toBe(false);
    expect(namesMatch('JN', jnim)).toBe(false);
    expect(namesMatch('', jnim)).toBe(false);
  });
});
