/**
 * The records a served site was built from, read with the project's own validator, so tests
 * take ids, names and counts from the records at run time instead of hard-coded lists.
 *
 * `main` is the fixture dataset (tests/fixtures/site/content/): fictional, small and stable,
 * so a test may rely on what it was written to contain (`fixtureIncident(id)`). `real` is the
 * bundled content/, which grows and is corrected all the time: only the smoke test reads it,
 * and it must not rely on any particular record.
 */
import { join } from 'node:path';
import { validateContent, type ValidRecords } from '../../src/records/validate.ts';
import type { Rec as Entry } from '../../src/records/record.ts';
import type { IncidentData } from '../../src/schemas/incident.ts';
import { repoRoot, siteProjects, type SiteName } from './build-site.ts';

const cache = new Map<SiteName, ValidRecords>();

export function siteRecords(site: SiteName = 'main'): ValidRecords {
  let records = cache.get(site);
  if (!records) {
    // Validated from the fixture's own folder, so each record's `file` reads `content/...`
    // exactly as in the site built from it (edit and history links).
    const result = validateContent(join(repoRoot, siteProjects[site]), 'content');
    if (result.errors.length > 0) {
      throw new Error(`the ${site} site's records do not validate:\n${result.errors.map((e) => `${e.file}: ${e.field}: ${e.message}`).join('\n')}`);
    }
    records = result.records;
    cache.set(site, records);
  }
  return records;
}

/** An incident of the fixture dataset that a test was written for; fails clearly when the fixture lost it. */
export function fixtureIncident(id: string): Entry<IncidentData> {
  const found = siteRecords('main').incidents.find((i) => i.id === id);
  if (!found) throw new Error(`the fixture dataset (tests/fixtures/site/content/incidents/) has no incident "${id}"; a test relies on it`);
  return found;
}
