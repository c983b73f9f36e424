/**
 * First-level regions as the record names them (`location.admin1`, usually from a place record),
 * keyed by one id used everywhere a region is chosen: the `region` URL parameter of the filtered
 * views, the regional counts and the choropleth. The key is the record's own name, so a region
 * the boundary data lacks (Mali's regions created in 2023) still counts and filters; the maps
 * draw only the regions whose name resolves to boundary units.
 */
import { fold } from './text.ts';

/** `mli-tombouctou`, `bfa-centre-nord`, `ner-tillaberi`: country code and the folded region name. */
export function regionId(country: string, admin1: string): string {
  const slug = fold(admin1).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${country}-${slug}`;
}
