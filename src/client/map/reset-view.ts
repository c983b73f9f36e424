/**
 * A "reset view" button among the map's controls: back to the view the map opened with. A real
 * button in MapLibre's control group, so it is reached with Tab and pressed with Enter or Space.
 */
import type * as maplibregl from 'maplibre-gl';

export class ResetViewControl implements maplibregl.IControl {
  #box?: HTMLElement;
  constructor(
    private readonly label: string,
    private readonly reset: (map: maplibregl.Map) => void,
  ) {}

  onAdd(map: maplibregl.Map): HTMLElement {
    const box = document.createElement('div');
    box.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-reset-view';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    // A frame with a dot: "the whole view". Drawn as SVG elements, no inline markup (CSP).
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.setAttribute('width', '18');
    svg.setAttribute('height', '18');
    svg.setAttribute('aria-hidden', 'true');
    const frame = document.createElementNS(ns, 'path');
    frame.setAttribute('d', 'M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4');
    frame.setAttribute('fill', 'none');
    frame.setAttribute('stroke', '#1b1f24');
    frame.setAttribute('stroke-width', '2');
    const dot = document.createElementNS(ns, 'circle');
    dot.setAttribute('cx', '10');
    dot.setAttribute('cy', '10');
    dot.setAttribute('r', '2.5');
    dot.setAttribute('fill', '#1b1f24');
    svg.append(frame, dot);
    button.append(svg);
    button.addEventListener('click', () => this.reset(map));
    box.append(button);
    this.#box = box;
    return box;
  }

  onRemove(): void {
    this.#box?.remove();
  }
}
