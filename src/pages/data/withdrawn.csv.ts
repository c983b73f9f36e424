/** `/data/withdrawn.csv`: withdrawn and replaced incident ids, for reconciling an older download. */
import type { APIRoute } from 'astro';
import { getRecords } from '../../records/get-records.ts';
import { exportFormats, retiredCsv } from '../../build/exports/incident-exports.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: downloads carry absolute incident URLs.');
  return new Response(retiredCsv(await getRecords(), site), { headers: { 'Content-Type': exportFormats.csv.mime } });
};
