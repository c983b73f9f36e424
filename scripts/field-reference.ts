/**
 * `npm run field-reference`: rewrites the field reference of the contributor guides
 * (CONTRIBUTING.md, CONTRIBUTING.fr.md) from the record schemas.
 * `--check` only reports whether they are up to date (exit 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { guides, withFieldReference } from '../src/build/exports/field-reference.ts';
import { languages } from '../src/translations/index.ts';

const check = process.argv.includes('--check');
let stale = false;
for (const lang of languages) {
  const name = guides[lang];
  const path = new URL(`../${name}`, import.meta.url);
  const current = readFileSync(path, 'utf8');
  const next = withFieldReference(current, lang);
  if (next === current) console.log(`${name}: field reference up to date.`);
  else if (check) {
    console.error(`${name}: the field reference is out of date; run \`npm run field-reference\`.`);
    stale = true;
  } else {
    writeFileSync(path, next);
    console.log(`${name}: field reference rewritten from the schemas.`);
  }
}
if (stale) process.exit(1);
