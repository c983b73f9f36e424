/**
 * Zones of reach as unions of first-level administrative units (Node-only): the boundary data
 * is read once by `records/admin1.ts`; the union dissolves shared borders with topojson-client's
 * `merge`, so a zone of several units is one outline, not a patchwork.
 */
import { merge } from 'topojson-client';
import type { MultiPolygon } from 'geojson';
import { admin1Data, nameOf, resolveUnits, unitsOf } from '../records/admin1.ts';

export { unitsOf };

/**
 * The union of a country's units as a MultiPolygon: `names` are unit names (for Burkina Faso,
 * region names too, each standing for its provinces), or `'whole'` for every unit of the
 * country. `except` leaves units out. Throws on a name the data does not know.
 */
export function unionOf(country: string, names: readonly string[] | 'whole', except: readonly string[] = []): MultiPolygon {
  const topo = admin1Data().countries[country];
  if (!topo) throw new Error(`no admin-1 units for country "${country}"`);
  const picked = names === 'whole' ? undefined : resolveUnits(country, names);
  const left = resolveUnits(country, except);
  const unknown = [...(picked?.unknown ?? []), ...left.unknown];
  if (unknown.length) throw new Error(`unknown admin-1 units of ${country}: ${unknown.join(', ')} (known: ${unitsOf(country).join(', ')})`);
  const inZone = (name: string | null) => (picked ? picked.units.includes(name!) : true) && !left.units.includes(name!);
  const geometries = topo.objects.units.geometries.filter((g) => inZone(nameOf(g)));
  return merge(topo, geometries as Parameters<typeof merge>[1]);
}
