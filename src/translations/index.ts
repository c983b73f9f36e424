/**
 * The languages of the interface and their words: one file per language, the same keys in
 * each (`fr.ts` is typed against `en.ts`, and a unit test checks no key is empty or unused).
 */
import en from './en.ts';
import fr from './fr.ts';

export const languages = ['en', 'fr'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';
export type Words = typeof en;

const dictionaries: Record<Lang, Words> = { en, fr };

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (languages as readonly string[]).includes(x);
}

/** The words of one language. */
export function words(lang: Lang): Words {
  return dictionaries[lang];
}

/** The name of each language in itself, for the language switch. */
export const languageNames: Record<Lang, string> = { en: 'English', fr: 'Français' };
