/**
 * `npm run validate`: checks every record under content/ and prints one line per problem, then
 * the record's coverage (incidents per country and year, sourcing and placement).
 * Exits 1 when any record is invalid (likely duplicates included: merge them or mark them distinct).
 * Usage: node scripts/validate.ts [--content <dir>] [--quiet] [--github]
 * --github also prints each problem as a GitHub Actions annotation on its file and line (for pull-request checks).
 */
import { coverage, coverageMarkdown } from '../src/domain/coverage.ts';
import { githubAnnotation } from '../src/records/github-annotations.ts';
import { formatProblem } from '../src/records/format-issues.ts';
import { validateContent } from '../src/records/validate.ts';

const args = process.argv.slice(2);
const contentDir = args.includes('--content') ? args[args.indexOf('--content') + 1] : 'content';
const started = performance.now();
const { errors, files, records } = validateContent(process.cwd(), contentDir);
const ms = Math.round(performance.now() - started);

for (const e of errors) console.error(formatProblem(e));
if (args.includes('--github')) {
  for (const e of errors) console.log(githubAnnotation(e, process.cwd()));
}
if (errors.length > 0) {
  console.error(`\n${errors.length} problem${errors.length > 1 ? 's' : ''} in ${contentDir}/ (${files} files checked in ${ms} ms). See CONTRIBUTING.md for the fields.`);
  process.exit(1);
}
console.log(`${files} records valid in ${contentDir}/ (${ms} ms).`);
if (!args.includes('--quiet') && records.incidents.length > 0) {
  // Withdrawn incidents were false: they count nowhere.
  const live = records.incidents.filter((i) => !i.data.withdrawn);
  const sources = new Map(records.sources.map((s) => [s.id, s.data.url]));
  const names = new Map(records.countries.map((c) => [c.id, c.data.name]));
  const years = live.map((i) => +i.data.date.slice(0, 4));
  const to = Math.max(...years);
  const c = coverage({ incidents: live, sourceUrl: (id) => sources.get(id), countryName: (id) => names.get(id) ?? id }, Math.max(Math.min(...years), to - 3), to);
  console.log(`\nCoverage, ${c.years[0]}-${to}:\n${coverageMarkdown(c)}`);
}
