/** `/incidents/index.json`: what the index filter shows beside `/map/points.json` (see `domain/incident-index-data.ts`). */
import type { APIRoute } from 'astro';
import { getRecords } from '../../records/get-records.ts';
import { encodeIndex } from '../../domain/incident-index-data.ts';
import { soleClaimants } from '../../domain/claims.ts';
import type { Incident } from '../../records/record-index.ts';

export const GET: APIRoute = async () => {
  const records = await getRecords();
  const file = encodeIndex(
    records.incidents,
    (i) => soleClaimants((i as Incident).data.claims, 'killed'),
    (id) => (records.actor(id) ? records.actorLabel(id) : undefined),
  );
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
