/**
 * What the claims of one incident add up to, per measure and victim group, with how many
 * claims and distinct sources stand behind each range ("30–100 soldiers killed (3 claims, 3 sources)").
 */
import type { Claim } from '../schemas/incident.ts';
import { measureVerbs, plural, victimNouns } from './labels.ts';
import { formatRange, measures, rangesByVictims, type Measure, type Range } from './ranges.ts';

export interface ClaimSummary {
  measure: Measure;
  victims: Claim['victims'];
  range: Range;
  sources: number;
}

export function summariseClaims(claims: Claim[]): ClaimSummary[] {
  return measures.flatMap((measure) =>
    rangesByVictims(claims, measure).map(({ victims, range }) => ({
      measure,
      victims,
      range,
      sources: new Set(claims.filter((c) => c.victims === victims && c[measure]).map((c) => c.source)).size,
    })),
  );
}

/** "30–100 soldiers killed". */
export function summaryPhrase(s: ClaimSummary): string {
  return `${formatRange(s.range)} ${victimNouns[s.victims]} ${measureVerbs[s.measure]}`;
}

/** "(3 claims, 3 sources)". */
export function summaryBasis(s: ClaimSummary): string {
  return `(${plural(s.range.claims, 'claim')}, ${plural(s.sources, 'source')})`;
}
