/**
 * Building blocks shared by every record schema.
 *
 * Dates are validated as text: records are parsed with YAML's core schema, which
 * keeps `2025-13-45` a string instead of silently rolling it into a real date.
 */
import { z } from 'astro/zod';

/** Lower-case kebab-case identifier, e.g. `jnim`, `ris-luamhain-2025-mali-under-siege`. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const recordId = z.string().regex(idPattern, { error: 'expected a lower-case kebab-case id such as "jnim"' });

/** True when `y-m-d` names a day that exists in the calendar. */
export function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A calendar day written `YYYY-MM-DD`. */
export const isoDate = z
  .string({ error: 'expected an ISO date YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected an ISO date YYYY-MM-DD' })
  .refine((s) => isRealDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)), {
    error: 'expected a real calendar date YYYY-MM-DD',
  });

/** A year, year-month or full date: `2017`, `2025-07` or `2025-07-23`. A bare YAML year arrives as a number. */
export const partialDate = z
  .union([z.int().min(1000).max(2999).transform(String), z.string()], {
    error: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .refine(
    (s) => {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
      if (!m) return false;
      if (m[2] && (+m[2] < 1 || +m[2] > 12)) return false;
      return m[3] ? isRealDay(+m[1], +m[2], +m[3]) : true;
    },
    { error: 'expected a real date YYYY, YYYY-MM or YYYY-MM-DD' },
  );

/** A link that is safe to render: http(s) only, so `javascript:` can never reach an href. */
export const httpUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
    } catch {
      return false;
    }
  },
  { error: 'expected an http(s) URL' },
);

/** Short free text on one line. */
export const line = (min: number, max: number) =>
  z
    .string({ error: `expected text of ${min}-${max} characters` })
    .trim()
    .min(min, { error: `expected text of ${min}-${max} characters` })
    .max(max, { error: `expected text of ${min}-${max} characters` });

/** A list of record ids; a lone id is accepted and normalised to a list. */
export const idList = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(recordId));

/** ISO 3166-1 alpha-3 in lower case, the id of a country record. */
export const countryId = z.string().regex(/^[a-z]{3}$/, { error: 'expected a lower-case ISO 3166-1 alpha-3 code such as "mli"' });
