/**
 * Casualty ranges across claims. The site never picks one figure: for each victim group it
 * shows the lowest lower bound to the highest upper bound, listing every claim beneath.
 */
import { words, type Lang } from '../translations/index.ts';
import type { Claim, Figure } from '../schemas/incident.ts';
import { measures, victimGroups, type Measure } from './vocabulary.ts';

export { measures, type Measure };

/** A range over claims; `high` is null when no claim gives an upper bound ("at least low"). */
export interface Range {
  low: number;
  high: number | null;
  /** How many claims gave a figure. */
  claims: number;
}

/**
 * Lowest lower bound to highest upper bound. An "at least N" claim raises the upper end to N
 * when other claims are bounded, so the range never ends below what any source asserts.
 */
export function rangeOf(figures: Figure[]): Range | undefined {
  if (figures.length === 0) return undefined;
  const low = Math.min(...figures.map((f) => f.min));
  const bounded = figures.filter((f) => f.max !== null);
  const high = bounded.length === 0 ? null : Math.max(...figures.map((f) => f.max ?? f.min));
  return { low, high, claims: figures.length };
}

/** Range of one measure for each victim group that has claims, in a stable order. */
export function rangesByVictims(claims: Claim[], measure: Measure): { victims: Claim['victims']; range: Range }[] {
  return victimGroups.flatMap((victims) => {
    const range = rangeOf(claims.filter((c) => c.victims === victims && c[measure]).map((c) => c[measure]!));
    return range ? [{ victims, range }] : [];
  });
}

/**
 * Claims from independent reporting: those that relay no party's own statement (no
 * `claimed_by`). The independent range is the same rule applied to these claims only.
 */
export function independentClaims(claims: Claim[]): Claim[] {
  return claims.filter((c) => !c.claimed_by);
}

/** The incident's total for a measure: the sum of the ranges of its victim groups. */
export function totalRange(claims: Claim[], measure: Measure): Range | undefined {
  const groups = rangesByVictims(claims, measure);
  if (groups.length === 0) return undefined;
  return {
    low: groups.reduce((s, g) => s + g.range.low, 0),
    high: groups.some((g) => g.range.high === null) ? null : groups.reduce((s, g) => s + g.range.high!, 0),
    claims: groups.reduce((s, g) => s + g.range.claims, 0),
  };
}

/** Adds ranges (for totals over many incidents); undefined ranges count as nothing. */
export function sumRanges(ranges: (Range | undefined)[]): Range {
  let low = 0;
  let high: number | null = 0;
  let claims = 0;
  for (const r of ranges) {
    if (!r) continue;
    low += r.low;
    high = high === null || r.high === null ? null : high + r.high;
    claims += r.claims;
  }
  return { low, high, claims };
}

/** "30–100", "60", "at least 60"; "unknown" when no source gives a figure (including a sum over no claims). */
export function formatRange(r: Range | undefined, lang: Lang = 'en'): string {
  const t = words(lang).figures;
  if (!r || r.claims === 0) return t.unknown;
  const n = (x: number) => x.toLocaleString(lang);
  if (r.high === null) return t.atLeast(n(r.low));
  if (r.high === r.low) return n(r.low);
  return t.between(n(r.low), n(r.high));
}

/** One claim's figure as written: "30", "at least 60", "30–40". */
export function formatFigure(f: Figure | undefined, lang: Lang = 'en'): string {
  if (!f) return '—';
  return formatRange({ low: f.min, high: f.max, claims: 1 }, lang);
}

/** The high end used for sorting and map symbol size: the upper bound, or the lower bound when open. */
export function rangeHigh(r: Range | undefined): number {
  return r ? (r.high ?? r.low) : 0;
}
