/**
 * The words of the interface: both languages have the same keys, no word is empty (a function
 * gives a non-empty text for sample arguments), and every key is used somewhere in `src/`,
 * so a word left behind by a removed feature does not linger untranslated-but-harmless.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/translations/en.ts';
import fr from '../../src/translations/fr.ts';
import { projectRoot } from './exports-helpers.ts';

type Leaf = { path: string[]; value: unknown };

function leaves(o: unknown, path: string[] = []): Leaf[] {
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value: o }];
}

/** Sample arguments: a digit string reads as a name or a figure alike, and `toLocaleString` works on it. */
const sample = (f: (...args: unknown[]) => unknown) => Array.from({ length: f.length }, () => '3');

/** Sections keyed by the record's codes: their words are looked up by code, never named in the source. */
const byCode = ['eventType', 'subEventType', 'victims', 'victimNoun', 'measureVerb', 'measureLabel', 'geoPrecision', 'datePrecision', 'actorKinds', 'actorKind', 'relation', 'inverseRelation', 'sourceKind', 'areas.kind', 'change.field', 'tags', 'languageName'];

function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? (e.name === 'translations' ? '' : sourceText(join(dir, e.name))) : /\.(ts|astro|mjs)$/.test(e.name) ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

const enLeaves = leaves(en);
const frLeaves = leaves(fr);
const key = (l: Leaf) => l.path.join('.');

describe('the words of the interface', () => {
  it('has the same keys in English and French', () => {
    expect(frLeaves.map(key).sort()).toEqual(enLeaves.map(key).sort());
  });

  for (const [lang, all] of [['en', enLeaves], ['fr', frLeaves]] as const) {
    it(`has no empty word in ${lang}`, () => {
      const empty = all.filter(({ value }) => {
        if (typeof value === 'function') {
          const text = value(...sample(value as (...args: unknown[]) => unknown));
          return typeof text !== 'string' || text.trim() === '' || /undefined|NaN|\[object/.test(text);
        }
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty.map(key)).toEqual([]);
    });
  }

  it('takes the same arguments for a word in both languages', () => {
    const frByKey = new Map(frLeaves.map((l) => [key(l), l.value]));
    const differ = enLeaves.filter((l) => typeof l.value === 'function' && (frByKey.get(key(l)) as () => unknown)?.length !== (l.value as () => unknown).length);
    expect(differ.map(key)).toEqual([]);
  });

  it('uses every word somewhere in src/', () => {
    const src = sourceText(join(projectRoot, 'src'));
    const unused = enLeaves
      .filter((l) => !byCode.some((section) => key(l).startsWith(`${section}.`)))
      .filter((l) => {
        const name = l.path.at(-1)!;
        return !src.includes(`.${name}`) && !src.includes(`'${name}'`);
      });
    expect(unused.map(key)).toEqual([]);
  });
});
