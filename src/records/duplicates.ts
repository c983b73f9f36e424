/**
 * Likely duplicate incidents: within a day and 25 km of each other with a shared perpetrator,
 * unless either names the other in `distinct_from`. A likely duplicate is an error: merge the
 * two records' claims into one, or mark them as distinct.
 * Sorted by date, each incident is compared only with those of the next day, so the
 * cost grows with the number of incidents per day, not with the square of the record.
 * Only day-precision records take part: a record known to the month is stored on the 1st,
 * and "a day apart" from it would be a coincidence of storage, not of the events.
 */
import type { IncidentData } from '../schemas/incident.ts';
import { distanceKm } from '../domain/geo.ts';
import type { Problem } from './format-issues.ts';
import { DAY_MS } from '../domain/dates.ts';

export const DUPLICATE_KM = 25;

export function findLikelyDuplicates(incidents: { id: string; file: string; data: IncidentData }[]): Problem[] {
  const sorted = incidents
    .filter((e) => e.data.date_precision === 'day')
    .map((e) => ({ ...e, day: Date.parse(e.data.date) / DAY_MS }))
    .sort((a, b) => a.day - b.day);
  const out: Problem[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].day - a.day <= 1; j++) {
      const b = sorted[j];
      if (!a.data.actors.perpetrators.some((p) => b.data.actors.perpetrators.includes(p) && p !== 'unknown')) continue;
      if (a.data.distinct_from.includes(b.id) || b.data.distinct_from.includes(a.id)) continue;
      const km = distanceKm(a.data.location.lat, a.data.location.lon, b.data.location.lat, b.data.location.lon);
      if (km <= DUPLICATE_KM) {
        out.push({ file: b.file, field: '', message: `may duplicate ${a.id} (${Math.round(km)} km and ${Math.round(b.day - a.day)} day apart, same perpetrator); if they are one event, merge the claims into one record; if not, add \`distinct_from: [${a.id}]\`` });
      }
    }
  }
  return out;
}
