/**
 * "Results for a place show incidents before pages that only mention it." Pagefind's own
 * ranking already favours incidents at the place (their place names and aliases carry weight
 * 10, ordinary text 1), but a country, source or brief page that names the place many times
 * can still outrank them. When the query is a place, the incidents at it move ahead of the
 * other pages, keeping Pagefind's order within each group.
 */
import { fold, queryWords } from './text.ts';

/**
 * Whether a query names a place: every word of it occurs in the place names of an incident
 * (name, aliases, admin regions, as in the `places` metadata, separated by " | ").
 */
export function isPlaceQuery(q: string, places: string): boolean {
  const words = queryWords(q);
  if (words.length === 0) return false;
  const names = places.split('|').map((p) => fold(p));
  const placeWords = new Set(names.flatMap((n) => n.split(/[^\p{L}\p{N}'-]+/u)));
  return words.every((w) => placeWords.has(w) || names.some((n) => n.startsWith(w)));
}

/**
 * The incidents at the place, from the incident results of the query: an incident whose
 * place matched scores several times higher than one that only mentions the place in its
 * text (weight 10 against 1), so those within half the best score are taken as at the place.
 */
export function incidentsAtPlace(incidentResults: readonly { id: string; score: number }[]): Set<string> {
  const best = Math.max(0, ...incidentResults.map((r) => r.score));
  return new Set(incidentResults.filter((r) => r.score >= best / 2).map((r) => r.id));
}

/** Stable partition: the given incidents first, then the rest, each group in its original order. */
export function incidentsFirst<T extends { id: string }>(results: T[], incidentIds: Set<string>): T[] {
  const incidents: T[] = [];
  const others: T[] = [];
  for (const r of results) (incidentIds.has(r.id) ? incidents : others).push(r);
  return [...incidents, ...others];
}
