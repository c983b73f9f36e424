/**
 * Prints, as Markdown, what the commits from `--base` to `--head` do to the incident records:
 * added, changed (with what changed, in words) and removed. The pull-request workflow writes it
 * to the job summary.
 *
 * Usage: node scripts/record-diff.ts --base <commit> [--head <commit>] [--pages-url <url>] [--artifact-url <url>]
 */
import { parseArgs } from 'node:util';
import { diffSummary, recordDiff } from './lib/record-diff.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string', default: 'HEAD' },
    'pages-url': { type: 'string' },
    'artifact-url': { type: 'string' },
  },
});
if (!values.base) {
  console.error('Usage: node scripts/record-diff.ts --base <commit> [--head <commit>] [--pages-url <url>] [--artifact-url <url>]');
  process.exit(2);
}
const diff = recordDiff(process.cwd(), values.base, values.head);
process.stdout.write(diffSummary(diff, { pagesUrl: values['pages-url'] || undefined, artifactUrl: values['artifact-url'] || undefined }));
