/** `/countries/<iso3>/feed.xml` (and under `/fr/`): Atom feed of the newest incidents in one country, in the URL's language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../../records/get-records.ts';
import { FEED_SIZE, feedResponse } from '../../../build/exports/incident-feed.ts';
import { lastChanged } from '../../../build/git-history.ts';
import { site as siteConfig } from '../../../build/site.ts';
import { langOf, routesFor } from '../../../domain/routes.ts';
import { words } from '../../../translations/index.ts';

export const getStaticPaths = (async () => {
  const { countries } = await getRecords();
  return countries.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const records = await getRecords();
  const country = records.country(params.id!)!;
  const lang = langOf(url.pathname);
  const routes = routesFor(lang);
  const t = words(lang).feeds;
  const name = records.countryName(country.id, lang);
  return feedResponse({
    incidents: records.inCountry(country.id),
    names: records,
    site,
    lang,
    path: routes.countryFeed(country.id),
    pagePath: routes.country(country.id),
    title: t.countryTitle(siteConfig.name, name),
    subtitle: t.countrySubtitle(FEED_SIZE, name),
    changed: lastChanged,
  });
};
