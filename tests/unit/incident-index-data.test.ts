import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndex, filterRows, type IndexInput } from '../../src/domain/incident-index-data.ts';
import { decodePoints, encodePoints } from '../../src/domain/map-points.ts';
import { parseFilter } from '../../src/domain/incident-filter.ts';
import { inPeriod, periodOf } from '../../src/domain/date-span.ts';
import { pageItems } from '../../src/domain/pagination.ts';

function incident(id: string, over: Partial<IndexInput['data']> = {}): IndexInput {
  return {
    id,
    data: {
      date: id.slice(0, 10),
      date_precision: 'day',
      event_type: 'battles',
      title: `Title of ${id}`,
      location: { name: 'Timbuktu', admin1: 'Tombouctou', country: 'mli', lat: 16.77, lon: -3.0, precision: 'town' },
      actors: { perpetrators: ['jnim'] },
      ...over,
    },
    totals: { killed: { low: 3, high: 5 } },
  };
}

const input = [
  incident('2025-06-02-b-camp'),
  incident('2025-06-02-a-market', { event_type: 'violence-against-civilians', actors: { perpetrators: ['is-sahel'] } }),
  incident('2024-05-01-niamey', { date_precision: 'month', location: { name: 'Niamey', country: 'ner', lat: 13.5, lon: 2.1, precision: 'town' } }),
  incident('2023-01-01-somewhere', { date_precision: 'year', title: '<img src=x onerror=alert(1)> & co' }),
];
const parties = (i: IndexInput) => (i.id === '2025-06-02-b-camp' ? ['fama'] : []);
/** Both files as the browser gets them: JSON, parsed. */
const load = (list = input) => {
  const points = decodePoints(JSON.parse(JSON.stringify(encodePoints(list, () => undefined, (c) => ({ mli: 'Mali', ner: 'Niger' })[c]))));
  return decodeIndex(points, JSON.parse(JSON.stringify(encodeIndex(list, parties, (a) => ({ fama: 'FAMa' })[a]))));
};

