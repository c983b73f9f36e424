import type { APIRoute } from 'astro';
import { buildTowns } from '../../build/map-basemap.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(buildTowns()), { headers: { 'Content-Type': 'application/geo+json' } });
