import { describe, expect, it } from 'vitest';
import {
  filterValueLabel,
  isActive,
  pagefindFilters,
  pagefindSort,
  pagefindTerm,
  parseSearchState,
  searchStateQuery,
  sortFilterValues,
} from '../../src/client/search/search-state.ts';

describe('search state in the URL', () => {
  it('reads the query, filters and order of a shared search URL', () => {
    const s = parseSearchState('?q=timbuktu&country=mli&year=2025&sort=date');
    expect(s).toEqual({ q: 'timbuktu', filters: { country: ['mli'], year: ['2025'] }, sort: 'date' });
  });

  it('writes the same URL back from the state it read, so a shared search reloads as it was', () => {
    const url = 'q=Boulikessi&kind=incident&country=mli&actor=jnim&type=battles&year=2025&sort=oldest';
    expect(searchStateQuery(parseSearchState(url))).toBe(url);
  });

  it('writes equal URLs for equal searches whatever order the parameters came in', () => {
    expect(searchStateQuery(parseSearchState('year=2025&q=x&country=Mali'))).toBe(searchStateQuery(parseSearchState('country=Mali&q=x&year=2025')));
  });

  it('reads older links written in words as the codes they name, so cited searches keep working', () => {
    const labels = { country: { mli: 'Mali', ner: 'Niger' }, actor: { jnim: 'JNIM', 'katiba-macina': 'Katiba Macina' }, region: { 'mli-mopti': 'Mopti' } };
    const s = parseSearchState('q=x&type=incident&country=Mali&actor=JNIM&actor=katiba macina&region=Mopti&event=Battles&year=2025', labels);
    expect(s.filters).toEqual({ kind: ['incident'], country: ['mli'], region: ['mli-mopti'], actor: ['jnim', 'katiba-macina'], type: ['battles'], year: ['2025'] });
    expect(searchStateQuery(s)).toBe('q=x&kind=incident&country=mli&region=mli-mopti&actor=jnim&actor=katiba-macina&type=battles&year=2025');
    // A word no record names stays as it came: it searches, and finds nothing.
    expect(parseSearchState('country=Atlantis', labels).filters).toEqual({ country: ['Atlantis'] });
  });

  it('falls back to best match for an unknown order and ignores unknown parameters', () => {
    const s = parseSearchState('q=x&sort=<script>&colour=red');
    expect(s.sort).toBe('relevance');
    expect(s.filters).toEqual({});
  });

  it('treats filters alone as a search to run, and an empty URL as none', () => {
    expect(isActive(parseSearchState('country=Togo'))).toBe(true);
    expect(isActive(parseSearchState(''))).toBe(false);
    expect(pagefindTerm(parseSearchState('country=Togo'))).toBeNull();
  });
});

describe('search state to Pagefind options', () => {
  it('passes one value of a filter as a string', () => {
    expect(pagefindFilters(parseSearchState('country=Mali&year=2025'))).toEqual({ country: 'Mali', year: '2025' });
  });

  it('passes several values of one filter as "any of them", never as an array (which means all)', () => {
    expect(pagefindFilters(parseSearchState('country=Mali&country=Niger'))).toEqual({ country: { any: ['Mali', 'Niger'] } });
  });

  it('sorts by the numeric date key for newest and oldest, and by killed for most killed', () => {
    expect(pagefindSort(parseSearchState('q=x&sort=date'))).toEqual({ date: 'desc' });
    expect(pagefindSort(parseSearchState('q=x&sort=oldest'))).toEqual({ date: 'asc' });
    expect(pagefindSort(parseSearchState('q=x&sort=killed'))).toEqual({ killed: 'desc' });
    expect(pagefindSort(parseSearchState('q=x'))).toBeUndefined();
  });

  it('lists a filter-only search newest first, since there is no relevance without words', () => {
    expect(pagefindSort(parseSearchState('country=Togo'))).toEqual({ date: 'desc' });
  });
});

describe('filter values on screen', () => {
  it('names months and page types in words', () => {
    expect(filterValueLabel('month', '2025-06')).toBe('June 2025');
    expect(filterValueLabel('kind', 'incident')).toBe('Incidents');
    expect(filterValueLabel('type', 'violence-against-civilians')).toBe('Violence against civilians');
    expect(filterValueLabel('country', 'mli', { country: { mli: 'Mali' } })).toBe('Mali');
    expect(filterValueLabel('country', 'xyz', { country: { mli: 'Mali' } })).toBe('xyz');
  });

  it('lists years newest first and names alphabetically regardless of accents and case', () => {
    expect(sortFilterValues('year', ['2018', '2025', '2012'])).toEqual(['2025', '2018', '2012']);
    expect(sortFilterValues('region', ['Tombouctou', 'mopti', 'Ségou', 'Savanes'])).toEqual(['mopti', 'Savanes', 'Ségou', 'Tombouctou']);
    // Codes sort by their labels.
    expect(sortFilterValues('country', ['tgo', 'bfa', 'mli'], { country: { tgo: 'Togo', bfa: 'Burkina Faso', mli: 'Mali' } })).toEqual(['bfa', 'mli', 'tgo']);
  });
});
