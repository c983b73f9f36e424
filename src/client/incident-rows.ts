/**
 * Reads back what an incident row of a table says about its dates. Rows carry the record's
 * own fields (`data-date`, and `data-date-precision` / `data-end-date` when not a plain day);
 * the span is worked out by `domain/date-span.ts`, the one home of that rule.
 */
import type { Dated } from '../domain/date-span.ts';
import type { DatePrecision } from '../domain/vocabulary.ts';

export function rowDated(row: HTMLElement): Dated {
  return {
    date: row.dataset.date ?? '',
    // Written by the site's own tables; an unknown value is read as a plain day by dateSpan.
    date_precision: (row.dataset.datePrecision as DatePrecision | undefined) ?? 'day',
    end_date: row.dataset.endDate || undefined,
  };
}
