/** Schema of an incident record: `content/incidents/<year>/<id>.md`. */
import { languages } from '../translations/index.ts';
import { z } from 'astro/zod';
import { idList, isoDate, line, recordId } from './common.ts';
import { datePrecisions, eventTaxonomy, eventTypes, victimGroups } from '../domain/vocabulary.ts';
import { locationSchema } from './location.ts';
import type { References } from './references.ts';



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
  .refine((v) => v.max === null || v.min <= v.max, { error: 'expected min not above max' })
  .describe('A whole number, {min: N} for "at least N", or {min: N, max: M} for a range. Leave out when the source gives no figure.');
export type Figure = z.output<typeof figure>;

/** One source's account of the toll. */
export const claimSchema = z.strictObject({
  source: recordId.describe('Id of the source record (content/sources/) that reported these figures.'),
  claimed_by: recordId.optional().describe('Actor whose statement the source relays (group media, army communiqué).'),
  victims: z.enum(victimGroups).default('unknown').describe('Who the figures count.'),
  killed: figure.optional().describe('People killed, as this source reports it.'),
  wounded: figure.optional().describe('People wounded, same forms as killed.'),
  abducted: figure.optional().describe('People abducted, same forms as killed.'),
  note: line(1, 300).optional().describe('Short remark, e.g. "base seized".'),
});
export type Claim = z.output<typeof claimSchema>;

export const incidentSchema = z
  .strictObject({
    title: line(5, 200).describe('What happened, in your own words.'),
    lang: z.enum(languages).default('en').describe('Language the title, summary and notes are written in: en or fr. Pages in the other language show the text as written, marked with its language.'),
    date: isoDate.describe('The day the event began, YYYY-MM-DD (the first day of the span for coarser precisions). The file name starts with it.'),
    date_precision: z.enum(datePrecisions).default('day').describe('How exactly the date is known: never more precise than the sources.'),
    end_date: isoDate.optional().describe('Last day, YYYY-MM-DD, when the event lasted several days; not before date.'),
    event_type: z.enum(eventTypes).describe("ACLED event type, in kebab-case."),
    sub_event_type: z.string().optional().describe('ACLED sub-event type belonging to the event type, in kebab-case.'),
    location: locationSchema.describe('Where it happened.'),
    actors: z.strictObject({
      perpetrators: idList.pipe(z.array(recordId).min(1, { error: 'expected at least one actor id' })).describe('Actor ids (content/actors/) of who did it; at least one: unknown when unattributed.'),
      targets: idList.default([]).describe('Actor ids of who was attacked, if any.'),
    }).describe('Who took part.'),
    claims: z.array(claimSchema).min(1, { error: 'expected at least one claim' }).describe('Who reported what: one claim per source (and victim group), every figure with its source.'),
    tags: z.array(recordId).default([]).describe('Lower-case kebab-case labels, e.g. svbied.'),
    distinct_from: idList.default([]).describe('Ids of incidents that look like this one (same perpetrator, within a day and 25 km) but are different events; validation stops asking whether they are duplicates.'),
    replaces: idList.default([]).describe('Ids of earlier incident records this one replaces (renamed, or merged into it); their URLs keep working and lead here.'),
    withdrawn: z
      .strictObject({
        date: isoDate.describe('The day the record was withdrawn, YYYY-MM-DD.'),
        reason: line(10, 500).describe('Why, in a sentence a reader can check: e.g. "The only source retracted its report on 3 March 2025."'),
      })
      .optional()
      .describe('Set when the incident turned out to be false: the page stays, saying so and why, and the incident leaves maps, totals, lists, search and the downloads (which list it in withdrawn.csv).'),
  })
  .superRefine((r, ctx) => {
    if (r.end_date && r.end_date < r.date) {
      ctx.addIssue({ code: 'custom', path: ['end_date'], message: `expected a date on or after date ${r.date}`, input: r.end_date });
    }
    if (r.withdrawn && r.withdrawn.date < r.date) {
      ctx.addIssue({ code: 'custom', path: ['withdrawn', 'date'], message: `expected a date on or after date ${r.date}`, input: r.withdrawn.date });
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

/** The fields that name other records. */
export const incidentReferences = [
  ['location.place', 'places'],
  ['location.country', 'countries'],
  ['actors.perpetrators[]', 'actors'],
  ['actors.targets[]', 'actors'],
  ['claims[].source', 'sources'],
  ['claims[].claimed_by', 'actors'],
  ['distinct_from[]', 'incidents'],
] as const satisfies References;

export type IncidentInput = z.input<typeof incidentSchema>;
export type IncidentData = z.output<typeof incidentSchema>;
