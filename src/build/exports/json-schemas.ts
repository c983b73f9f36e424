/**
 * JSON Schemas of the record files, generated from the zod schemas (never written by hand),
 * published at `/schemas/<name>.json` so editors can check frontmatter as contributors type.
 *
 * They describe what a contributor WRITES (`io: 'input'`): `killed: 12` or `{min: 60}`, a lone id
 * where a list is expected, defaults optional. They cannot say everything validation checks
 * (references resolve, real calendar days, min not above max, the point inside its country):
 * `npm run validate` stays the authority.
 */
import { z } from 'astro/zod';
import { httpUrl, idList, idPattern } from '../../schemas/common.ts';
import { collections } from '../../schemas/index.ts';
import { eventTaxonomy, eventTypes } from '../../domain/vocabulary.ts';
import { routes } from '../../domain/routes.ts';

/** Published schemas: URL name → collection. Briefs are maintainers' MDX and are left out. */
export const schemaNames = {
  incident: 'incidents',
  actor: 'actors',
  country: 'countries',
  source: 'sources',
  area: 'areas',
  place: 'places',
} as const satisfies Record<string, keyof typeof collections>;

export type SchemaName = keyof typeof schemaNames;

const recordIdJson = { type: 'string' as const, pattern: idPattern.source };

export function recordJsonSchema(name: SchemaName, siteUrl?: URL | string): Record<string, unknown> {
  const collection = schemaNames[name];
  const json = z.toJSONSchema(collections[collection].schema, {
    io: 'input',
    // Refinements (real calendar days, ranges) have no JSON Schema form; their base types still show.
    unrepresentable: 'any',
    override: (ctx) => {
      // A list of ids accepts a lone id too (normalised by z.preprocess, which JSON Schema cannot see).
      if (ctx.zodSchema === (idList as unknown)) {
        const list = { ...ctx.jsonSchema };
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, { anyOf: [recordIdJson, list] });
      } else if (ctx.jsonSchema.anyOf?.[0] === recordIdJson && !(ctx.zodSchema as unknown as z.ZodType).safeParse([]).success) {
        // A list of ids that must not be empty (perpetrators): the lone-id form already has one.
        ctx.jsonSchema.anyOf = [recordIdJson, { ...(ctx.jsonSchema.anyOf[1] as object), minItems: 1 }];
      }
      if (ctx.zodSchema === (httpUrl as unknown)) Object.assign(ctx.jsonSchema, { format: 'uri', pattern: '^https?://' });
      // zod reads a field behind z.preprocess as optional; required is what fails when left out.
      if (ctx.zodSchema._zod.def.type === 'object') {
        const shape = (ctx.zodSchema as unknown as z.ZodObject).shape;
        const required = Object.keys(shape).filter((key) => !shape[key].safeParse(undefined).success);
        if (required.length) ctx.jsonSchema.required = required;
        else delete ctx.jsonSchema.required;
      }
    },
  });
  if (name === 'incident') {
    // The sub-event type must belong to the event type: editors then offer the right list.
    (json.properties as Record<string, Record<string, unknown>>).sub_event_type.enum = [...new Set(Object.values(eventTaxonomy).flat())];
    json.allOf = eventTypes.map((t) => ({
      if: { properties: { event_type: { const: t } }, required: ['event_type'] },
      then: { properties: { sub_event_type: { enum: [...eventTaxonomy[t]] } } },
    }));
    // A location names a place of the gazetteer, or gives its name, country, point and precision itself.
    const location = (json.properties as Record<string, Record<string, unknown>>).location;
    const fields = (names: string[]) => ({ properties: Object.fromEntries(names.map((n) => [n, {}])), required: names });
    location.anyOf = [fields(['place']), fields(location.required as string[])];
    delete location.required;
  }
  return {
    ...json,
    ...(siteUrl ? { $id: new URL(routes.schema(name), siteUrl).href } : {}),
    title: `${name} record frontmatter`,
    description: `Frontmatter of a file in content/${collections[collection].dir}/ (YAML between the two --- lines). Generated from the site's zod schema; \`npm run validate\` checks more than this schema can say.`,
  };
}
