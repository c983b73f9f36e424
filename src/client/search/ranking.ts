/**
 * Result order for what readers type most: a place, or the name of a group or country.
 *
 * "Results for a place show incidents before pages that only mention it." Pagefind's own
 * ranking already favours incidents at the place (their place names and aliases carry weight
 * 10, ordinary text 1), but a country, source or brief page that names the place many times
 * can still outrank them. When the query is a place, the incidents at it move ahead of the
 * other pages, keeping Pagefind's order within each group.
 */
import { fold, queryWords } from '../../domain/text.ts';

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

/**
 * Whether a query is one of the names of an actor or country page (its `names` metadata,
 * separated by " | "), as a whole: "JNIM" or "GSIM" names JNIM, "JNIM attack" does not.
 * Such a name occurs on most pages, so Pagefind alone ranks the long page about it low.
 */
export function namesMatch(q: string, names: string): boolean {
  const wanted = fold(q);
  return wanted !== '' && names.split('|').some((n) => fold(n) === wanted);
}

/**
 * The order shown for a query: the page the query names first, then the incidents at the
 * place it names, then everything else; Pagefind's order is kept within each group.
 */
export function arrangeResults<T extends { id: string }>(results: T[], named: { page?: string; incidents?: Set<string> }): T[] {
  const first: T[] = [];
  const incidents: T[] = [];
  const others: T[] = [];
  for (const r of results) {
    if (r.id === named.page) first.push(r);
    else if (named.incidents?.has(r.id)) incidents.push(r);
    else others.push(r);
  }
  return [...first, ...incidents, ...others];
}
