/** `/map/areas.json`: areas of reach with their actor, date, sources and label point (see `build/map-areas.ts`). */
import type { APIRoute } from 'astro';
import { getRecords } from '../../records/get-records.ts';
import { buildMapAreas } from '../../build/map-areas.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(buildMapAreas(await getRecords())), { headers: { 'Content-Type': 'application/json' } });
