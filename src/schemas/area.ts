/**
 * Schema of an area record: `content/areas/<id>.md`, where an actor operates or holds ground.
 * A zone is drawn one of two ways: as the union of the first-level administrative units its
 * source names (`units`), or as a shape traced from a map the source publishes (`geometry` with
 * `drawn_from: source-map` and `map_note`). A source that names neither gives an area that is
 * described in words and not drawn (`drawn_from: described`): a whole country would claim far more
 * than the source says. Older records with a bare `geometry` stay valid and are shown as hand-drawn.
 */
import { z } from 'astro/zod';
import { countryId, idList, isoDate, line, recordId } from './common.ts';
import { areaKinds } from '../domain/vocabulary.ts';
import type { References } from './references.ts';


const position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], {
    error: 'expected a [longitude, latitude] pair',
  });
/** A closed ring of at least four positions whose last equals its first. */
const ring = z
  .array(position)
  .min(4, { error: 'expected a ring of at least 4 positions' })
  .refine((r) => r[0][0] === r.at(-1)![0] && r[0][1] === r.at(-1)![1], { error: 'expected a closed ring (last position equal to the first)' });

export const geometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
], { error: 'expected a GeoJSON Polygon or MultiPolygon' });

const unitNames = z.array(line(1, 80)).min(1, { error: 'expected at least one unit name' });

/** One country's part of a zone: some of its first-level units, or all of them. */
export const unitsEntrySchema = z
  .strictObject({
    country: countryId.describe('Country of the units: ISO 3166-1 alpha-3 in lower case, e.g. mli.'),
    admin1: unitNames.optional().describe('First-level units the source names, spelt as the boundary data spells them (Natural Earth: Kayes, Timbuktu, Ségou, Tillabéri, Savanes); for Burkina Faso a region (Sahel, Est, Boucle du Mouhoun) stands for its provinces. npm run validate lists the known names.'),
    whole: z.literal(true).optional().describe('true: every unit of the country, for a source that speaks of the country as a whole or only of the country.'),
    except: unitNames.optional().describe('Units left out of `whole`, where the source says the actor does not hold them (a capital, a road it calls open).'),
    source_words: line(1, 300).optional().describe('The source\'s own words for this part when the units are coarser than what it says, e.g. "northern Koulikoro"; shown beside the map.'),
  })
  .superRefine((e, ctx) => {
    if ((e.admin1 === undefined) === (e.whole === undefined)) ctx.addIssue({ code: 'custom', path: ['admin1'], message: 'expected either admin1 (a list of unit names) or whole: true, not both or neither' });
    if (e.except && !e.whole) ctx.addIssue({ code: 'custom', path: ['except'], message: 'expected except only with whole: true' });
  });

export const drawnFromValues = ['units', 'source-map', 'described'] as const;

export const areaSchema = z
  .strictObject({
    actor: recordId.describe('Id of the actor whose reach this is.'),
    as_of: isoDate.describe('The date the area describes, YYYY-MM-DD.'),
    kind: z.enum(areaKinds).describe('control (holds ground), operations (acts there) or presence (is reported there).'),
    units: z.array(unitsEntrySchema).min(1, { error: 'expected at least one country entry' }).optional().describe('The zone as the union of first-level administrative units the source names, one entry per country; give this or geometry, not both.'),
    geometry: geometrySchema.optional().describe('GeoJSON Polygon or MultiPolygon, positions as [longitude, latitude], only when traced from a map the source publishes (drawn_from: source-map); give this or units, not both.'),
    drawn_from: z.enum(drawnFromValues).optional().describe('How the zone was drawn: units (the union of the units above), source-map (geometry traced from a map in the source, described in map_note), or described (the source names no units and publishes no map: listed in words, not drawn). Left out: units when units are given; a geometry without it is an older hand-drawn shape.'),
    map_note: line(1, 300).optional().describe('With drawn_from: source-map, which map of the source the shape is traced from (figure, page, date).'),
    regions: z.array(line(1, 120)).default([]).describe('Admin1 regions it covers, as text.'),
    sources: idList.pipe(z.array(recordId).min(1, { error: 'expected at least one source id' })).describe('Ids of the sources that describe it; at least one.'),
  })
  .superRefine((a, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!a.units && !a.geometry && a.drawn_from !== 'described') issue('units', 'expected units (the first-level units the source names), geometry (a shape traced from a map the source publishes) or drawn_from: described (the source names neither)');
    if (a.drawn_from === 'described' && (a.units || a.geometry)) issue('drawn_from', 'expected neither units nor geometry when drawn_from is described');
    if (a.units && a.geometry) issue('geometry', 'expected no geometry when units are given: a zone is drawn from units or from a source map, not both');
    if (a.drawn_from === 'units' && !a.units) issue('drawn_from', 'expected units when drawn_from is units');
    if (a.drawn_from === 'source-map' && !a.geometry) issue('drawn_from', 'expected a geometry traced from the source\'s map when drawn_from is source-map');
    if (a.drawn_from === 'source-map' && !a.map_note) issue('map_note', 'expected a note naming the source\'s map the shape is traced from');
    if (a.map_note && a.drawn_from !== 'source-map') issue('map_note', 'expected map_note only with drawn_from: source-map');
  });
export const areaReferences = [
  ['actor', 'actors'],
  ['sources[]', 'sources'],
] as const satisfies References;

export type AreaData = z.output<typeof areaSchema>;
export type UnitsEntry = z.output<typeof unitsEntrySchema>;

/** How a zone was drawn: from named units, traced from a source's map, or by hand (older records). */
export function drawnFrom(a: Pick<AreaData, 'units' | 'drawn_from'>): 'units' | 'source-map' | 'described' | 'hand-drawn' {
  return a.units ? 'units' : (a.drawn_from ?? 'hand-drawn');
}
