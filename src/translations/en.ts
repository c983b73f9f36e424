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
  /** Reading offline: the page shown for a page never opened, and the installed app's description. */
  offline: {
    title: 'You are offline',
    lede: 'This page was not saved on this device, and there is no connection to fetch it.',
    saved: 'Pages you have opened on this device open without a connection. Try one of these, or come back when you are online:',
    savedList: 'Saved pages',
    home: 'Home',
    appDescription: 'An open, cited record of armed-group violence in the Sahel and coastal West Africa, readable offline.',
  },
};
