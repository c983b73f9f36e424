import { describe, expect, it } from 'vitest';
import { buildRecordIndex, type Actor } from '../../src/records/record-index.ts';
import type { IncidentData } from '../../src/schemas/incident.ts';

function incident(id: string, date: string, perpetrators: string[], lon = 0, lat = 15) {
  const data = {
    title: id, date, date_precision: 'day', event_type: 'battles',
    location: { name: id, aliases: [], country: 'mli', lat, lon, precision: 'town' },
    actors: { perpetrators, targets: [] },
    claims: [{ source: 's', victims: 'military', killed: { min: 1, max: 1 } }],
    tags: [], distinct_from: [], replaces: [],
  } as unknown as IncidentData;
  return { id, file: `${id}.md`, data, body: '' };
}
const actor = (id: string, affiliations: Actor['data']['affiliations'] = []): Actor =>
  ({ id, file: '', body: '', data: { name: id, aliases: [], kind: 'jihadist', affiliations, countries: [] } });

const index = buildRecordIndex({
  incidents: [
    incident('a', '2025-06-01', ['jnim']),
    incident('b', '2025-06-10', ['jnim']),
    incident('c', '2025-03-01', ['jnim']),
    incident('d', '2025-06-05', ['is-sahel']),
    incident('e', '2025-05-25', ['is-sahel', 'jnim']),
    incident('f', '2025-07-14', ['jnim']),
  ],
  actors: [actor('jnim', [{ actor: 'al-qaeda', relation: 'affiliate-of' }]), actor('al-qaeda'), actor('ansar-dine', [{ actor: 'jnim', relation: 'member-of' }])],
  countries: [], sources: [], areas: [],
});

describe('related incidents', () => {
  it('lists incidents by a shared perpetrator within the window, nearest in time first', () => {
    const related = index.related(index.incident('a')!, 45).map((i) => i.id);
    expect(related).toEqual(['e', 'b', 'f']);
  });

  it('leaves out incidents outside the window and the incident itself', () => {
    expect(index.related(index.incident('a')!, 5).map((i) => i.id)).toEqual([]);
  });

  it('finds the same nearest incidents as comparing with every incident, within its limit', () => {
    // A busy record: many incidents per week by two groups, so the walk must stop at the limit.
    let seed = 7;
    const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const many = Array.from({ length: 600 }, (_, n) => {
      const day = new Date(Date.UTC(2025, 0, 1 + Math.floor(rand() * 120))).toISOString().slice(0, 10);
      return incident(`i${n}`, day, rand() < 0.5 ? ['jnim'] : rand() < 0.5 ? ['is-sahel'] : ['jnim', 'is-sahel']);
    });
    const big = buildRecordIndex({ incidents: many, actors: [], countries: [], sources: [], areas: [] });
    const gap = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b));
    for (const target of big.incidents.slice(0, 60)) {
      const got = big.related(target, 45, 10);
      const all = big.incidents.filter((i) => i.id !== target.id && gap(i.data.date, target.data.date) <= 45 * 86_400_000
        && i.data.actors.perpetrators.some((p) => target.data.actors.perpetrators.includes(p)));
      const gaps = (list: typeof all) => list.map((i) => gap(i.data.date, target.data.date));
      expect(got).toHaveLength(Math.min(10, all.length));
      // Same distances in time as the brute-force answer (ties may pick different incidents).
      expect(gaps(got)).toEqual(gaps(all).sort((x, y) => x - y).slice(0, 10));
    }
  });
});

describe('affiliations read backwards', () => {
  it('finds the groups that name an actor in their affiliations', () => {
    expect(index.affiliatesOf('jnim').map((x) => [x.actor.id, x.relation])).toEqual([['ansar-dine', 'member-of']]);
    expect(index.affiliatesOf('ansar-dine')).toEqual([]);
  });
});

describe('periods of the timeline', () => {
  const dated = (id: string, date: string, date_precision: string) => {
    const i = incident(id, date, ['jnim']);
    return { ...i, data: { ...i.data, date_precision } as IncidentData };
  };
  const periods = buildRecordIndex({
    incidents: [dated('year-only', '2025-01-01', 'year'), dated('may', '2025-05-01', 'month'), dated('week', '2025-05-29', 'week'), dated('jan', '2025-01-20', 'day')],
    actors: [], countries: [], sources: [], areas: [],
  });

  it('lists a year-only incident on its year and apart as "month unknown", never in January', () => {
    expect(periods.inYear('2025').map((i) => i.id).sort()).toEqual(['jan', 'may', 'week', 'year-only']);
    expect(periods.inMonth('2025-01').map((i) => i.id)).toEqual(['jan']);
    expect(periods.monthUnknownIn('2025').map((i) => i.id)).toEqual(['year-only']);
    expect(periods.monthUnknownIn('2024')).toEqual([]);
  });

  it('lists an incident in every month its span overlaps', () => {
    expect(periods.inMonth('2025-05').map((i) => i.id).sort()).toEqual(['may', 'week']);
    expect(periods.inMonth('2025-06').map((i) => i.id)).toEqual(['week']);
    expect(periods.months).toEqual(['2025-06', '2025-05', '2025-01']);
  });
});
