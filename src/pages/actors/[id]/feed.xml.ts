/** `/actors/<id>/feed.xml`: Atom feed of the newest incidents with an actor as perpetrator or target. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../../records/get-records.ts';
import { FEED_SIZE, feedResponse } from '../../../build/exports/incident-feed.ts';
import { lastChanged } from '../../../build/git-history.ts';
import { site as siteConfig } from '../../../build/site.ts';
import { routes } from '../../../domain/routes.ts';

export const getStaticPaths = (async () => {
  const { actors } = await getRecords();
  return actors.map((a) => ({ params: { id: a.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const records = await getRecords();
  const actor = records.actor(params.id!)!;
  const name = records.actorLabel(actor.id);
  return feedResponse({
    incidents: records.involving(actor.id),
    names: records,
    site,
    path: routes.actorFeed(actor.id),
    pagePath: routes.actor(actor.id),
    title: `${siteConfig.name}: incidents involving ${name}`,
    subtitle: `The ${FEED_SIZE} most recent incidents with ${name} as perpetrator or target, newest first.`,
    changed: lastChanged,
  });
};
