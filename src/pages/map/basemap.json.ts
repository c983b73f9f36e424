/** `/map/basemap.json`: the offline basemap (land, borders, coasts, labels) as GeoJSON (see `build/map-basemap.ts`). */
import type { APIRoute } from 'astro';
import { buildBasemap } from '../../build/map-basemap.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(buildBasemap()), { headers: { 'Content-Type': 'application/geo+json' } });
