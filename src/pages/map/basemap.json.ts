/** `/map/basemap.json`: the offline basemap (land, borders, coasts, labels) as GeoJSON (see `lib/map-basemap.ts`). */
import type { APIRoute } from 'astro';
import { buildBasemap } from '../../lib/map-basemap.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(buildBasemap()), { headers: { 'Content-Type': 'application/geo+json' } });
