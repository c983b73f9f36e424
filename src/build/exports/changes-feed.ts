/**
 * The Atom feed of `/changes/`: one entry per commit and incident, so a reader sees each revision
 * of a record (a figure revised, a place moved) and not only new incidents.
 */
import { atomFeed } from '../atom.ts';
import { latestChanges, type ChangeEntry } from '../changes.ts';
import type { History } from '../git-history.ts';
import { routes } from '../../domain/routes.ts';
import { site as siteConfig } from '../site.ts';
import { absoluteUrl, incidentUrl } from './incident-table.ts';
import { FEED_SIZE } from './incident-feed.ts';

type Records = Parameters<typeof latestChanges>[0];

export function changesFeed(records: Records, site: URL | string, log?: History): string {
  const entries: ChangeEntry[] = latestChanges(records, FEED_SIZE, log);
  const selfUrl = absoluteUrl(routes.changesFeed(), site);
  return atomFeed({
    id: selfUrl,
    title: `${siteConfig.name}: changes to the record`,
    subtitle: 'Revisions of incident records: figures revised, places moved, records added or withdrawn.',
    selfUrl,
    pageUrl: absoluteUrl(routes.changes(), site),
    updated: entries[0]?.revision.date ?? '1970-01-01T00:00:00Z',
    author: { name: `${siteConfig.name} contributors`, uri: siteConfig.repoUrl },
    rights: `Data: ${siteConfig.dataLicence.name}`,
    entries: entries.map(({ incident, revision, words }) => {
      const url = incidentUrl(incident.id, site);
      return {
        // One entry per commit and record: the page's URL with the commit as fragment never repeats.
        id: `${url}#${revision.hash}`,
        title: `${incident.data.title}: ${words[0]}${words.length > 1 ? ` (+${words.length - 1})` : ''}`,
        link: `${url}#history`,
        updated: revision.date,
        summary: `${words.join('; ').replace(/\.?$/, '.')} Commit ${revision.hash.slice(0, 7)}: ${revision.subject}`,
      };
    }),
  });
}
