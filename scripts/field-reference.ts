/**
 * `npm run field-reference`: rewrites the field reference of CONTRIBUTING.md from the record schemas.
 * `--check` only reports whether it is up to date (exit 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldReference } from '../src/build/exports/field-reference.ts';

const path = new URL('../CONTRIBUTING.md', import.meta.url);
const current = readFileSync(path, 'utf8');
const next = withFieldReference(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('CONTRIBUTING.md: the field reference is out of date; run `npm run field-reference`.');
    process.exit(1);
  }
  console.log('CONTRIBUTING.md: field reference up to date.');
} else if (next !== current) {
  writeFileSync(path, next);
  console.log('CONTRIBUTING.md: field reference rewritten from the schemas.');
} else {
  console.log('CONTRIBUTING.md: field reference already up to date.');
}
