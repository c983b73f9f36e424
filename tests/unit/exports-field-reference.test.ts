import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldReferenceMarkdown, withFieldReference } from '../../src/build/exports/field-reference.ts';
import { collections } from '../../src/schemas/index.ts';
import { projectRoot } from './exports-helpers.ts';

describe('field reference in CONTRIBUTING.md', () => {
  it('is up to date with the schemas (run `npm run field-reference` when this fails)', () => {
    const doc = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
    expect(withFieldReference(doc) === doc, 'CONTRIBUTING.md field reference is stale: run `npm run field-reference`').toBe(true);
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
