/** A place's name in the reader's language: Tombouctou in French, Timbuktu in English. */
import type { Lang } from '../translations/index.ts';

export function placeName(loc: { name: string; name_fr?: string }, lang: Lang = 'en'): string {
  return lang === 'fr' && loc.name_fr ? loc.name_fr : loc.name;
}
