/** `/data/countries/<iso3>.csv`, `.geojson` and `.json`: the incidents located in one country. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../../records/get-records.ts';
import { exportFormats, exportResponse, type ExportFormat } from '../../../build/exports/incident-exports.ts';

export const getStaticPaths = (async () => {
  const { countries } = await getRecords();
  return countries.flatMap((c) => Object.keys(exportFormats).map((format) => ({ params: { id: c.id, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const records = await getRecords();
  return exportResponse(params.format as ExportFormat, records.inCountry(params.id!), { site, names: records, scope: `incidents in country ${params.id}` });
};
