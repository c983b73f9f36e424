/** `/actors/<id>/feed.xml` (and under `/fr/`): Atom feed of the newest incidents with an actor as perpetrator or target, in the URL's language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../../records/get-records.ts';
import { FEED_SIZE, feedResponse } from '../../../build/exports/incident-feed.ts';
import { lastChanged } from '../../../build/git-history.ts';
import { site as siteConfig } from '../../../build/site.ts';
import { langOf, routesFor } from '../../../domain/routes.ts';
import { words } from '../../../translations/index.ts';

export const getStaticPaths = (async () => {
  const { actors } = await getRecords();
  return actors.map((a) => ({ params: { id: a.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const records = await getRecords();
  const actor = records.actor(params.id!)!;
  const name = records.actorLabel(actor.id);
  const lang = langOf(url.pathname);
  const routes = routesFor(lang);
  const t = words(lang).feeds;
  return feedResponse({
    incidents: records.involving(actor.id),
    names: records,
    site,
    lang,
    path: routes.actorFeed(actor.id),
    pagePath: routes.actor(actor.id),
    title: t.actorTitle(siteConfig.name, name),
    subtitle: t.actorSubtitle(FEED_SIZE, name),
    changed: lastChanged,
  });
};
