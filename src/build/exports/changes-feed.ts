/**
 * The Atom feed of `/changes/`: one entry per commit and incident, so a reader sees each revision
 * of a record (a figure revised, a place moved) and not only new incidents.
 */
import { atomFeed } from '../atom.ts';
import { latestChanges, type ChangeEntry } from '../changes.ts';
import type { History } from '../git-history.ts';
import { routesFor } from '../../domain/routes.ts';
import { words, type Lang } from '../../translations/index.ts';
import { site as siteConfig } from '../site.ts';
import { absoluteUrl } from './incident-table.ts';
import { FEED_SIZE } from './incident-feed.ts';

type Records = Parameters<typeof latestChanges>[0];

/** The feed in a language (English by default): its words, and links to that language's pages. */
export function changesFeed(records: Records, site: URL | string, log?: History, lang: Lang = 'en'): string {
  const entries: ChangeEntry[] = latestChanges(records, FEED_SIZE, log, lang);
  const routes = routesFor(lang);
  const t = words(lang).feeds;
  const selfUrl = absoluteUrl(routes.changesFeed(), site);
  return atomFeed({
    id: selfUrl,
    lang,
    title: t.changesTitle(siteConfig.name),
    subtitle: t.changesSubtitle,
    selfUrl,
    pageUrl: absoluteUrl(routes.changes(), site),
    updated: entries[0]?.revision.date ?? '1970-01-01T00:00:00Z',
    author: { name: t.author(siteConfig.name), uri: siteConfig.repoUrl },
    rights: t.rights(siteConfig.dataLicence.name),
    entries: entries.map(({ incident, revision, words: changes }) => {
      const url = absoluteUrl(routes.incident(incident.id), site);
      return {
        // One entry per commit and record: the page's URL with the commit as fragment never repeats.
        id: `${url}#${revision.hash}`,
        title: words(lang).lists.labelled(incident.data.title, `${changes[0]}${changes.length > 1 ? ` (+${changes.length - 1})` : ''}`),
        link: `${url}#history`,
        updated: revision.date,
        summary: `${changes.join('; ').replace(/\.?$/, '.')} ${t.commit(revision.hash.slice(0, 7), revision.subject)}`,
      };
    }),
  });
}
