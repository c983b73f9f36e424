/** `/data/incidents.csv`, `.geojson` and `.json`: every incident, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../records/get-records.ts';
import { exportFormats, exportResponse, type ExportFormat } from '../../build/exports/incident-exports.ts';

export const getStaticPaths = (() => Object.keys(exportFormats).map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const records = await getRecords();
  return exportResponse(params.format as ExportFormat, records.incidents, { site, names: records, scope: 'all incidents', retired: records });
};
