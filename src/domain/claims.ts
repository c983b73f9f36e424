/**
 * What the claims of one incident add up to, per measure and victim group, with how many
 * claims and distinct sources stand behind each range ("30–100 soldiers killed (3 claims, 3 sources)"),
 * and who gives it: independent reporting, or only a party to the fighting (`claimed_by`).
 */
import type { Claim } from '../schemas/incident.ts';
import { words, type Lang } from '../translations/index.ts';
import { listOf } from './labels.ts';
import { formatRange, independentClaims, measures, rangeOf, rangesByVictims, type Measure, type Range } from './ranges.ts';

export interface ClaimSummary {
  measure: Measure;
  victims: Claim['victims'];
  /** Over every claim, parties' included (the range exports and maps use). */
  range: Range;
  sources: number;
  /** Over independent claims only; undefined when only parties give a figure. */
  independent?: { range: Range; sources: number };
  /** Each party whose claims give a figure, with the range of its own claims, in order of first claim. */
  parties: { actor: string; range: Range }[];
}

/** An actor's label (`records.actorLabel`). */
type ActorName = (id: string) => string;

const sourceCount = (claims: Claim[]) => new Set(claims.map((c) => c.source)).size;

export function summariseClaims(claims: Claim[]): ClaimSummary[] {
  return measures.flatMap((measure) =>
    rangesByVictims(claims, measure).map(({ victims, range }) => {
      const giving = claims.filter((c) => c.victims === victims && c[measure]);
      const own = independentClaims(giving);
      const figures = (list: Claim[]) => rangeOf(list.map((c) => c[measure]!))!;
      return {
        measure,
        victims,
        range,
        sources: sourceCount(giving),
        independent: own.length ? { range: figures(own), sources: sourceCount(own) } : undefined,
        parties: partiesOf(giving).map((actor) => ({ actor, range: figures(giving.filter((c) => c.claimed_by === actor)) })),
      };
    }),
  );
}

/** Distinct `claimed_by` actors of the claims, in order of first claim. */
function partiesOf(claims: Claim[]): string[] {
  return [...new Set(claims.flatMap((c) => c.claimed_by ?? []))];
}

/**
 * The parties whose claims alone give the incident's figure for a measure (any victim group);
 * empty when independent reporting gives one, or nobody does.
 */
export function soleClaimants(claims: Claim[], measure: Measure): string[] {
  const giving = claims.filter((c) => c[measure]);
  return independentClaims(giving).length ? [] : partiesOf(giving);
}

/** "claimed by JNIM only" for the sole claimants of a figure. */
export function claimedByOnly(actors: string[], name: ActorName, lang: Lang = 'en'): string {
  return words(lang).toll.claimedByOnly(listOf(actors.map(name), lang));
}

/**
 * "30–100 soldiers killed" from independent reporting; "at least 174 soldiers killed, claimed by
 * JNIM only" when only parties give a figure, so the headline never hides whose figure it is.
 */
export function summaryPhrase(s: ClaimSummary, name: ActorName, lang: Lang = 'en'): string {
  const t = words(lang);
  const what = `${t.victimNoun[s.victims]} ${t.measureVerb[s.measure]}`;
  if (s.independent) return `${formatRange(s.independent.range, lang)} ${what}`;
  return `${formatRange(s.range, lang)} ${what}, ${claimedByOnly(s.parties.map((p) => p.actor), name, lang)}`;
}

/** "(3 claims, 3 sources)" behind the phrase: the independent claims when there are any. */
export function summaryBasis(s: ClaimSummary, lang: Lang = 'en'): string {
  const { range, sources } = s.independent ?? s;
  return words(lang).toll.basis(range.claims, sources);
}

/**
 * Parties' own figures after an independent range: "JNIM claimed at least 101; FAMa claimed 30–101".
 * Empty when no party gives a figure, or when only parties do (the phrase names them then).
 */
export function partiesPhrase(s: ClaimSummary, name: ActorName, lang: Lang = 'en'): string {
  if (!s.independent) return '';
  return s.parties.map((p) => words(lang).toll.partyClaimed(name(p.actor), formatRange(p.range, lang))).join('; ');
}
