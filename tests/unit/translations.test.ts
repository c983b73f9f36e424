/**
 * The words of the interface: every key of each language exists in the other, and no word is empty.
 * Functions are called with sample arguments (numbers and texts) and must give a non-empty text
 * that shows the same arguments in both languages. Every key is used somewhere in `src/`, so a
 * word left behind by a removed feature does not linger.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/translations/en.ts';
import fr from '../../src/translations/fr.ts';
import { richLinks } from '../../src/domain/rich-text.ts';
import { projectRoot } from './exports-helpers.ts';

type Tree = { [key: string]: unknown };

/** Every leaf of a dictionary as `path → value`, arrays by index. */
function leaves(node: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Tree)) for (const [p, x] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, x);
  } else out.set(path, node);
  return out;
}

/** Sample arguments a word function may take: a number (2: a plural) or a text. */
const sample = (f: (...args: never[]) => unknown) => Array.from({ length: f.length }, (_, k) => (k % 2 ? `«arg${k}»` : 2)) as never[];

/** What a leaf says: a string as it is, a function called with samples. */
function say(v: unknown): unknown {
  return typeof v === 'function' ? v(...sample(v as (...args: never[]) => unknown)) : v;
}

/** Sections keyed by the record's codes: their words are looked up by code, never named in the source. */
const byCode = ['eventType', 'subEventType', 'victims', 'victimNoun', 'measureVerb', 'measureLabel', 'geoPrecision', 'datePrecision', 'actorKinds', 'actorKind', 'relation', 'inverseRelation', 'sourceKind', 'areas.kind', 'change.field', 'tags', 'languageName'];

function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? (e.name === 'translations' ? '' : sourceText(join(dir, e.name))) : /\.(ts|astro|mjs)$/.test(e.name) ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

const english = leaves(en);
/** Functions given a vocabulary code that one language puts into words of its own instead of showing it. */
const wordsItself = new Set(['incident.roughDistances']);
const french = leaves(fr);

describe('translations', () => {
  it('have the same keys in English and French', () => {
    expect([...french.keys()].filter((k) => !english.has(k)), 'keys in fr.ts that en.ts lacks').toEqual([]);
    expect([...english.keys()].filter((k) => !french.has(k)), 'keys in en.ts that fr.ts lacks').toEqual([]);
    expect(english.size).toBeGreaterThan(300);
  });

  it('have no empty word, and functions of the same arity giving a non-empty text', () => {
    for (const [lang, dict] of [['en', english], ['fr', french]] as const) {
      for (const [key, v] of dict) {
        const said = say(v);
        expect(typeof said === 'string' && said.trim().length > 0, `${lang}: ${key} says ${JSON.stringify(said)}`).toBe(true);
        if (typeof v === 'function') expect((v as () => unknown).length, `${lang}: ${key} takes as many arguments as in English`).toBe((english.get(key) as () => unknown).length);
      }
    }
  });

  it('use in French every argument the English shows (none dropped in translation), and the other way round', () => {
    for (const [key, v] of english) {
      if (typeof v !== 'function' || wordsItself.has(key)) continue;
      // Every argument as a marker text: a number's toLocaleString gives it back as it is; arithmetic gives NaN in both.
      const args = Array.from({ length: v.length }, (_, k) => `«arg${k}»`);
      const [inEnglish, inFrench] = [v, french.get(key)].map((f) => String((f as (...a: string[]) => unknown)(...args)));
      for (const arg of args) expect(inFrench.includes(arg), `${key}: ${arg} in "${inEnglish}" / "${inFrench}"`).toBe(inEnglish.includes(arg));
    }
  });

  it('link the same places in both languages (inline [text](key) links)', () => {
    for (const [key, v] of english) {
      const inEnglish = richLinks(String(say(v))).sort();
      expect(richLinks(String(say(french.get(key)))).sort(), key).toEqual(inEnglish);
    }
  });

  it('are French in fr.ts: prose is not left in English', () => {
    const same = [...english].filter(([key, v]) => typeof v === 'string' && v.split(' ').length > 4 && v === french.get(key)).map(([k]) => k);
    expect(same).toEqual([]);
    expect(fr.methodology.title).toBe('Méthodologie');
  });

  it('uses every word somewhere in src/', () => {
    const src = sourceText(join(projectRoot, 'src'));
    const unused = [...english.keys()]
      .filter((k) => !byCode.some((section) => k.startsWith(`${section}.`)))
      .filter((k) => {
        const name = k.split('.').at(-1)!;
        return !src.includes(`.${name}`) && !src.includes(`'${name}'`);
      });
    expect(unused).toEqual([]);
  });
});
