/** `/countries/<iso3>/feed.xml`: Atom feed of the newest incidents in one country. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../../records/get-records.ts';
import { FEED_SIZE, feedResponse } from '../../../build/exports/incident-feed.ts';
import { lastChanged } from '../../../build/git-history.ts';
import { site as siteConfig } from '../../../build/site.ts';
import { routes } from '../../../domain/routes.ts';

export const getStaticPaths = (async () => {
  const { countries } = await getRecords();
  return countries.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const records = await getRecords();
  const country = records.country(params.id!)!;
  return feedResponse({
    incidents: records.inCountry(country.id),
    names: records,
    site,
    path: routes.countryFeed(country.id),
    pagePath: routes.country(country.id),
    title: `${siteConfig.name}: incidents in ${country.data.name}`,
    subtitle: `The ${FEED_SIZE} most recent incidents recorded in ${country.data.name}, newest first.`,
    changed: lastChanged,
  });
};
