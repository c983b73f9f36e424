/**
 * The web app manifest, so a reader can install the site. In the page's language (`/fr/...` has
 * its own once French pages are built from every page file); the app always starts at the
 * site's root and covers all of it, both languages included.
 */
import type { APIRoute } from 'astro';
import { site } from '../build/site.ts';
import { langOf, path } from '../domain/routes.ts';
import { words } from '../translations/index.ts';

export const GET: APIRoute = ({ url }) => {
  const lang = langOf(url.pathname);
  const manifest = {
    name: site.name,
    short_name: 'Sahel Tracker',
    description: words(lang).offline.appDescription,
    lang,
    start_url: path(''),
    scope: path(''),
    display: 'standalone',
    theme_color: '#1b1f24',
    background_color: '#ffffff',
    icons: [
      { src: path('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: path('icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: path('icon-512.png'), sizes: '512x512', type: 'image/png' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
