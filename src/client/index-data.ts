/**
 * The whole record as index rows in the browser: `/map/points.json` + `/incidents/index.json`,
 * fetched and joined once per page (see `domain/incident-index-data.ts`), for the index filter
 * and the regional comparison.
 */
import { decodeIndex, type IndexFile, type IndexRow } from '../domain/incident-index-data.ts';
import { routes } from '../domain/routes.ts';
import { loadPoints } from './map/map-data.ts';

export interface IndexData {
  rows: IndexRow[];
  actorLabels: Map<string, string>;
  countryNames: Map<string, string>;
}

let data: Promise<IndexData> | undefined;
/** The whole record as index rows, fetched once per page; a failed load is tried again next time. */
export function loadIndex(): Promise<IndexData> {
  data ??= Promise.all([
    loadPoints(routes.mapPoints()),
    fetch(routes.incidentsIndexData()).then((r) => {
      if (!r.ok) throw new Error(`${routes.incidentsIndexData()}: HTTP ${r.status}`);
      return r.json() as Promise<IndexFile>;
    }),
  ]).then(([points, file]) => {
    const { rows, actorLabels } = decodeIndex(points, file);
    return { rows, actorLabels: new Map([...actorLabels, ...points.actorLabels]), countryNames: points.countryNames };
  });
  data.catch(() => (data = undefined));
  return data;
}
