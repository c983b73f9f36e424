/**
 * How a schema declares the fields that hold ids of other records: `[path, collection]`.
 * A path is dotted; `[]` marks a list (a lone id written in place of a list counts too),
 * e.g. `claims[].source` or `actors.perpetrators[]`. Validation checks every declared
 * reference against the records that exist (see `records/references.ts`).
 */
export type ReferenceTarget = 'places' | 'incidents' | 'actors' | 'countries' | 'sources' | 'areas' | 'briefs';
export type References = readonly (readonly [path: string, target: ReferenceTarget])[];
