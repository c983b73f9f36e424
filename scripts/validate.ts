/**
 * `npm run validate`: checks every record under content/ and prints one line per problem.
 * Exits 1 when any record is invalid; likely duplicates are warnings and do not fail.
 * Usage: node scripts/validate.ts [--content <dir>] [--quiet] [--github]
 * --github also prints each problem as a GitHub Actions annotation on its file and line (for pull-request checks).
 */
import { githubAnnotation } from '../src/records/github-annotations.ts';
import { formatProblem } from '../src/records/format-issues.ts';
import { validateContent } from '../src/records/validate.ts';

const args = process.argv.slice(2);
const contentDir = args.includes('--content') ? args[args.indexOf('--content') + 1] : 'content';
const started = performance.now();
const { errors, warnings, files } = validateContent(process.cwd(), contentDir);
const ms = Math.round(performance.now() - started);

for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
for (const e of errors) console.error(formatProblem(e));
if (args.includes('--github')) {
  for (const w of warnings) console.log(githubAnnotation(w, process.cwd(), 'warning'));
  for (const e of errors) console.log(githubAnnotation(e, process.cwd()));
}
if (errors.length > 0) {
  console.error(`\n${errors.length} problem${errors.length > 1 ? 's' : ''} in ${contentDir}/ (${files} files checked in ${ms} ms). See CONTRIBUTING.md for the fields.`);
  process.exit(1);
}
console.log(`${files} records valid in ${contentDir}/ (${ms} ms)${warnings.length ? `, ${warnings.length} warning(s)` : ''}.`);
