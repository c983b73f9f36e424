/** Schema of an incident record: `content/incidents/<year>/<id>.md`. */
import { z } from 'astro/zod';
import { countryId, idList, isoDate, line, recordId } from './common.ts';
import { eventTaxonomy, eventTypes } from './taxonomy.ts';

/** How exactly a date is known. The stored `date` is the first day of that span. */
export const datePrecisions = ['day', 'week', 'month', 'year'] as const;
/** How exactly a place is known, from the site itself down to "somewhere in the country". */
export const geoPrecisions = ['exact', 'town', 'district', 'region', 'country'] as const;
export const victimGroups = ['military', 'civilian', 'militant', 'mixed', 'unknown'] as const;

/**
 * A reported count: `12`, `{ min: 60 }` ("at least 60") or `{ min: 30, max: 40 }`.
 * Normalised to `{ min, max }` where `max` is null for an open upper bound.
 */
export const figure = z
  .union(
    [
      z.int().nonnegative(),
      z.strictObject({ min: z.int().nonnegative(), max: z.int().nonnegative().optional() }),
    ],
    { error: 'expected a whole number, {min: N} or {min: N, max: M}' },
  )
  .transform((v) => (typeof v === 'number' ? { min: v, max: v } : { min: v.min, max: v.max ?? null }))
  .refine((v) => v.max === null || v.min <= v.max, { error: 'expected min not above max' });
export type Figure = z.output<typeof figure>;

/** One source's account of the toll. */
export const claimSchema = z.strictObject({
  /** Id of the source record that reported these figures. */
  source: recordId,
  /** Actor whose statement the source relays (group media, army communiqué). */
  claimed_by: recordId.optional(),
  /** Who the figures count. Default `unknown`. */
  victims: z.enum(victimGroups).default('unknown'),
  killed: figure.optional(),
  wounded: figure.optional(),
  abducted: figure.optional(),
  /** Short remark, e.g. "base seized". */
  note: line(1, 300).optional(),
});
export type Claim = z.output<typeof claimSchema>;

export const locationSchema = z.strictObject({
  /** The place as most sources spell it. */
  name: line(1, 120),
  /** Other spellings; searchable. */
  aliases: z.array(line(1, 120)).default([]),
  /** Region (first-level administrative division). */
  admin1: line(1, 120).optional(),
  admin2: line(1, 120).optional(),
  /** Id of the country record (ISO 3166-1 alpha-3, lower case). */
  country: countryId,
  lat: z.number({ error: 'expected a number from -90 to 90' }).min(-90, { error: 'expected a number from -90 to 90' }).max(90, { error: 'expected a number from -90 to 90' }),
  lon: z.number({ error: 'expected a number from -180 to 180' }).min(-180, { error: 'expected a number from -180 to 180' }).max(180, { error: 'expected a number from -180 to 180' }),
  precision: z.enum(geoPrecisions),
});

export const incidentSchema = z
  .strictObject({
    title: line(5, 200),
    /** The day the event began (first day of the span for coarser precisions). */
    date: isoDate,
    /** Default `day`. */
    date_precision: z.enum(datePrecisions).default('day'),
    end_date: isoDate.optional(),
    event_type: z.enum(eventTypes),
    sub_event_type: z.string().optional(),
    location: locationSchema,
    actors: z.strictObject({
      /** At least one actor id; `unknown` when unattributed. */
      perpetrators: idList.pipe(z.array(recordId).min(1, { error: 'expected at least one actor id' })),
      targets: idList.default([]),
    }),
    /** Who reported what: at least one claim. */
    claims: z.array(claimSchema).min(1, { error: 'expected at least one claim' }),
    /** Lower-case kebab-case labels. */
    tags: z.array(recordId).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.end_date && r.end_date < r.date) {
      ctx.addIssue({ code: 'custom', path: ['end_date'], message: `expected a date on or after date ${r.date}`, input: r.end_date });
    }
    if (r.sub_event_type !== undefined) {
      const allowed: readonly string[] = eventTaxonomy[r.event_type];
      if (!allowed.includes(r.sub_event_type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sub_event_type'],
          message: `expected a sub-event type of ${r.event_type} (${allowed.join(' | ')})`,
          input: r.sub_event_type,
        });
      }
    }
  });

export type IncidentInput = z.input<typeof incidentSchema>;
export type IncidentData = z.output<typeof incidentSchema>;
