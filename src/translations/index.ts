/**
 * The languages of the interface and their words: one file per language, the same keys in
 * each (`fr.ts` is typed against `en.ts`, and a unit test checks no key is empty or unused).
 *
 * The build (and Node: scripts, tests) loads every language. A page in the browser loads only
 * its own (`<html lang>`): each dictionary is a chunk of its own, so a reader does not download
 * the words of a language the page is not in.
 */
import type en from './en.ts';

export const languages = ['en', 'fr'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';
export type Words = typeof en;

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (languages as readonly string[]).includes(x);
}

const load: Record<Lang, () => Promise<{ default: Words }>> = { en: () => import('./en.ts'), fr: () => import('./fr.ts') };
// Vite sets `SSR` false in browser bundles; Node (scripts, tests) has no import.meta.env.
const inBrowser = (import.meta as { env?: { SSR?: boolean } }).env?.SSR === false;
const pageLang = inBrowser && isLang(document.documentElement.lang) ? document.documentElement.lang : defaultLang;
const wanted: readonly Lang[] = inBrowser ? [pageLang] : languages;
const dictionaries: Partial<Record<Lang, Words>> = Object.fromEntries(
  await Promise.all(wanted.map(async (l) => [l, (await load[l]()).default] as const)),
);

/**
 * The words of one language. In the browser only the page's language is loaded, and a script
 * that asks for another (a default of English left in place) gets the page's words: a reader
 * never sees a broken page for it.
 */
export function words(lang: Lang): Words {
  return dictionaries[lang] ?? dictionaries[pageLang]!;
}

/** The name of each language in itself, for the language switch. */
export const languageNames: Record<Lang, string> = { en: 'English', fr: 'Français' };
