/** `/search/places.json`: the places "incidents near a place" can start from (see domain/search-places.ts). */
import type { APIRoute } from 'astro';
import { getRecords } from '../../records/get-records.ts';
import { buildPlaces } from '../../domain/search-places.ts';
import { regionTowns } from '../../build/region-towns.ts';

export const GET: APIRoute = async () => {
  const records = await getRecords();
  const places = records.places.map((p) => ({ ...p.data, aliases: [...p.data.aliases, ...(p.data.name_fr ? [p.data.name_fr] : [])] }));
  const file = buildPlaces(records.incidents, (id) => records.country(id)?.data.name, [...places, ...regionTowns()]);
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
