/** `/feed.xml` (and `/fr/feed.xml`): Atom feed of the newest incidents in the whole record, in the URL's language. */
import type { APIRoute } from 'astro';
import { getRecords } from '../records/get-records.ts';
import { FEED_SIZE, feedResponse } from '../build/exports/incident-feed.ts';
import { lastChanged } from '../build/git-history.ts';
import { site as siteConfig } from '../build/site.ts';
import { langOf, routesFor } from '../domain/routes.ts';
import { words } from '../translations/index.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const records = await getRecords();
  const lang = langOf(url.pathname);
  const routes = routesFor(lang);
  const t = words(lang).feeds;
  return feedResponse({
    incidents: records.incidents,
    names: records,
    site,
    lang,
    path: routes.feed(),
    pagePath: routes.incidents(),
    title: t.allTitle(siteConfig.name),
    subtitle: t.allSubtitle(FEED_SIZE),
    changed: lastChanged,
  });
};
