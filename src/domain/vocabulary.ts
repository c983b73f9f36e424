/**
 * The record's closed vocabularies: every coded value a record may hold, in ONE place.
 * Schemas validate against these lists, and pages, feeds, exports, maps and search read
 * them from here, so browser code gets them without zod. Their words are in `translations/`.
 *
 * The ORDER of `datePrecisions` and `geoPrecisions` is part of the `/map/points.json`
 * format (points store an index into them): append, never reorder.
 */

/** ACLED's event taxonomy in kebab-case: each event type with the sub-event types that belong to it. */
export const eventTaxonomy = {
  battles: ['armed-clash', 'government-regains-territory', 'non-state-actor-overtakes-territory'],
  'explosions-remote-violence': [
    'chemical-weapon',
    'air-drone-strike',
    'suicide-bomb',
    'shelling-artillery-missile-attack',
    'remote-explosive-landmine-ied',
    'grenade',
  ],
  'violence-against-civilians': ['sexual-violence', 'attack', 'abduction-forced-disappearance'],
  protests: ['peaceful-protest', 'protest-with-intervention', 'excessive-force-against-protesters'],
  riots: ['violent-demonstration', 'mob-violence'],
  'strategic-developments': [
    'agreement',
    'arrests',
    'change-to-group-activity',
    'disrupted-weapons-use',
    'headquarters-or-base-established',
    'looting-property-destruction',
    'non-violent-transfer-of-territory',
    'other',
  ],
} as const;
export type EventType = keyof typeof eventTaxonomy;
export type SubEventType = (typeof eventTaxonomy)[EventType][number];
export const eventTypes = Object.keys(eventTaxonomy) as [EventType, ...EventType[]];
export const subEventTypes = Object.values(eventTaxonomy).flat() as SubEventType[];

/** How exactly a date is known. The stored `date` is the first day of that span. */
export const datePrecisions = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** How exactly a place is known, from the site itself down to "somewhere in the country". */
export const geoPrecisions = ['exact', 'town', 'district', 'region', 'country'] as const;
export type GeoPrecision = (typeof geoPrecisions)[number];

/** Whom a claim's figures count, in the order pages list them. */
export const victimGroups = ['military', 'civilian', 'militant', 'mixed', 'unknown'] as const;
export type VictimGroup = (typeof victimGroups)[number];

/** What a claim counts. */
export const measures = ['killed', 'wounded', 'abducted'] as const;
export type Measure = (typeof measures)[number];

export const actorKinds = ['jihadist', 'separatist', 'state-force', 'militia', 'foreign-force', 'criminal', 'other'] as const;
export type ActorKind = (typeof actorKinds)[number];

export const relations = ['affiliate-of', 'member-of', 'allied-with', 'split-from', 'supported-by'] as const;
export type Relation = (typeof relations)[number];

export const sourceKinds = ['news', 'analysis', 'ngo-report', 'official-statement', 'group-media', 'dataset', 'social-media'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const areaKinds = ['control', 'operations', 'presence'] as const;
export type AreaKind = (typeof areaKinds)[number];
