/**
 * `npm run new-incident -- --date 2025-06-02 --place Timbuktu --country mli --perpetrator jnim --event-type battles`
 * writes the skeleton of an incident record in the right folder, with the place's coordinates and
 * region from an offline gazetteer, then validates it. The work is in `scripts/lib/create-incident.ts`.
 *
 * Exit codes: 0 written and valid; 3 written, with TODOs that still fail validation (expected until
 * you fill them); 1 refused (unknown place, existing id, bad option), nothing written.
 */
import { parseArgs } from 'node:util';
import { createIncident, describeResult, NewIncidentError } from './lib/create-incident.ts';

const usage = `Usage: npm run new-incident -- --date YYYY-MM-DD --place <name> --country <iso3> --perpetrator <actor id> --event-type <type>
  [--date-precision day|week|month|year] [--sub-event-type <type>] [--target <actor id>] [--title <text>] [--source <source id>]
  [--lat <lat> --lon <lon> [--precision exact|town|district|region|country]]   (for a place the gazetteer does not know)
  --perpetrator and --target may be repeated or comma-separated.`;

const list = (v: string[] | undefined) => (v ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
const num = (v: string | undefined, name: string) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new NewIncidentError(`--${name}: expected a number, got "${v}"`);
  return n;
};

try {
  const { values } = parseArgs({
    options: {
      date: { type: 'string' },
      'date-precision': { type: 'string' },
      place: { type: 'string' },
      country: { type: 'string' },
      perpetrator: { type: 'string', multiple: true },
      target: { type: 'string', multiple: true },
      'event-type': { type: 'string' },
      'sub-event-type': { type: 'string' },
      title: { type: 'string' },
      source: { type: 'string' },
      lat: { type: 'string' },
      lon: { type: 'string' },
      precision: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const missing = ['date', 'place', 'country', 'perpetrator', 'event-type'].filter((k) => values[k as keyof typeof values] === undefined);
  if (missing.length) throw new NewIncidentError(`missing ${missing.map((m) => `--${m}`).join(', ')}\n${usage}`);

  const result = createIncident({
    root: values.root ?? process.cwd(),
    date: values.date!,
    datePrecision: values['date-precision'],
    place: values.place!,
    country: values.country!,
    perpetrators: list(values.perpetrator),
    targets: list(values.target),
    eventType: values['event-type']!,
    subEventType: values['sub-event-type'],
    title: values.title,
    source: values.source,
    lat: num(values.lat, 'lat'),
    lon: num(values.lon, 'lon'),
    precision: values.precision,
  });
  console.log(describeResult(result));
  process.exit(result.problems.length ? 3 : 0);
} catch (e) {
  if (e instanceof NewIncidentError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`new-incident: ${(e as Error).message}`);
    process.exit(1);
  }
  throw e;
}
