/** `/feed.xml`: Atom feed of the newest incidents in the whole record. */
import type { APIRoute } from 'astro';
import { getRecords } from '../records/get-records.ts';
import { FEED_SIZE, feedResponse } from '../build/exports/incident-feed.ts';
import { lastChanged } from '../build/git-history.ts';
import { site as siteConfig } from '../build/site.ts';
import { routes } from '../domain/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = await getRecords();
  return feedResponse({
    incidents: records.incidents,
    names: records,
    site,
    path: routes.feed(),
    pagePath: routes.incidents(),
    title: `${siteConfig.name}: latest incidents`,
    subtitle: `The ${FEED_SIZE} most recent incidents in the record, newest first.`,
    changed: lastChanged,
  });
};
