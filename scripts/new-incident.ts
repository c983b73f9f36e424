/**
 * `npm run new-incident -- --date 2025-06-02 --place Timbuktu --country mli --perpetrator jnim --event-type battles`
 * writes the skeleton of an incident record in the right folder, with the place's coordinates and
 * region from an offline gazetteer, then validates it. The work is in `scripts/lib/create-incident.ts`.
 * `--lang fr` (or a French `LANG`) speaks French and writes a record in French (`lang: fr`); the
 * words are in `scripts/lib/new-incident-words.ts`.
 *
 * Exit codes: 0 written and valid; 3 written, with TODOs that still fail validation (expected until
 * you fill them); 1 refused (unknown place, existing id, bad option), nothing written.
 */
import { parseArgs } from 'node:util';
import { isLang } from '../src/translations/index.ts';
import { createIncident, describeResult, NewIncidentError } from './lib/create-incident.ts';
import { contributorLang, newIncidentWords } from './lib/new-incident-words.ts';

const list = (v: string[] | undefined) => (v ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);

// Until the options are read, the environment says which language to speak.
let w = newIncidentWords[contributorLang(undefined)];
const num = (v: string | undefined, name: string) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new NewIncidentError(w.errors.notANumber(name, v));
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
      lang: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const option = values.lang;
  if (option !== undefined && !isLang(option)) throw new NewIncidentError(w.errors.oneOf('lang', 'en | fr', option));
  const lang = contributorLang(option);
  w = newIncidentWords[lang];
  if (values.help) {
    console.log(w.usage);
    process.exit(0);
  }
  const missing = ['date', 'place', 'country', 'perpetrator', 'event-type'].filter((k) => values[k as keyof typeof values] === undefined);
  if (missing.length) throw new NewIncidentError(`${w.errors.missing(missing.map((m) => `--${m}`).join(', '))}\n${w.usage}`);

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
    lang,
  });
  console.log(describeResult(result, lang));
  process.exit(result.problems.length ? 3 : 0);
} catch (e) {
  if (e instanceof NewIncidentError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`new-incident: ${(e as Error).message}`);
    process.exit(1);
  }
  throw e;
}
