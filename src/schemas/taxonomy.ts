/**
 * ACLED's event taxonomy in kebab-case, so exports line up with the data analysts already use.
 * Each event type lists the sub-event types that belong to it.
 */
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
export const eventTypes = Object.keys(eventTaxonomy) as [EventType, ...EventType[]];

/** Human labels for event types, as ACLED writes them. */
export const eventTypeLabels: Record<EventType, string> = {
  battles: 'Battles',
  'explosions-remote-violence': 'Explosions/Remote violence',
  'violence-against-civilians': 'Violence against civilians',
  protests: 'Protests',
  riots: 'Riots',
  'strategic-developments': 'Strategic developments',
};

/** "non-state-actor-overtakes-territory" → "Non-state actor overtakes territory". */
export function labelFromKebab(s: string): string {
  const words = s.replace(/-/g, ' ').replace(/\bied\b/, 'IED');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
