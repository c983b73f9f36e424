/** `/changes/feed.xml`: the latest changes to the record, one entry per commit and incident. */
import type { APIRoute } from 'astro';
import { getRecords } from '../../records/get-records.ts';
import { changesFeed } from '../../build/exports/changes-feed.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: feeds need absolute URLs.');
  return new Response(changesFeed(await getRecords(), site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
