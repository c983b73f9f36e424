/**
 * The one place pages, endpoints and components get records from: every collection loaded
 * once per build and indexed (see `records/record-index.ts`).
 */
import { getCollection } from 'astro:content';
import { buildRecordIndex, type RecordIndex } from './record-index.ts';

let index: Promise<RecordIndex> | undefined;

async function load(): Promise<RecordIndex> {
  const [incidents, actors, countries, sources, areas, places] = await Promise.all([
    getCollection('incidents'),
    getCollection('actors'),
    getCollection('countries'),
    getCollection('sources'),
    getCollection('areas'),
    getCollection('places'),
  ]);
  const plain = <T>(e: { id: string; filePath?: string; data: T; body?: string }) => ({ id: e.id, file: e.filePath ?? '', data: e.data, body: e.body ?? '' });
  return buildRecordIndex({
    incidents: incidents.map(plain),
    actors: actors.map(plain),
    countries: countries.map(plain),
    sources: sources.map(plain),
    areas: areas.map(plain),
    places: places.map(plain),
  });
}

/** The indexed records of this build. */
export function getRecords(): Promise<RecordIndex> {
  index ??= load();
  return index;
}
