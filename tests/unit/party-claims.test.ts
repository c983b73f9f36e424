/**
 * Who claims each figure: independent reporting, or a party to the fighting (`claimed_by`).
 * Incident headlines name the claimant of a figure only parties give; aggregates keep the
 * independent sums apart from the sums including parties' claims.
 */
import { describe, expect, it } from 'vitest';
import { claimedByOnly, partiesPhrase, soleClaimants, summariseClaims, summaryBasis, summaryPhrase } from '../../src/domain/claims.ts';
import { tollStat } from '../../src/domain/labels.ts';
import { headline } from '../../src/domain/stats.ts';
import { fixtureIndex, incidentRecord } from './exports-helpers.ts';

const labels: Record<string, string> = { jnim: 'JNIM', fama: 'FAMa' };
const name = (id: string) => labels[id] ?? id;

// JNIM's own video is the only source of the toll.
const partyOnly = incidentRecord('2025-06-02-party-only', {
  actors: { perpetrators: ['jnim'], targets: ['fama'] },
  claims: [
    { source: 'jnim-video', claimed_by: 'jnim', victims: 'military', killed: { min: 174 } },
    { source: 'news', victims: 'military', note: 'no figure' },
  ],
});
// Independent reports and both sides' own figures.
const mixed = incidentRecord('2025-06-01-mixed', {
  claims: [
    { source: 'a', victims: 'military', killed: { min: 30 } },
    { source: 'b', victims: 'military', killed: 100 },
    { source: 'c', victims: 'military', killed: { min: 60 }, wounded: 12 },
    { source: 'd', claimed_by: 'jnim', victims: 'military', killed: 200, abducted: 22 },
    { source: 'e', claimed_by: 'fama', victims: 'military', killed: 10 },
  ],
});
const independent = incidentRecord('2025-05-30-independent', { claims: [{ source: 'a', victims: 'civilian', killed: 12 }] });

describe('incident headline tolls', () => {
  it('names the claimant of a figure only a party gives', () => {
    const [s] = summariseClaims(partyOnly.data.claims);
    expect(s.independent).toBeUndefined();
    expect(summaryPhrase(s, name)).toBe('at least 174 soldiers killed, claimed by JNIM only');
    expect(summaryBasis(s)).toBe('(1 claim, 1 source)');
    expect(partiesPhrase(s, name)).toBe('');
  });

  it('gives the independent range first, then each party’s own figure', () => {
    const [killed, wounded, abducted] = summariseClaims(mixed.data.claims);
    expect(killed.range).toEqual({ low: 10, high: 200, claims: 5 });
    expect(summaryPhrase(killed, name)).toBe('30–100 soldiers killed');
    expect(summaryBasis(killed)).toBe('(3 claims, 3 sources)');
    expect(partiesPhrase(killed, name)).toBe('JNIM claimed 200; FAMa claimed 10');
    expect(summaryPhrase(wounded, name)).toBe('12 soldiers wounded');
    expect(partiesPhrase(wounded, name)).toBe('');
    expect(summaryPhrase(abducted, name)).toBe('22 soldiers abducted, claimed by JNIM only');
  });

  it('names every party when several give the only figures', () => {
    const [s] = summariseClaims([
      { source: 'x', claimed_by: 'jnim', victims: 'military', killed: { min: 50, max: null } },
      { source: 'y', claimed_by: 'fama', victims: 'military', killed: { min: 5, max: 5 } },
    ]);
    expect(summaryPhrase(s, name)).toBe('5–50 soldiers killed, claimed by JNIM and FAMa only');
  });

  it('marks a table or card toll only when no independent claim gives the measure', () => {
    expect(soleClaimants(partyOnly.data.claims, 'killed')).toEqual(['jnim']);
    expect(claimedByOnly(soleClaimants(partyOnly.data.claims, 'killed'), name)).toBe('claimed by JNIM only');
    expect(soleClaimants(mixed.data.claims, 'killed')).toEqual([]);
    expect(soleClaimants(mixed.data.claims, 'abducted')).toEqual(['jnim']);
    expect(soleClaimants(independent.data.claims, 'wounded')).toEqual([]);
  });
});

describe('totals with and without parties’ claims', () => {
  const index = fixtureIndex([partyOnly, mixed, independent]);
  const get = (id: string) => index.incident(id)!;

  it('keeps totals over every claim and adds the independent totals by the same rule', () => {
    expect(get(partyOnly.id).totals.killed).toEqual({ low: 174, high: null, claims: 1 });
    expect(get(partyOnly.id).independentTotals.killed).toBeUndefined();
    expect(get(mixed.id).totals.killed).toEqual({ low: 10, high: 200, claims: 5 });
    expect(get(mixed.id).independentTotals.killed).toEqual({ low: 30, high: 100, claims: 3 });
    expect(get(independent.id).independentTotals).toEqual(get(independent.id).totals);
  });

  it('sums both in headline(): a party-only toll counts with parties’ claims, not in the independent sum', () => {
    const h = headline(index.incidents);
    expect(h.killed).toEqual({ low: 196, high: null, claims: 7 });
    expect(h.independent.killed).toEqual({ low: 42, high: 112, claims: 4 });
    expect(h.partyOnly).toEqual({ killed: 1, wounded: 0, abducted: 1 });
    expect(h.independent.abducted).toEqual({ low: 0, high: 0, claims: 0 });
    expect(h.abducted).toEqual({ low: 22, high: 22, claims: 1 });
    expect(h.killedUnknown).toBe(0);
  });

  it('shows the independent range first and the range including parties’ claims beside it', () => {
    const h = headline(index.incidents);
    expect(tollStat(h, 'killed')).toEqual({
      label: 'Killed',
      value: '42–112',
      qualifier: 'independent reporting',
      also: "at least 196 including parties' claims",
      note: "1 incident has a toll only from parties' claims",
      link: { href: '/methodology/#party-claims', text: 'how the two are computed' },
    });
    expect(tollStat(h, 'abducted').value).toBe('unknown');
    expect(tollStat(headline([get(independent.id)]), 'killed', 'lowest to highest reported').note).toBe('lowest to highest reported');
  });
});
