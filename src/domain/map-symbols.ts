/**
 * Incident symbols: a colour AND a shape per perpetrator slot, so the legend never relies on
 * colour alone. Shapes are SVG paths in a 32 x 32 box: the map draws them into icon images
 * (canvas Path2D), the legend draws the same paths as inline SVG. No runtime imports.
 */

export interface SymbolSlot {
  colour: string;
  shape: string;
  /** SVG path, 32 x 32 box. */
  path: string;
}

function polygon(n: number, r: number, rotation = -Math.PI / 2, cx = 16, cy = 16): string {
  const pts = Array.from({ length: n }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / n;
    return `${(cx + r * Math.cos(a)).toFixed(2)} ${(cy + r * Math.sin(a)).toFixed(2)}`;
  });
  return `M ${pts.join(' L ')} Z`;
}

function star(points: number, outer: number, inner: number): string {
  const pts = Array.from({ length: points * 2 }, (_, i) => {
    const r = i % 2 ? inner : outer;
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    return `${(16 + r * Math.cos(a)).toFixed(2)} ${(16 + r * Math.sin(a)).toFixed(2)}`;
  });
  return `M ${pts.join(' L ')} Z`;
}

/**
 * Eight slots: the seven actors with most incidents in the whole record, then "other or
 * unknown". Colours are dark enough for 3:1 contrast on the land colour (tested).
 */
export const SYMBOL_SLOTS: SymbolSlot[] = [
  { colour: '#b2182b', shape: 'circle', path: 'M 16 4 A 12 12 0 1 1 16 28 A 12 12 0 1 1 16 4 Z' },
  { colour: '#2166ac', shape: 'square', path: 'M 5.5 5.5 H 26.5 V 26.5 H 5.5 Z' },
  { colour: '#1b7837', shape: 'triangle', path: polygon(3, 14, -Math.PI / 2, 16, 18) },
  { colour: '#762a83', shape: 'diamond', path: polygon(4, 14) },
  { colour: '#b35806', shape: 'hexagon', path: polygon(6, 13) },
  { colour: '#01665e', shape: 'inverted triangle', path: polygon(3, 14, Math.PI / 2, 16, 14) },
  { colour: '#c51b7d', shape: 'star', path: star(5, 15, 6.5) },
  { colour: '#4d4d4d', shape: 'cross', path: 'M 11.5 3.5 H 20.5 V 11.5 H 28.5 V 20.5 H 20.5 V 28.5 H 11.5 V 20.5 H 3.5 V 11.5 H 11.5 Z' },
];
export const OTHER_SLOT = SYMBOL_SLOTS.length - 1;

/** Site colours the map is drawn in (match `src/styles/global.css`). */
export const MAP_COLOURS = {
  water: '#dbe5ea',
  land: '#f4f1ea',
  landFocus: '#ebe3d0',
  border: '#8f877a',
  coast: '#7f98a6',
  label: '#3d444c',
  town: '#1b1f24',
  halo: '#ffffff',
  cluster: '#2f353c',
  clusterText: '#ffffff',
  focus: '#1b1f24',
  river: '#8fb3c9',
  region: '#a59c8c',
  regionLabel: '#6b6459',
  countryOnly: '#7a4b00',
} as const;

/**
 * Gives the most frequent actors (by incident count, `unknown` excluded) their own slot and
 * every other actor the "other" slot. Ranking the whole record keeps an actor's symbol the
 * same on every page.
 */
export function assignSlots(perpetratorLists: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of perpetratorLists) for (const a of list) counts.set(a, (counts.get(a) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .filter(([a]) => a !== 'unknown')
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, OTHER_SLOT);
  return new Map(ranked.map(([a], i) => [a, i]));
}

/** Symbol size factor from the high end of the killed range: small for none, growing with the log. */
export const SIZE_STOPS: [killed: number, size: number][] = [[0, 0.55], [1, 0.7], [10, 0.95], [100, 1.35], [500, 1.75]];

const slotCache = new WeakMap<object, Map<string, number>>();

/** `assignSlots` over a build's incidents, computed once per incident list (pages ask it often). */
export function slotsOfIncidents(incidents: readonly { data: { actors: { perpetrators: readonly string[] } } }[]): Map<string, number> {
  let slots = slotCache.get(incidents);
  if (!slots) {
    slots = assignSlots(incidents.map((i) => i.data.actors.perpetrators));
    slotCache.set(incidents, slots);
  }
  return slots;
}
