/**
 * How the maps draw a place by its precision: a symbol for a place known to the town or
 * better, a halo of the area's radius for one known only to its district or region (one halo,
 * with a count, for every incident known only to the same area), nothing for the country.
 */
import { describe, expect, it } from 'vitest';
import { drawingOf, haloGroups, haloPixelsAtZoom0 } from '../../src/domain/map-precision.ts';

describe('drawing by precision', () => {
  it('draws towns as symbols, districts and regions as halos, and leaves countries off the map', () => {
    expect(drawingOf('exact')).toBe('symbol');
    expect(drawingOf('town')).toBe('symbol');
    expect(drawingOf('district')).toBe('halo');
    expect(drawingOf('region')).toBe('halo');
    expect(drawingOf('country')).toBe('country');
  });

  it('gives a region a halo four times as wide as a district, and none to a town', () => {
    const district = haloPixelsAtZoom0('district', 14);
    expect(haloPixelsAtZoom0('region', 14)).toBeCloseTo(district * 4);
    expect(haloPixelsAtZoom0('town', 14)).toBe(0);
    // 100 km at zoom 7 (128 × the zoom-0 radius, a 65,536-pixel world) near 14° N: about 168 pixels.
    expect(haloPixelsAtZoom0('region', 14) * 2 ** 7).toBeCloseTo(168.5, 0);
  });

  it('puts incidents known only to the same area in one halo, and keeps areas of another precision apart', () => {
    const p = (id: string, lon: number, lat: number, geoPrecision: 'district' | 'region') => ({ id, lon, lat, geoPrecision });
    const groups = haloGroups([p('a', 1, 14, 'region'), p('b', 2, 13, 'district'), p('c', 1, 14, 'region'), p('d', 1, 14, 'district')]);
    expect(groups.map((g) => [g.precision, g.points.map((x) => x.id)])).toEqual([
      ['region', ['a', 'c']],
      ['district', ['b']],
      ['district', ['d']],
    ]);
  });
});
