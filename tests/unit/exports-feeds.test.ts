import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, xmlEscape } from '../../src/build/atom.ts';
import { FEED_SIZE, incidentFeed } from '../../src/build/exports/incident-feed.ts';
import { buildRecordIndex } from '../../src/records/record-index.ts';
import { bundledIndex, fixtureIndex, incidentRecord, SITE } from './exports-helpers.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Parses a feed with a real XML parser and checks what RFC 4287 requires of it. */
function parseAtom(xml: string) {
  const valid = XMLValidator.validate(xml);
  expect(valid, JSON.stringify(valid)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) }).parse(xml);
  const feed = doc.feed;
  expect(feed['@xmlns']).toBe(ATOM);
  for (const key of ['id', 'title', 'updated', 'author']) expect(feed[key], `feed ${key}`).toBeDefined();
  expect(feed.updated).toMatch(RFC3339);
  const entries: any[] = feed.entry ?? [];
  for (const e of entries) {
    for (const key of ['id', 'title', 'updated', 'link']) expect(e[key], `entry ${key}`).toBeDefined();
    expect(e.updated).toMatch(RFC3339);
    expect(e.link.some((l: any) => l['@rel'] === 'alternate' && /^https:\/\//.test(l['@href']))).toBe(true);
  }
  return { feed, entries };
}

const textOf = (node: any): string => (typeof node === 'object' ? node['#text'] : String(node));

const names = buildRecordIndex({ incidents: [], actors: [], countries: [{ id: 'mli', file: '', data: { name: 'Mali' }, body: '' }], sources: [], areas: [] });

describe('Atom feeds', () => {
  it('stay well-formed when titles, places and bodies carry markup, entities and control characters', () => {
    const hostile = fixtureIndex([
      incidentRecord('2025-06-03-hostile', {
        title: '</title><script>alert(1)</script> & "quotes" \'apos\' ]]>',
        location: { name: 'A&B <village>', admin1: '\u0001Mopti\u0007', country: 'mli', lat: 16, lon: -3, precision: 'town' },
      }, 'Body with <img src=x onerror=alert(1)> and &nbsp; and \uFFFF and a lone \uD800 surrogate.'),
    ]);
    const xml = incidentFeed({ incidents: hostile.incidents, names, site: SITE, path: '/feed.xml', pagePath: '/incidents/', title: 'Feed & <title>' });
    const { feed, entries } = parseAtom(xml);
    expect(textOf(feed.title)).toBe('Feed & <title>');
    expect(entries).toHaveLength(1);
    expect(textOf(entries[0].title)).toBe('</title><script>alert(1)</script> & "quotes" \'apos\' ]]>');
    expect(textOf(entries[0].summary)).toContain('A&B <village>, Mopti');
    expect(xml).not.toContain('<script>');
  });

  it('lists the newest incidents first, at most the feed size, each linking to its page', () => {
    const many = fixtureIndex(
      Array.from({ length: FEED_SIZE + 5 }, (_, k) => {
        const date = new Date(Date.UTC(2024, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
        return incidentRecord(`${date}-place-${k}`, { date });
      }),
    );
    const { feed, entries } = parseAtom(incidentFeed({ incidents: many.incidents, names, site: SITE, path: '/feed.xml', pagePath: '/incidents/', title: 'All' }));
    expect(entries).toHaveLength(FEED_SIZE);
    expect(entries[0].id).toBe(`${SITE}/incidents/${many.incidents[0].id}/`);
    expect(entries[0].published).toBe(`${many.incidents[0].data.date}T00:00:00Z`);
    expect(feed.updated).toBe(entries[0].updated);
    expect(feed.link.find((l: any) => l['@rel'] === 'self')['@href']).toBe(`${SITE}/feed.xml`);
  });

  it('says the killed range and the place in each summary, and never an invented figure', () => {
    const index = fixtureIndex([
      incidentRecord('2025-06-01-boulkessi', {
        date: '2025-06-01',
        location: { name: 'Boulkessi', admin1: 'Mopti', country: 'mli', lat: 15.05, lon: -1.42, precision: 'town' },
        claims: [{ source: 's', victims: 'military', killed: 30 }, { source: 't', victims: 'military', killed: 100 }],
      }),
      incidentRecord('2025-05-01-unknown-toll', {
        date: '2025-05-01',
        location: { name: 'Mali', country: 'mli', lat: 17, lon: -4, precision: 'country' },
        claims: [{ source: 's', victims: 'civilian' }],
      }),
    ]);
    const { entries } = parseAtom(incidentFeed({ incidents: index.incidents, names, site: SITE, path: '/feed.xml', pagePath: '/', title: 'T' }));
    expect(textOf(entries[0].summary)).toContain('1 June 2025, Boulkessi, Mopti, Mali. Killed: 30–100 (2 claims).');
    expect(textOf(entries[1].summary)).toContain('1 May 2025, Mali. Killed: unknown.');
  });

  it('in French: says so (xml:lang), writes its words, dates and place names in French and links to the French pages', () => {
    const index = fixtureIndex([
      incidentRecord('2025-06-01-timbuktu', {
        date: '2025-06-01',
        event_type: 'battles',
        location: { name: 'Timbuktu', name_fr: 'Tombouctou', admin1: 'Tombouctou', country: 'mli', lat: 16.77, lon: -3.0, precision: 'town' },
        claims: [{ source: 's', victims: 'military', killed: 30 }, { source: 't', victims: 'military', killed: 1200 }],
      }),
    ]);
    const frNames = buildRecordIndex({ incidents: [], actors: [], countries: [{ id: 'mli', file: '', data: { name: 'Mali', name_fr: 'République du Mali' }, body: '' }], sources: [], areas: [] });
    const xml = incidentFeed({ incidents: index.incidents, names: frNames, site: SITE, path: '/fr/feed.xml', pagePath: '/fr/incidents/', title: 'T', lang: 'fr' });
    const { feed, entries } = parseAtom(xml);
    expect(feed['@xml:lang']).toBe('fr');
    expect(textOf(entries[0].summary)).toContain('1 juin 2025, Tombouctou, République du Mali. Tués : 30 à 1\u202f200 (2 chiffres). Auteurs : jnim.');
    expect(entries[0].id).toBe(`${SITE}/fr/incidents/2025-06-01-timbuktu/`);
    expect(entries[0].category[0]['@label']).toBe('Combats');
    expect(textOf(feed.rights)).toMatch(/^Données : /);
    // The English feed of the same record keeps the English name and pages.
    const english = parseAtom(incidentFeed({ incidents: index.incidents, names: frNames, site: SITE, path: '/feed.xml', pagePath: '/incidents/', title: 'T' }));
    expect(english.feed['@xml:lang']).toBe('en');
    expect(textOf(english.entries[0].summary)).toContain('1 June 2025, Timbuktu, Tombouctou, Mali. Killed: 30–1,200 (2 claims).');
    expect(english.entries[0].id).toBe(`${SITE}/incidents/2025-06-01-timbuktu/`);
  });

  it('dates an entry by the last commit of its record when that is later than the incident', () => {
    const index = fixtureIndex([incidentRecord('2025-06-02-timbuktu')]);
    const changed = () => ({ date: '2026-01-05T10:00:00+01:00', hash: 'abc1234' });
    const { entries } = parseAtom(incidentFeed({ incidents: index.incidents, names, site: SITE, path: '/f', pagePath: '/', title: 'T', changed }));
    expect(entries[0].updated).toBe('2026-01-05T10:00:00+01:00');
    expect(entries[0].published).toBe('2025-06-02T00:00:00Z');
  });

  it('is well-formed for every country and actor of the bundled records, and for an empty one', () => {
    const index = bundledIndex();
    parseAtom(incidentFeed({ incidents: index.incidents, names: index, site: SITE, path: '/feed.xml', pagePath: '/incidents/', title: 'All' }));
    for (const c of index.countries) parseAtom(incidentFeed({ incidents: index.inCountry(c.id), names: index, site: SITE, path: `/countries/${c.id}/feed.xml`, pagePath: `/countries/${c.id}/`, title: c.data.name }));
    for (const a of index.actors) parseAtom(incidentFeed({ incidents: index.involving(a.id), names: index, site: SITE, path: `/actors/${a.id}/feed.xml`, pagePath: `/actors/${a.id}/`, title: a.data.name }));
  });
});

describe('XML escaping', () => {
  it('escapes the five XML specials and drops characters XML 1.0 forbids', () => {
    expect(xmlEscape(`<a href="x">&'</a>\u0000\u001F`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('Tillabéri 😀')).toBe('Tillabéri 😀');
  });

  it('writes a feed without entries that is still valid Atom', () => {
    parseAtom(atomFeed({ id: 'x:1', title: 'Empty', selfUrl: 'https://a/f', pageUrl: 'https://a/', updated: '1970-01-01T00:00:00Z', author: { name: 'n' }, entries: [] }));
  });
});
