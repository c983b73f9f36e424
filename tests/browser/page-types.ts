/**
 * One page of every type on the fixture site, for checks that run on all of them (axe at phone
 * and desktop widths, no sideways scroll on a phone, screenshots).
 */
import { siteRecords } from './records.ts';

const records = siteRecords('main');
const incidents = [...records.incidents].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
/** The newest incident: its page, country, perpetrator, month and first source stand for their types. */
export const newest = incidents[0];
const month = newest.data.date.slice(0, 7);
/** A place the fixture records several incidents at, to search for. */
export const placeName = records.places[0].data.name;
export const notFoundPath = '/no-such-page/';

export const pageTypes: [string, string][] = [
  ['home', '/'],
  ['incidents index', '/incidents/'],
  ['incident', `/incidents/${newest.id}/`],
  ['countries index', '/countries/'],
  ['country', `/countries/${newest.data.location.country}/`],
  ['actors index', '/actors/'],
  ['actor', `/actors/${newest.data.actors.perpetrators[0]}/`],
  ['timeline', '/timeline/'],
  ['year', `/timeline/${month.slice(0, 4)}/`],
  ['month', `/timeline/${month.replace('-', '/')}/`],
  ['sources index', '/sources/'],
  ['source', `/sources/${newest.data.claims[0].source}/`],
  ['briefs index', '/briefs/'],
  ...records.briefs.slice(0, 1).map((b): [string, string] => ['brief', `/briefs/${b.id}/`]),
  ['changes', '/changes/'],
  ['methodology', '/methodology/'],
  ['data', '/data/'],
  ['methodology in French', '/fr/methodology/'],
  ['data in French', '/fr/data/'],
  ['search', `/search/?q=${encodeURIComponent(placeName)}`],
  ['near a place', `/near/?${new URLSearchParams({ place: newest.data.location.name, lat: String(newest.data.location.lat), lon: String(newest.data.location.lon), km: '100' })}`],
  ['not found', notFoundPath],
];
