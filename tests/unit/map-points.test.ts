import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePoints, encodePoints, killedHigh, type PointInput } from '../../src/domain/map-points.ts';

function incident(id: string, over: Partial<PointInput['data']> = {}, killed?: { low: number; high: number | null }): PointInput {
  return {
    id,
    data: {
      date: id.slice(0, 10),
      date_precision: 'day',
      event_type: 'battles',
      location: { name: 'Timbuktu', country: 'mli', lat: 16.7735, lon: -3.0074, precision: 'town' },
      actors: { perpetrators: ['jnim'] },
      ...over,
    },
    totals: { killed },
  };
}

describe('map point data', () => {
  it('decodes every field an incident was encoded with', () => {
    const input = [
      incident('2025-06-02-timbuktu-camp-assault', { end_date: '2025-06-03' }, { low: 30, high: 100 }),
      incident('2022-11-01-kpendjal-soldiers-killed', {
        date_precision: 'month',
        event_type: 'violence-against-civilians',
        location: { name: 'Kpendjal', country: 'tgo', lat: 10.75123, lon: 0.23456, precision: 'district' },
        actors: { perpetrators: ['jnim', 'is-sahel'] },
      }, { low: 60, high: null }),
      incident('2018-01-01-timbuktu-base-attack', { date_precision: 'year' }),
    ];
    const file = encodePoints(input, (a) => ({ jnim: 'JNIM' })[a], (c) => ({ mli: 'Mali' })[c]);
    const { points, actorLabels, countryNames } = decodePoints(JSON.parse(JSON.stringify(file)));
    expect(points.map((p) => p.id)).toEqual(['2018-01-01-timbuktu-base-attack', '2022-11-01-kpendjal-soldiers-killed', '2025-06-02-timbuktu-camp-assault']);
    const [a, b, c] = points;
    expect(a).toMatchObject({ date: '2018-01-01', datePrecision: 'year', place: 'Timbuktu', country: 'mli' });
    expect(a.killed).toBeUndefined();
    expect(b).toMatchObject({
      date: '2022-11-01', datePrecision: 'month', eventType: 'violence-against-civilians', geoPrecision: 'district',
      lon: 0.2346, lat: 10.7512, perpetrators: ['jnim', 'is-sahel'], killed: { low: 60, high: null },
    });
    expect(c).toMatchObject({ date: '2025-06-02', endDate: '2025-06-03', killed: { low: 30, high: 100 }, perpetrators: ['jnim'] });
    expect(actorLabels.get('jnim')).toBe('JNIM');
    expect(actorLabels.get('is-sahel')).toBe('is-sahel');
    expect(countryNames.get('mli')).toBe('Mali');
    expect(countryNames.get('tgo')).toBe('tgo');
  });

  it('keeps an id that does not start with its date intact', () => {
    const f = encodePoints([incident('2025-06-02-x', { date: '2025-06-01' })]);
    expect(decodePoints(f).points[0].id).toBe('2025-06-02-x');
  });

  it('rejects a file of another format version', () => {
    const f = encodePoints([incident('2025-06-02-x')]);
    expect(() => decodePoints({ ...f, v: 99 })).toThrow(/format 99/);
  });

  it('sizes symbols by the high end, or the low end of an open range', () => {
    expect(killedHigh({ killed: { low: 30, high: 100 } })).toBe(100);
    expect(killedHigh({ killed: { low: 60, high: null } })).toBe(60);
    expect(killedHigh({})).toBe(0);
  });

  it('costs under 40 bytes per incident gzipped at 30,000 realistic incidents', () => {
    // Seeded pseudo-random data shaped like the record: places reused, dates over 14 years.
    let seed = 42;
    const rand = () => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const syllables = ['ba', 'ko', 'dou', 'ma', 'ti', 'ssa', 'ga', 'ou', 'fa', 'djo', 'ni', 'la', 'ké', 'bou', 'ré', 'zan'];
    const places = Array.from({ length: 3000 }, () => {
      const n = 2 + Math.floor(rand() * 3);
      const name = Array.from({ length: n }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
      return { name: name[0].toUpperCase() + name.slice(1), lon: -12 + rand() * 27, lat: 6 + rand() * 14 };
    });
    const actors = ['jnim', 'is-sahel', 'iswap', 'boko-haram', 'fama', 'vdp', 'africa-corps', 'lakurawa', 'unknown', 'ansaru'];
    const words = ['attack', 'ambush', 'base-assault', 'killings', 'ied-blast', 'abductions', 'drone-strike', 'clash'];
    const start = Date.UTC(2012, 0, 1);
    const list: PointInput[] = Array.from({ length: 30_000 }, (_, i) => {
      const place = places[Math.floor(rand() ** 2 * places.length)];
      const date = new Date(start + Math.floor(rand() * 5000) * 86_400_000).toISOString().slice(0, 10);
      const slug = place.name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
      const low = Math.floor(rand() ** 3 * 80);
      return incident(`${date}-${slug}-${words[i % words.length]}`, {
        date,
        location: { name: place.name, country: 'mli', lat: place.lat + rand() * 0.05, lon: place.lon + rand() * 0.05, precision: 'town' },
        actors: { perpetrators: [actors[Math.floor(rand() ** 2 * actors.length)]] },
      }, rand() < 0.2 ? undefined : { low, high: rand() < 0.3 ? null : low + Math.floor(rand() * 20) });
    });
    const bytes = gzipSync(JSON.stringify(encodePoints(list))).length;
    expect(bytes / list.length).toBeLessThan(40);
  });
});
