/** What changed between two versions of a record, in words: pure, on pairs of parsed records. */
import { describe, expect, it } from 'vitest';
import { compareRecords, describeChanges, type RecordVersion } from '../../src/domain/record-changes.ts';
import type { IncidentInput } from '../../src/schemas/incident.ts';
import { incidentRecord } from './exports-helpers.ts';

const location = { name: 'Douentza', admin1: 'Mopti', country: 'mli', lat: 15.0, lon: -2.9, precision: 'town' } as const;
const version = (patch: Partial<IncidentInput> = {}, body = 'Text.'): RecordVersion =>
  incidentRecord('x', { date: '2025-06-01', location, claims: [{ source: 'rfi', killed: 30 }], ...patch }, body);
const names = { source: (id: string) => ({ rfi: 'RFI', jnim: 'JNIM claim', ap: 'AP' })[id] ?? id, actor: (id: string) => ({ jnim: 'JNIM', 'is-sahel': 'IS Sahel', fama: 'FAMa' })[id] ?? id };
const words = (before: RecordVersion | undefined, after: RecordVersion) => describeChanges(compareRecords(before, after), names);

describe('what changed in a record, in words', () => {
  it('a new record is created', () => {
    expect(words(undefined, version())).toEqual(['record created']);
  });

  it('a figure revised', () => {
    expect(words(version(), version({ claims: [{ source: 'rfi', killed: { min: 30, max: 40 } }] }))).toEqual(['killed: RFI revised from 30 to 30–40']);
  });

  it('a claim added, with its figure and source, and one removed', () => {
    const two = version({ claims: [{ source: 'rfi', killed: 30 }, { source: 'jnim', victims: 'military', killed: { min: 60 }, wounded: 4 }] });
    expect(words(version(), two)).toEqual(['killed (soldiers): a claim of at least 60 from JNIM claim added', 'wounded (soldiers): a claim of 4 from JNIM claim added']);
    expect(words(two, version())).toEqual(['killed (soldiers): the claim of at least 60 from JNIM claim removed', 'wounded (soldiers): the claim of 4 from JNIM claim removed']);
    expect(words(version(), version({ claims: [{ source: 'rfi', killed: 30 }, { source: 'ap' }] }))).toEqual(['a claim from AP added']);
  });

  it('in French, with the French words for measures, victims and figures', () => {
    const fr = (before: RecordVersion | undefined, after: RecordVersion) => describeChanges(compareRecords(before, after), names, 'fr');
    expect(fr(undefined, version())).toEqual(['fiche créée']);
    expect(fr(version(), version({ claims: [{ source: 'rfi', killed: { min: 30, max: 40 } }] }))).toEqual(['tués : chiffre de « RFI » révisé (30 → 30 à 40)']);
    const two = version({ claims: [{ source: 'rfi', killed: 30 }, { source: 'jnim', victims: 'military', killed: { min: 60 } }] });
    expect(fr(version(), two)).toEqual(['tués (soldats) : ajout d’un chiffre (au moins 60) selon « JNIM claim »']);
    expect(fr(version(), version({ event_type: 'battles' }))).toEqual(['type d’événement modifié : Violence contre des civils → Combats']);
  });

  it('a place moved', () => {
    const moved = version({ location: { ...location, name: 'Boulkessi', lat: 14.9, precision: 'exact' } });
    expect(words(version(), moved)).toEqual(['place moved from Douentza to Boulkessi', 'location precision changed from town to exact']);
    expect(words(version(), version({ location: { ...location, lat: 15.1 } }))).toEqual(['coordinates edited']);
  });

  it('dates, actors, wording and withdrawal', () => {
    const after = version({ date: '2025-06-02', date_precision: 'week', actors: { perpetrators: ['jnim', 'is-sahel'], targets: ['fama'] }, title: 'Attack on the Boulkessi army camp' }, 'New text.');
    expect(words(version(), after)).toEqual([
      'date changed from 2025-06-01 to 2025-06-02',
      'date precision changed from day to week',
      'perpetrators changed from JNIM to JNIM, IS Sahel',
      'title edited',
      'summary edited',
    ]);
    const withdrawn = version({ withdrawn: { date: '2025-07-01', reason: 'The only source retracted its report.' } });
    expect(words(version(), withdrawn)).toEqual(['withdrawn as false: The only source retracted its report.']);
    expect(words(withdrawn, version())).toEqual(['withdrawal lifted']);
  });

  it('a revision that changes nothing shown says so', () => {
    expect(words(version(), version())).toEqual(['nothing shown on the page changed']);
  });
});
