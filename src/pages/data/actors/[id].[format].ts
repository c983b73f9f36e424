/**
 * `/data/actors/<id>.csv`, `.geojson` and `.json`: the incidents an actor took part in,
 * as a perpetrator OR as a target (an army's file holds attacks it suffered as well as its own).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../../records/get-records.ts';
import { exportFormats, exportResponse, type ExportFormat } from '../../../build/exports/incident-exports.ts';

export const getStaticPaths = (async () => {
  const { actors } = await getRecords();
  return actors.flatMap((a) => Object.keys(exportFormats).map((format) => ({ params: { id: a.id, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const records = await getRecords();
  return exportResponse(params.format as ExportFormat, records.involving(params.id!), { site, names: records, scope: `incidents with actor ${params.id} as perpetrator or target` });
};
