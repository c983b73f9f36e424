/**
 * A perpetrator slot's shape, drawn twice from the same SVG path: as an icon image on the map
 * and as an inline SVG in the legend, so the legend shows exactly what the map shows.
 */
import type * as maplibregl from 'maplibre-gl';
import { SYMBOL_SLOTS } from '../../domain/map-symbols.ts';

/** Draws each slot's shape into an icon image: white halo, colour fill, dark outline. */
function shapeImage(slot: number): ImageData {
  const ratio = 2;
  const size = 32 * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.translate(16, 16);
  ctx.scale(0.82, 0.82);
  ctx.translate(-16, -16);
  const path = new Path2D(SYMBOL_SLOTS[slot].path);
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 4.5;
  ctx.stroke(path);
  ctx.fillStyle = SYMBOL_SLOTS[slot].colour;
  ctx.fill(path);
  ctx.strokeStyle = '#1b1f24';
  ctx.lineWidth = 1.3;
  ctx.stroke(path);
  return ctx.getImageData(0, 0, size, size);
}

/** Adds every slot's icon under the name the points layer asks for (`incident-shape-<slot>`). */
export function addShapeIcons(map: maplibregl.Map): void {
  SYMBOL_SLOTS.forEach((_, i) => map.addImage(`incident-shape-${i}`, shapeImage(i), { pixelRatio: 2 }));
}

/** An inline SVG of a slot's shape for the legend (same path as the map's icon). */
export function legendSwatch(slot: number, scale = 1, colour = SYMBOL_SLOTS[slot].colour): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('width', String(Math.round(18 * scale)));
  svg.setAttribute('height', String(Math.round(18 * scale)));
  svg.setAttribute('aria-hidden', 'true');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', SYMBOL_SLOTS[slot].path);
  p.setAttribute('fill', colour);
  p.setAttribute('stroke', '#1b1f24');
  p.setAttribute('stroke-width', '1.5');
  svg.append(p);
  return svg;
}
