/** `/map/points.json`: every incident as compact point data for the maps (see `domain/map-points.ts`). */
import type { APIRoute } from 'astro';
import { getRecords } from '../../records/get-records.ts';
import { encodePoints } from '../../domain/map-points.ts';

export const GET: APIRoute = async () => {
  const records = await getRecords();
  const file = encodePoints(
    records.incidents,
    (id) => (records.actor(id) ? records.actorLabel(id) : undefined),
    (id) => records.country(id)?.data.name,
  );
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
