import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldReferenceMarkdown, guides, withFieldReference } from '../../src/build/exports/field-reference.ts';
import { collections } from '../../src/schemas/index.ts';
import { projectRoot } from './exports-helpers.ts';

describe('field reference in CONTRIBUTING.md and CONTRIBUTING.fr.md', () => {
  it('is up to date with the schemas in both guides (run `npm run field-reference` when this fails)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const doc = readFileSync(join(projectRoot, guides[lang]), 'utf8');
      expect(withFieldReference(doc, lang) === doc, `${guides[lang]} field reference is stale: run \`npm run field-reference\``).toBe(true);
    }
  });

  it('links each guide to the other at the top', () => {
    const head = (file: string) => readFileSync(join(projectRoot, file), 'utf8').split('\n').slice(0, 5).join('\n');
    expect(head(guides.en)).toContain('(CONTRIBUTING.fr.md)');
    expect(head(guides.fr)).toContain('(CONTRIBUTING.md)');
  });

  it('writes the French reference with French headings and types, and says its descriptions are in English', () => {
    const md = fieldReferenceMarkdown('fr');
    expect(md).toContain('| Champ | Type | Obligatoire | Description (en anglais) |');
    expect(md).toContain('qui ne les donnent qu’en anglais');
    expect(md).toContain('| `claims[].killed` | nombre entier, `{min}` ou `{min, max}` |  | People killed, as this source reports it. |');
    expect(md).toContain('| `location.lat` | nombre de -90 à 90 | oui, sans `place` |');
    expect(md).toContain('- `battles`: `armed-clash`, `government-regains-territory`, `non-state-actor-overtakes-territory`');
    expect(md).not.toMatch(/\| (yes|whole number|fields below|text) /);
  });

  it('lists every top-level field of every record type, with its description', () => {
    const md = fieldReferenceMarkdown();
    for (const name of ['incidents', 'actors', 'countries', 'sources', 'areas'] as const) {
      for (const key of Object.keys(collections[name].schema.shape)) expect(md).toContain(`| \`${key}\` |`);
    }
    expect(md).toContain('| `claims[].killed` | whole number, `{min}` or `{min, max}` |  | People killed, as this source reports it. |');
    expect(md).toContain('| `location.lat` | number -90 to 90 | yes, without `place` |');
    expect(md).toContain('- `battles`: `armed-clash`, `government-regains-territory`, `non-state-actor-overtakes-territory`');
  });
});
