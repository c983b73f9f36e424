/**
 * The records a served site was built from, read with the project's own validator, so tests
 * pick real ids at run time instead of hard-coded lists that go stale as the dataset grows.
 */
import { validateContent, type ValidRecords } from '../../src/records/validate.ts';
import type { SiteName } from './harness.ts';

const repoRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const contentDirs: Record<SiteName, string> = { main: 'content', hostile: 'tests/fixtures/hostile/content' };
const cache = new Map<SiteName, ValidRecords>();

export function siteRecords(site: SiteName = 'main'): ValidRecords {
  let records = cache.get(site);
  if (!records) {
    const result = validateContent(repoRoot, contentDirs[site]);
    if (result.errors.length > 0) {
      throw new Error(`the ${site} site's records do not validate:\n${result.errors.map((e) => `${e.file}: ${e.field}: ${e.message}`).join('\n')}`);
    }
    records = result.records;
    cache.set(site, records);
  }
  return records;
}
