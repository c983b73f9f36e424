/** `/changes/feed.xml` (and `/fr/changes/feed.xml`): the latest changes to the record, one entry per commit and incident, in the URL's language. */
import type { APIRoute } from 'astro';
import { getRecords } from '../../records/get-records.ts';
import { changesFeed } from '../../build/exports/changes-feed.ts';
import { langOf } from '../../domain/routes.ts';

export const GET: APIRoute = async ({ site, url }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: feeds need absolute URLs.');
  return new Response(changesFeed(await getRecords(), site, undefined, langOf(url.pathname)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
