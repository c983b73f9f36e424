/**
 * What `npm run new-incident` says, in English and in French: its usage, its refusals, its report
 * and the comments of the skeleton it writes. These are words for contributors at a terminal, not
 * the site's interface, so they live beside the tool. `--lang fr` (or a `LANG=fr…` environment)
 * picks French. Ids, field names and vocabulary codes are the same in both: they are data.
 */
import type { Lang } from '../../src/translations/index.ts';

/** Where the point came from. */
type Origin = 'records' | 'geonames' | 'command-line';

const en = {
  usage: `Usage: npm run new-incident -- --date YYYY-MM-DD --place <name> --country <iso3> --perpetrator <actor id> --event-type <type>
  [--date-precision day|week|month|year] [--sub-event-type <type>] [--target <actor id>] [--title <text>] [--source <source id>]
  [--lat <lat> --lon <lon> [--precision exact|town|district|region|country]]   (for a place the gazetteer does not know)
  [--lang en|fr]   (the language of these messages and of the record; default from LANG, else English)
  --perpetrator and --target may be repeated or comma-separated.`,
  errors: {
    missing: (options: string) => `missing ${options}`,
    notANumber: (option: string, got: string) => `--${option}: expected a number, got "${got}"`,
    date: (got: string) => `--date: expected a real date YYYY-MM-DD, got "${got}"`,
    oneOf: (option: string, allowed: string, got: string) => `--${option}: expected one of ${allowed}, got "${got}"`,
    subEventType: (eventType: string, allowed: string, got: string) => `--sub-event-type: expected a sub-event type of ${eventType} (${allowed}), got "${got}"`,
    unknownId: (kind: 'country' | 'actor' | 'source', id: string, dir: string, closest: string) =>
      `unknown ${kind} "${id}": no content/${dir}/${id}.md. Closest ids: ${closest}.`,
    notIso3: (code: string) => `--country: "${code}" is not an ISO 3166-1 alpha-3 code`,
    noPerpetrator: '--perpetrator: name at least one actor id (use "unknown" when unattributed)',
    latLon: '--lat and --lon go together: give both or neither',
    unknownPlace: (place: string, country: string, nearest: string) =>
      `unknown place "${place}" in ${country}: the offline gazetteer (the records' places and GeoNames towns of 1,000+ people) has no such spelling.\n` +
      `  Nearest spellings it knows in ${country}: ${nearest || 'none'}.\n` +
      '  Use one of them with --place, or give the coordinates from your source with --lat <lat> --lon <lon> [--precision exact|town|district|region|country].',
    noLetters: (place: string) => `--place: "${place}" has no letters or digits to name the file with`,
    exists: (id: string, where: string) =>
      `incident "${id}" already exists (${where}): edit that record, or pick another --sub-event-type for a different event on the same day.`,
  },
  /** A spelling the gazetteer suggests, marked when it is a place of the records. */
  suggestion: ({ spelling, inRecords }: { spelling: string; inRecords: boolean }) => (inRecords ? `${spelling} (in the records)` : spelling),
  notes: {
    homonym: (name: string, country: string, at: string) => `another ${name} exists in ${country} at ${at}: check that the point is the right one.`,
    geonames: (name: string) => `coordinates of the town of ${name} (GeoNames): move the point if the sources place the event elsewhere.`,
  },
  /** Comments of the skeleton record; each follows `# ` in the YAML. */
  skeleton: {
    header: [
      'Skeleton written by `npm run new-incident`. Fill every TODO from your sources, in your own words,',
      'then run `npm run validate`. Field reference: CONTRIBUTING.md. Never copy ACLED rows.',
    ],
    lang: '',
    title: 'TODO: what happened, in your own words (5-200 characters)',
    datePrecision: 'day | week | month | year: no more precise than the sources',
    endDate: 'when it lasted several days',
    place: (id: string) => `the place record content/places/${id}.md gives the name, regions and point`,
    aliases: 'other spellings used by sources',
    from: { records: 'an existing record', geonames: 'GeoNames', 'command-line': 'the command line' } satisfies Record<Origin, string>,
    admin1From: (from: string) => `from ${from}: check against current boundaries`,
    admin1Todo: 'TODO region (first-level division), if the sources say',
    admin2From: (from: string) => `from ${from}: check`,
    admin2Todo: 'district, if known',
    precision: (origin: Origin) =>
      `${origin === 'records' ? 'coordinates of the place in an existing record' : origin === 'geonames' ? 'coordinates of the town (GeoNames)' : 'as given'}; use exact only for the site itself`,
    targets: 'actor ids, if any',
    claims: 'one per source (and per victim group); never a figure no source gives',
    source: 'TODO: id of a record in content/sources/ (add one if it is new)',
    claimedBy: 'actor id whose statement the source relays (army communique, group media)',
    killed: 'or {min: 60} for "at least 60", {min: 30, max: 40} for a range; leave out when not reported',
    tags: 'lower-case, kebab-case',
    summary: 'TODO: a summary in your own words: what happened, who reported what, and what is disputed.',
  },
  report: {
    wrote: (file: string) => `Wrote ${file}`,
    place: (name: string, origin: Origin, at: string) => `place: ${name} (${origin === 'records' ? 'from an existing record' : 'GeoNames'}), ${at}`,
    note: (text: string) => `note: ${text}`,
    fails: (n: number) => `Validation fails until you fill the TODOs (${n} problem${n > 1 ? 's' : ''}), as it should:`,
    valid: 'The record validates. Now replace the TODO summary, add the figures each source gives, and run `npm run validate`.',
    others: (n: number) => `(${n} other problem(s) in content/, not in this file: run \`npm run validate\` to see them.)`,
  },
};

