/** `/schemas/<incident|actor|country|source|area>.json`: JSON Schema of a record's frontmatter, generated from zod. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordJsonSchema, schemaNames, type SchemaName } from '../../build/exports/json-schemas.ts';

export const getStaticPaths = (() => Object.keys(schemaNames).map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(recordJsonSchema(params.collection as SchemaName, site), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
