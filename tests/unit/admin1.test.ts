/**
 * Zones drawn as unions of first-level units: the boundary data, the union, Burkina Faso's
 * regions as sets of provinces, and the shapes of the bundled area records.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unionOf, unitsOf } from '../../src/build/admin1.ts';
import { areaGeometry } from '../../src/build/map-areas.ts';
import { regionsOf, resolveUnits } from '../../src/records/admin1.ts';
import { readRecord } from '../../src/records/read-records.ts';
import { validateContent } from '../../src/records/validate.ts';
import { inPolygons } from '../../src/domain/geo.ts';
import { polygonsOf } from '../../src/domain/polygons.ts';
import { whyNotComparable } from '../../src/domain/map-areas.ts';
import { drawnFrom } from '../../src/schemas/area.ts';
import type { Geometry } from 'geojson';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A town's point from the record's own place records, so the test writes no coordinates. */
const place = (id: string) => readRecord(root, join(root, 'content/places', `${id}.md`)).data as { lon: number; lat: number };
const inside = (g: Geometry, id: string) => inPolygons(place(id).lon, place(id).lat, polygonsOf(g));

describe('the boundary data', () => {
  it('has the pre-2023 units of Mali and the provinces of Burkina Faso', () => {
    expect(unitsOf('mli')).toEqual(['Bamako', 'Gao', 'Kayes', 'Kidal', 'Koulikoro', 'Mopti', 'Ségou', 'Sikasso', 'Timbuktu']);
    expect(unitsOf('bfa')).toHaveLength(45);
    expect(unitsOf('xyz')).toEqual([]);
  });
});

describe('unionOf', () => {
  it('gives a MultiPolygon covering each named unit and not an unnamed one', () => {
    const kayes = unionOf('mli', ['Kayes']);
    expect(kayes.type).toBe('MultiPolygon');
    expect(inside(kayes, 'kayes')).toBe(true);
    expect(inside(kayes, 'bamako')).toBe(false);
    const two = unionOf('mli', ['Kayes', 'Koulikoro']);
    expect(inside(two, 'kayes')).toBe(true);
    // Bamako is a unit of its own, not part of Koulikoro.
    expect(inside(two, 'bamako')).toBe(false);
  });

  it('dissolves shared borders: neighbouring units make one polygon', () => {
    expect(unionOf('mli', ['Kayes', 'Koulikoro']).coordinates).toHaveLength(1);
  });

  it('takes a whole country less the units left out', () => {
    const mali = unionOf('mli', 'whole', ['Bamako']);
    expect(inside(mali, 'kayes')).toBe(true);
    expect(inside(mali, 'bamako')).toBe(false);
    expect(inside(unionOf('mli', 'whole'), 'bamako')).toBe(true);
  });

  it('reads a Burkina Faso region name as the union of its provinces', () => {
    expect(resolveUnits('bfa', ['Sahel']).units.sort()).toEqual(['Oudalan', 'Soum', 'Séno', 'Yagha']);
    expect(regionsOf('bfa').size).toBe(13);
    const sahel = unionOf('bfa', ['Sahel']);
    expect(inside(sahel, 'djibo')).toBe(true);
    expect(inside(sahel, 'ouagadougou')).toBe(false);
    expect(inside(unionOf('bfa', ['Centre']), 'ouagadougou')).toBe(true);
  });

  it('refuses a name the data does not know, listing the known ones', () => {
    expect(() => unionOf('mli', ['Menaka'])).toThrow(/unknown admin-1 units of mli: Menaka \(known: Bamako, Gao/);
  });
});

describe('the bundled zones', () => {
  const { records } = validateContent(root);
  const zone = (id: string) => areaGeometry(records.areas.find((a) => a.id === id)!.data);

  it('keep the capitals out of the November 2025 JNIM zone, which the source says are not taken', () => {
    const nov = zone('jnim-operations-2025-11');
    for (const capital of ['bamako', 'ouagadougou', 'niamey']) expect(inside(nov, capital)).toBe(false);
    expect(inside(nov, 'kayes')).toBe(true);
  });

  it('are drawn from units, or described in words and not drawn when the source names no unit', () => {
    for (const a of records.areas) {
      if (a.data.drawn_from === 'described') expect(a.data.units ?? a.data.geometry).toBeUndefined();
      else expect(a.data.units && !a.data.geometry, a.id).toBe(true);
    }
    expect(records.areas.some((a) => a.data.drawn_from === 'described')).toBe(true);
  });
});

describe('whyNotComparable', () => {
  const zone = { asOf: '2024-07-24', kind: 'operations', sources: ['a'], drawnFrom: 'units' };

  it('finds nothing to say of zones from the same source, kind and drawing, or of one date', () => {
    expect(whyNotComparable([zone, { ...zone, asOf: '2025-11-05' }])).toEqual([]);
    expect(whyNotComparable([zone, { ...zone, sources: ['b'] }])).toEqual([]);
  });

  it('names every difference between zones of different dates', () => {
    expect(whyNotComparable([zone, { ...zone, asOf: '2025-11-05', sources: ['b'], kind: 'presence', drawnFrom: 'hand-drawn' }])).toEqual(['sources', 'kind', 'drawing']);
  });

  it('says the bundled JNIM zones of July 2024 and November 2025 come from different sources', () => {
    const { records } = validateContent(root);
    const jnim = records.areas.filter((a) => a.id === 'jnim-operations-2024-07' || a.id === 'jnim-operations-2025-11');
    expect(whyNotComparable(jnim.map((a) => ({ asOf: a.data.as_of, kind: a.data.kind, sources: a.data.sources, drawnFrom: drawnFrom(a.data) })))).toEqual(['sources']);
  });
});
