/** `/map/poster.svg`: the maps' static poster, shown until a map has drawn (see `build/map-poster.ts`). */
import type { APIRoute } from 'astro';
import { buildPosterSvg } from '../../build/map-poster.ts';

export const GET: APIRoute = () => new Response(buildPosterSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
