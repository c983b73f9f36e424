/**
 * The words of the record's vocabularies in English. One home for each label: pages, feeds,
 * exports, maps and search all read them through `domain/labels.ts`. Every code of every
 * vocabulary must have its word (the types enforce it; a unit test checks none is empty).
 */
import type { ActorKind, DatePrecision, EventType, GeoPrecision, Measure, Relation, SubEventType, VictimGroup } from '../domain/vocabulary.ts';

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
