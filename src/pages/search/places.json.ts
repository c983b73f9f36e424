/** `/search/places.json`: the places "incidents near a place" can start from (see domain/search-places.ts). */
import type { APIRoute } from 'astro';
import { getRecords } from '../../records/get-records.ts';
import { buildPlaces } from '../../domain/search-places.ts';

export const GET: APIRoute = async () => {
  const records = await getRecords();
  const file = buildPlaces(records.incidents, (id) => records.country(id)?.data.name);
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
