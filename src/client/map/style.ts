/**
 * What the map is drawn with, fetched before it is made: the style (the offline basemap, or a
 * deployer's own), the font its overlay labels can use, and MapLibre's stylesheet.
 */
import * as maplibregl from 'maplibre-gl';
// As a URL, not an import: Astro would otherwise link this CSS from every page with a map,
// before the map is ever seen.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import type { FeatureCollection } from 'geojson';
import { FONT_BOLD, offlineStyle } from '../../domain/map-style.ts';
import { langOf } from '../../domain/routes.ts';

/**
 * The offline style over `basemap` (its `country` shaded), or the style at `styleUrl` with the
 * font its own labels use.
 */
export async function loadStyle(
  styleUrl: string | undefined,
  basemap: Promise<FeatureCollection> | undefined,
  country: string | undefined,
): Promise<{ style: maplibregl.StyleSpecification; font: string[] }> {
  if (!styleUrl) return { style: offlineStyle((await basemap)!, country, langOf(location.pathname)), font: FONT_BOLD };
  const res = await fetch(styleUrl);
  if (!res.ok) throw new Error(`${styleUrl}: HTTP ${res.status}`);
  const text = await res.text();
  // A self-hosted PMTiles archive needs its protocol; the library loads only for such styles.
  if (text.includes('pmtiles://')) {
    const { Protocol } = await import('pmtiles');
    maplibregl.addProtocol('pmtiles', new Protocol().tile);
  }
  const style = JSON.parse(text) as maplibregl.StyleSpecification;
  // Overlay labels use a font the deployer's glyphs serve: the first one the style itself uses.
  const used = style.layers.find((l) => l.type === 'symbol' && Array.isArray(l.layout?.['text-font']));
  const font = (used?.type === 'symbol' && (used.layout?.['text-font'] as string[])) || FONT_BOLD;
  return { style, font };
}

let cssLoaded: Promise<void> | undefined;
/** Links MapLibre's stylesheet once per page, however many maps it has. */
export function loadCss(): Promise<void> {
  cssLoaded ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = maplibreCssUrl;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${maplibreCssUrl}: failed to load`));
    document.head.append(link);
  });
  return cssLoaded;
}