describe('incident index data (the browser filter over compact data)', () => {
  it('joins the points and the index file into rows, newest first, in the record index’s order', () => {
    const { rows, actorLabels } = load();
    // Same day: ids ascending, as `records.incidents` sorts, so page 1 matches the static page.
    expect(rows.map((r) => r.id)).toEqual(['2025-06-02-a-market', '2025-06-02-b-camp', '2024-05-01-niamey', '2023-01-01-somewhere']);
    expect(rows[1]).toMatchObject({ title: 'Title of 2025-06-02-b-camp', place: 'Timbuktu', admin1: 'Tombouctou', partyClaimants: ['fama'], killed: { low: 3, high: 5 } });
    expect(rows[2].admin1).toBeUndefined();
    expect(rows[3].title).toBe('<img src=x onerror=alert(1)> & co'); // kept as text; the client sets it with textContent
    expect(actorLabels.get('fama')).toBe('FAMa');
  });

  it('filters with the same rule as the static pages (country, actor, type, overlapping dates)', () => {
    const { rows } = load();
    const ids = (q: string) => filterRows(rows, parseFilter(q)).map((r) => r.id);
    expect(ids('country=ner')).toEqual(['2024-05-01-niamey']);
    expect(ids('actor=is-sahel')).toEqual(['2025-06-02-a-market']);
    expect(ids('type=battles&country=mli')).toEqual(['2025-06-02-b-camp', '2023-01-01-somewhere']);
    // A month-precision incident overlaps a range inside its month; a year-precision one inside its year.
    expect(ids('from=2024-05-20&to=2024-05-21')).toEqual(['2024-05-01-niamey']);
    expect(ids('from=2023-07-01&to=2023-07-01')).toEqual(['2023-01-01-somewhere']);
    expect(ids('')).toHaveLength(4);
  });

  it('carries what the new filters and the downloads need, and filters on it', () => {
    const rich = [
      incident('2025-03-01-mopti', {
        sub_event_type: 'attack',
        location: { name: 'Sévaré', admin1: 'Mopti', admin2: 'Mopti cercle', country: 'mli', lat: 14.5, lon: -4.1, precision: 'exact' },
        actors: { perpetrators: ['jnim'], targets: ['civilians', 'fama'] },
        claims: [{ source: 'a', victims: 'civilian' }, { source: 'b', victims: 'military' }, { source: 'a', victims: 'civilian' }],
      }),
      { ...incident('2025-03-02-open'), totals: { killed: { low: 60, high: null }, wounded: { low: 2, high: 4 }, abducted: { low: 7, high: null } } },
      { ...incident('2025-03-03-unknown'), totals: { killed: undefined } },
    ];
    const { rows } = load(rich);
    const mopti = rows.find((r) => r.id === '2025-03-01-mopti')!;
    expect(mopti).toMatchObject({ region: 'mli-mopti', admin2: 'Mopti cercle', subEventType: 'attack', targets: ['civilians', 'fama'], victims: ['military', 'civilian'], sourceCount: 2, geoPrecision: 'exact' });
    const open = rows.find((r) => r.id === '2025-03-02-open')!;
    expect(open).toMatchObject({ killed: { low: 60, high: null }, wounded: { low: 2, high: 4 }, abducted: { low: 7, high: null }, targets: [], victims: [], sourceCount: 0 });
    expect(open.subEventType).toBeUndefined();
    const ids = (q: string) => filterRows(rows, parseFilter(q)).map((r) => r.id);
    expect(ids('region=mli-mopti')).toEqual(['2025-03-01-mopti']);
    expect(ids('region=mli-tombouctou')).toEqual(['2025-03-03-unknown', '2025-03-02-open']);
    expect(ids('target=fama&victims=military&sub=attack&precision=exact')).toEqual(['2025-03-01-mopti']);
    expect(ids('killed_max=50')).toEqual(['2025-03-01-mopti']); // 3–5; "at least 60" does not reach down to 50; unknown matches no range
    expect(ids('killed_min=100')).toEqual(['2025-03-02-open']);
  });

  it('pages the matching rows', () => {
    const many = Array.from({ length: 230 }, (_, n) => incident(`2025-01-01-x${String(n).padStart(3, '0')}`));
    const matching = filterRows(load(many).rows, parseFilter('country=mli'));
    expect(matching).toHaveLength(230);
    expect(pageItems(matching, 3).map((r) => r.id)).toEqual(['2025-01-01-x200', ...Array.from({ length: 29 }, (_, n) => `2025-01-01-x${201 + n}`)]);
  });

  it('refuses an index file that does not match the points file', () => {
    const points = decodePoints(JSON.parse(JSON.stringify(encodePoints(input))));
    expect(() => decodeIndex(points, encodeIndex(input.slice(1), parties))).toThrow(/3 incidents, points file 4/);
  });

  it('stays compact: titles are the bulk, a few dozen bytes per incident gzipped', () => {
    const many = Array.from({ length: 2000 }, (_, n) => incident(`2024-01-01-place-${n}`, { title: `Gunmen attack village number ${n} in the region` }));
    const perIncident = gzipSync(JSON.stringify(encodeIndex(many, () => []))).length / many.length;
    expect(perIncident).toBeLessThan(34);
  });
});

describe('timeline periods (period maps select by span, not by a list of ids)', () => {
  it('puts an incident on every year and month page its span overlaps, and a year-only one on no month', () => {
    expect(periodOf('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodOf('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29', monthKnown: true });
    const week = { date: '2025-05-29', date_precision: 'week' as const };
    expect(inPeriod(week, periodOf('2025-05'))).toBe(true);
    expect(inPeriod(week, periodOf('2025-06'))).toBe(true);
    expect(inPeriod(week, periodOf('2025-07'))).toBe(false);
    const yearOnly = { date: '2025-01-01', date_precision: 'year' as const };
    expect(inPeriod(yearOnly, periodOf('2025'))).toBe(true);
    expect(inPeriod(yearOnly, periodOf('2025-01'))).toBe(false);
  });
});
