import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BOUNDS, buildBasemap, buildTowns, clipRings, unwrapRing } from '../../src/build/map-basemap.ts';
import { AREA_SOURCE, BASEMAP_SOURCE, FOCUS_SOURCE, HALO_SOURCE, INCIDENT_SOURCE, TOWNS_SOURCE, basemapLayers, offlineStyle, overlayLayers } from '../../src/domain/map-style.ts';
import { MAP_COLOURS, OTHER_SLOT, SYMBOL_SLOTS, assignSlots } from '../../src/domain/map-symbols.ts';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('map style', () => {
  const style = offlineStyle({ type: 'FeatureCollection', features: [] }, 'mli');
  const all = [...style.layers, ...overlayLayers()];

  it('fetches no glyphs, sprites or tiles: labels are drawn from local fonts', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('draws every layer from a source the map provides', () => {
    const sources = new Set([BASEMAP_SOURCE, TOWNS_SOURCE, INCIDENT_SOURCE, HALO_SOURCE, AREA_SOURCE, FOCUS_SOURCE]);
    for (const layer of all) if ('source' in layer) expect(sources, layer.id).toContain(layer.source);
    expect(new Set(all.map((l) => l.id)).size).toBe(all.length);
  });

  it('labels countries and towns, and shades the focused country', () => {
    const layers = basemapLayers('tgo');
    expect(layers.find((l) => l.id === 'country-label')?.type).toBe('symbol');
    expect(layers.find((l) => l.id === 'town-label')?.type).toBe('symbol');
    expect(JSON.stringify(layers.find((l) => l.id === 'land-focus'))).toContain('"tgo"');
  });

  it('gives each perpetrator slot its own shape and a colour with 3:1 contrast on land', () => {
    expect(new Set(SYMBOL_SLOTS.map((s) => s.shape)).size).toBe(SYMBOL_SLOTS.length);
    for (const s of SYMBOL_SLOTS) expect(contrast(s.colour, MAP_COLOURS.land), s.colour).toBeGreaterThanOrEqual(3);
    expect(contrast(MAP_COLOURS.label, MAP_COLOURS.halo)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(MAP_COLOURS.clusterText, MAP_COLOURS.cluster)).toBeGreaterThanOrEqual(4.5);
  });

  it('ranks actors by incidents, leaves "unknown" and the rest to the last slot', () => {
    const lists = [['jnim'], ['jnim'], ['unknown'], ['unknown'], ['unknown'], ['is-sahel', 'jnim'], ['is-sahel'], ...'abcdefgh'.split('').map((a) => [a])];
    const slots = assignSlots(lists);
    expect(slots.get('jnim')).toBe(0);
    expect(slots.get('is-sahel')).toBe(1);
    expect(slots.has('unknown')).toBe(false);
    expect(slots.size).toBe(OTHER_SLOT);
  });
});

describe('offline basemap', () => {
  const fc = buildBasemap();
  const detail = buildTowns();
  const of = (k: string) => [...fc.features, ...detail.features].filter((f) => f.properties?.k === k);

  it('makes rings crossing the antimeridian continuous', () => {
    const ring = unwrapRing([[179, 60], [-179, 61], [-178, 62], [179, 60]]);
    expect(ring.map((p) => p[0])).toEqual([179, 181, 182, 179]);
  });

  it('clips polygons to the box and drops those outside it', () => {
    const square = [[[-10, -10], [10, -10], [10, 10], [-10, 10], [-10, -10]]];
    const clipped = clipRings(square, [0, 0, 5, 5])!;
    for (const [x, y] of clipped[0]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(5);
    }
    expect(clipped[0][0]).toEqual(clipped[0].at(-1));
    expect(clipRings(square, [20, 20, 30, 30])).toBeUndefined();
  });

  it('holds land, borders and coasts of the region and no coordinate beyond its box', () => {
    const [w, s, e, n] = BASEMAP_BOUNDS;
    const iso = new Set(of('land').map((f) => f.properties?.iso3));
    for (const c of ['mli', 'bfa', 'ner', 'tgo', 'ben', 'nga', 'tcd', 'sen', 'mrt', 'dza']) expect(iso, c).toContain(c);
    expect(of('border')).toHaveLength(1);
    expect(of('coast')).toHaveLength(1);
    const walk = (c: unknown): void => {
      if (typeof (c as number[])[0] === 'number') {
        const [x, y] = c as number[];
        expect(x >= w && x <= e && y >= s && y <= n, `${x},${y}`).toBe(true);
      } else for (const d of c as unknown[]) walk(d);
    };
    for (const f of fc.features) walk((f.geometry as { coordinates: unknown }).coordinates);
  });

  it('places country labels inside their country and names the towns analysts look for', () => {
    const label = (name: string) => of('country-label').find((f) => f.properties?.name === name);
    const mali = label('Mali')!;
    const [x, y] = (mali.geometry as { coordinates: number[] }).coordinates;
    expect(x).toBeGreaterThan(-12);
    expect(x).toBeLessThan(4);
    expect(y).toBeGreaterThan(10);
    expect(y).toBeLessThan(25);
    expect(label('Togo')).toBeDefined();
    const towns = new Set(of('town').map((f) => f.properties?.name));
    for (const t of ['Bamako', 'Ouagadougou', 'Niamey', 'Lomé', 'Timbuktu', 'Gao', 'Mopti']) expect(towns, t).toContain(t);
  });

  it('names first-level regions: the 13 regions of Burkina Faso from its provinces, and those of Mali', () => {
    const regions = (iso3: string) => new Set(of('region-label').filter((f) => f.properties?.iso3 === iso3).map((f) => f.properties?.name));
    const bfa = regions('bfa');
    expect(bfa.size, 'Burkina Faso: 13 regions, not 45 provinces').toBe(13);
    for (const r of ['Sahel', 'Est', 'Centre-Nord', 'Boucle du Mouhoun']) expect(bfa, r).toContain(r);
    for (const r of ['Mopti', 'Timbuktu', 'Gao', 'Kidal']) expect(regions('mli'), r).toContain(r);
    expect(regions('ner')).toContain('Tillabéri');
    // Lines between regions, and lighter lines between Burkina Faso's provinces.
    expect(of('region-line').some((f) => f.properties?.iso3 === 'bfa' && f.properties.rank === 2)).toBe(true);
  });

  it('draws the Niger river where it runs past Mopti and Niamey', () => {
    const river = of('river')[0].geometry as { coordinates: number[][][][] };
    const near = (lon: number, lat: number) => river.coordinates.some((p) => p[0].some(([x, y]) => Math.hypot(x - lon, y - lat) < 0.3));
    expect(near(-4.2, 14.5), 'Mopti').toBe(true);
    expect(near(2.1, 13.5), 'Niamey').toBe(true);
    expect(of('lake').length).toBe(1);
  });

  it('keeps each zoom band light: the first band under 200 KB gzipped, the towns band under 40 KB', () => {
    expect(gzipSync(JSON.stringify(fc)).length).toBeLessThan(200 * 1024);
    expect(gzipSync(JSON.stringify(detail)).length).toBeLessThan(40 * 1024);
    // The first band holds only the major towns; regional towns wait for the reader to zoom in.
    expect(fc.features.filter((f) => f.properties?.k === 'town').every((f) => f.properties?.rank === 1)).toBe(true);
  });
});

describe('style validity', async () => {
  const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
  it('passes the MapLibre style validator, basemap and overlay together', () => {
    const style = offlineStyle({ type: 'FeatureCollection', features: [] }, 'mli');
    style.sources[INCIDENT_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    style.sources[HALO_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    style.sources[AREA_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    style.sources[FOCUS_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    style.layers.push(...overlayLayers());
    // Symbol layers without glyphs are fine in the browser (local fonts) but not to the validator.
    style.glyphs = 'local://{fontstack}/{range}';
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
});
