import { describe, expect, it } from 'vitest';
import type { PolygonRings } from '../../src/domain/geo.ts';
import { overlaps } from '../../src/domain/overlap.ts';

const box = (w: number, s: number, e: number, n: number): PolygonRings[] => [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]];

describe('overlaps', () => {
  const country = box(0, 10, 4, 14);

  it('finds an area lying across part of the country, with no corner inside it', () => {
    // A band crossing the country from west to east: none of its corners is inside.
    expect(overlaps(box(-2, 11, 6, 12), country)).toBe(true);
  });

  it('finds an area wholly inside the country, and a country wholly inside an area', () => {
    expect(overlaps(box(1, 11, 2, 12), country)).toBe(true);
    expect(overlaps(box(-5, 5, 10, 20), country)).toBe(true);
  });

  it('leaves out an area wholly outside the country, even one whose bounding box meets it', () => {
    expect(overlaps(box(6, 10, 8, 14), country)).toBe(false);
    // An L-shaped area around the country's corner: boxes overlap, shapes do not.
    const ell: PolygonRings[] = [[[[-2, 8], [6, 8], [6, 9.5], [-0.5, 9.5], [-0.5, 16], [-2, 16], [-2, 8]]]];
    expect(overlaps(ell, country)).toBe(false);
  });

  it('does not count a neighbour that only shares a border, drawn from other boundary data', () => {
    // The neighbour's border runs 2 km inside the country: a sliver, not reach into it.
    expect(overlaps(box(3.98, 10, 7, 14), country)).toBe(false);
  });
});

describe('areas on a country page', async () => {
  const { areaTouchesCountry } = await import('../../src/build/map-areas.ts');
  const area = (over: object) => ({ actor: 'x', as_of: '2025-01-01', kind: 'operations', sources: ['s'], regions: [], ...over }) as Parameters<typeof areaTouchesCountry>[0];

  it('keeps a zone of Burkina Faso units off the Mali page and on the Burkina Faso page', () => {
    const zone = area({ units: [{ country: 'bfa', admin1: ['Centre-Nord', 'Est'] }] });
    expect(areaTouchesCountry(zone, 'bfa')).toBe(true);
    expect(areaTouchesCountry(zone, 'mli')).toBe(false);
  });

  it('keeps a zone of Mali units on the Mali page', () => {
    expect(areaTouchesCountry(area({ units: [{ country: 'mli', admin1: ['Ségou'] }] }), 'mli')).toBe(true);
  });

  it('places a zone described in words in the country its text is about, Niger not matching Nigeria', () => {
    const zone = area({ drawn_from: 'described', regions: ['northern Nigeria (not drawn)'] });
    expect(areaTouchesCountry(zone, 'nga')).toBe(true);
    expect(areaTouchesCountry(zone, 'ner')).toBe(false);
    // About Burkina Faso, even though it names its neighbours.
    const borderlands = area({ drawn_from: 'described', regions: ["Burkina Faso's borderlands near Niger and Mali (not drawn)"] });
    expect(areaTouchesCountry(borderlands, 'bfa')).toBe(true);
    expect(areaTouchesCountry(borderlands, 'mli')).toBe(false);
    expect(areaTouchesCountry(borderlands, 'ner')).toBe(false);
  });
});