export type NewIncidentWords = typeof en;

const fr: NewIncidentWords = {
  usage: `Usage : npm run new-incident -- --date AAAA-MM-JJ --place <nom> --country <iso3> --perpetrator <id d’acteur> --event-type <type>
  [--date-precision day|week|month|year] [--sub-event-type <type>] [--target <id d’acteur>] [--title <texte>] [--source <id de source>]
  [--lat <lat> --lon <lon> [--precision exact|town|district|region|country]]   (pour un lieu que le répertoire géographique ne connaît pas)
  [--lang en|fr]   (la langue de ces messages et de la fiche ; par défaut celle de LANG, sinon l’anglais)
  --perpetrator et --target peuvent être répétés ou séparés par des virgules.`,
  errors: {
    missing: (options) => `il manque ${options}`,
    notANumber: (option, got) => `--${option} : un nombre est attendu, reçu « ${got} »`,
    date: (got) => `--date : une date réelle AAAA-MM-JJ est attendue, reçu « ${got} »`,
    oneOf: (option, allowed, got) => `--${option} : une de ces valeurs est attendue : ${allowed} ; reçu « ${got} »`,
    subEventType: (eventType, allowed, got) => `--sub-event-type : un sous-type de ${eventType} est attendu (${allowed}) ; reçu « ${got} »`,
    unknownId: (kind, id, dir, closest) =>
      `${{ country: 'pays inconnu', actor: 'acteur inconnu', source: 'source inconnue' }[kind]} « ${id} » : il n’y a pas de content/${dir}/${id}.md. Identifiants les plus proches : ${closest}.`,
    notIso3: (code) => `--country : « ${code} » n’est pas un code ISO 3166-1 alpha-3`,
    noPerpetrator: '--perpetrator : nommez au moins un identifiant d’acteur (« unknown » quand l’incident n’est pas attribué)',
    latLon: '--lat et --lon vont ensemble : donnez les deux ou aucun',
    unknownPlace: (place, country, nearest) =>
      `lieu inconnu « ${place} » en ${country} : le répertoire géographique hors ligne (les lieux des fiches et les localités GeoNames de plus de 1 000 habitants) ne connaît pas cette graphie.\n` +
      `  Graphies les plus proches qu’il connaît en ${country} : ${nearest || 'aucune'}.\n` +
      '  Reprenez-en une avec --place, ou donnez les coordonnées de votre source avec --lat <lat> --lon <lon> [--precision exact|town|district|region|country].',
    noLetters: (place) => `--place : « ${place} » n’a ni lettre ni chiffre pour nommer le fichier`,
    exists: (id, where) =>
      `l’incident « ${id} » existe déjà (${where}) : modifiez cette fiche, ou choisissez un autre --sub-event-type s’il s’agit d’un autre événement le même jour.`,
  },
  suggestion: ({ spelling, inRecords }) => (inRecords ? `${spelling} (dans les fiches)` : spelling),
  notes: {
    homonym: (name, country, at) => `il existe un autre ${name} en ${country}, en ${at} : vérifiez que le point est le bon.`,
    geonames: (name) => `coordonnées de la localité de ${name} (GeoNames) : déplacez le point si les sources situent l’événement ailleurs.`,
  },
  skeleton: {
    header: [
      'Squelette écrit par `npm run new-incident`. Remplissez chaque TODO d’après vos sources, avec vos propres mots,',
      'puis lancez `npm run validate`. Référence des champs : CONTRIBUTING.fr.md. Ne recopiez jamais de lignes d’ACLED.',
    ],
    lang: 'le titre et le résumé sont en français',
    title: 'TODO : ce qui s’est passé, avec vos propres mots (5 à 200 caractères)',
    datePrecision: 'day | week | month | year : jamais plus précis que les sources',
    endDate: 'quand l’événement a duré plusieurs jours',
    place: (id) => `la fiche de lieu content/places/${id}.md donne le nom, les régions et le point`,
    aliases: 'autres graphies employées par les sources',
    from: { records: 'une fiche existante', geonames: 'GeoNames', 'command-line': 'la ligne de commande' },
    admin1From: (from) => `d’après ${from} : à vérifier avec le découpage actuel`,
    admin1Todo: 'TODO région (division de premier niveau), si les sources la donnent',
    admin2From: (from) => `d’après ${from} : à vérifier`,
    admin2Todo: 'cercle, département ou province, si connu',
    precision: (origin) =>
      `${origin === 'records' ? 'coordonnées du lieu d’une fiche existante' : origin === 'geonames' ? 'coordonnées de la localité (GeoNames)' : 'telles que données'} ; exact seulement pour le site lui-même`,
    targets: 'identifiants d’acteurs, s’il y en a',
    claims: 'une par source (et par groupe de victimes) ; jamais un chiffre qu’aucune source ne donne',
    source: 'TODO : identifiant d’une fiche de content/sources/ (ajoutez-la si elle est nouvelle)',
    claimedBy: 'identifiant de l’acteur dont la source relaie la déclaration (communiqué d’armée, média d’un groupe)',
    killed: 'ou {min: 60} pour « au moins 60 », {min: 30, max: 40} pour une fourchette ; à omettre si aucun chiffre n’est publié',
    tags: 'minuscules, kebab-case',
    summary: 'TODO : un résumé avec vos propres mots : ce qui s’est passé, qui a rapporté quoi, et ce qui est contesté.',
  },
  report: {
    wrote: (file) => `Fiche écrite : ${file}`,
    place: (name, origin, at) => `lieu : ${name} (${origin === 'records' ? 'd’une fiche existante' : 'GeoNames'}), ${at}`,
    note: (text) => `remarque : ${text}`,
    fails: (n) => `La validation échoue tant que les TODO ne sont pas remplis (${n} problème${n > 1 ? 's' : ''}), comme prévu :`,
    valid: 'La fiche est valide. Remplacez maintenant le résumé TODO, ajoutez les chiffres que donne chaque source, et lancez `npm run validate`.',
    others: (n) => `(${n} autre(s) problème(s) dans content/, pas dans ce fichier : lancez \`npm run validate\` pour les voir.)`,
  },
};

export const newIncidentWords: Record<Lang, NewIncidentWords> = { en, fr };

/** The contributor's language: `--lang` when given, else French for a French locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. */
export function contributorLang(option: Lang | undefined, env: Record<string, string | undefined> = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return option ?? (/^fr([_.@-]|$)/i.test(locale) ? 'fr' : 'en');
}
