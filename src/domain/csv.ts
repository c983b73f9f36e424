/**
 * CSV as RFC 4180 writes it (CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled), with text cells neutralised against spreadsheet formula injection.
 *
 * Record text comes from strangers: a place named `=HYPERLINK("http://x","click")` must open
 * in Excel or LibreOffice as text, never as a formula. Numbers are written as numbers (a
 * longitude of -1.42 stays a number); only text cells are neutralised.
 */

export type CsvValue = string | number | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list, plus CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet will show it: a leading `'` keeps formula characters as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: numbers as written, nothing as an empty cell, text neutralised and quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: the header row, then one row per item, CRLF after every row. */
export function toCsv<T extends Record<string, CsvValue>>(columns: readonly (keyof T & string)[], rows: Iterable<T>): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
