/**
 * "Cite this record" in plain text, BibTeX and CSL-JSON: the page's URL, the dataset version
 * (commit and date), the record's last change and the access date. The access date is the
 * reader's, so the citations carry a marker that the page fills with the build date and
 * `client/access-date.ts` with today's (both through `accessedIn`). Pure and browser-safe.
 */
import { formatDay } from './dates.ts';
import { words, type Lang } from '../translations/index.ts';

export type CitationFormat = 'text' | 'bibtex' | 'csl';

/** Stands where the access date goes until `accessedIn` fills it. */
export const ACCESSED = '\u0000accessed\u0000';

export interface CitationInput {
  id: string;
  title: string;
  /** The canonical URL of the incident page. */
  url: string;
  /** Who publishes the record: the site's name. */
  publisher: string;
  licence: string;
  /** The build's data: commit and date (ISO 8601), when built in git. */
  version?: { commit: string; date: string };
  /** The record's last change: commit and date, when git knows it. */
  changed?: { hash: string; date: string };
}

// Control characters have no place in a citation (and NUL is our marker).
const CONTROL = /[\u0000-\u001F\u007F]/g;
const clean = (s: string) => s.replace(CONTROL, ' ');
const short = (hash: string) => hash.slice(0, 7);
const day = (iso: string) => iso.slice(0, 10);

/** The access date as each format writes it: "30 November 2026", "2026-11-30", `[2026, 11, 30]`. */
export function accessedIn(format: CitationFormat, isoDay: string, lang: Lang = 'en'): string {
  if (format === 'bibtex') return isoDay;
  if (format === 'csl') return `[${+isoDay.slice(0, 4)}, ${+isoDay.slice(5, 7)}, ${+isoDay.slice(8, 10)}]`;
  return formatDay(isoDay, lang);
}

/** "Record last changed … ; dataset version …", the versions in words (empty outside git). */
function versions(c: CitationInput, lang: Lang = 'en'): string[] {
  const t = words(lang).cite;
  return [
    ...(c.changed ? [t.lastChanged(day(c.changed.date), short(c.changed.hash))] : []),
    ...(c.version ? [t.datasetVersion(short(c.version.commit), day(c.version.date))] : []),
  ];
}

/** The plain-text citation, in the reader's language (the other formats are read by software). */
export function citationText(c: CitationInput, lang: Lang = 'en'): string {
  const v = versions(c, lang);
  const t = words(lang).cite;
  return `${clean(`${c.publisher}. "${c.title}." ${t.record(c.id)}${v.length ? `, ${v.join(', ')}` : ''}. ${c.url}. ${c.licence}.`)} ${t.accessed(ACCESSED)}.`;
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text safe inside a BibTeX field: LaTeX's special characters escaped, so braces always balance. */
export function bibtexEscape(text: string): string {
  return clean(text).replace(/[\\{}%&$#_^~]/g, (ch) => BIBTEX_SPECIAL[ch]);
}

export function citationBibtex(c: CitationInput): string {
  const year = (c.changed ?? c.version)?.date.slice(0, 4);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(`${c.publisher} contributors`)}}`],
    ['title', `{${bibtexEscape(c.title)}}`],
    ['howpublished', bibtexEscape(`${c.publisher}, incident record ${c.id}`)],
    ...(year ? [['year', year] as [string, string]] : []),
    // A URL keeps its characters (the url package reads it verbatim); only braces could break the entry.
    ['url', clean(c.url).replace(/[{}\\]/g, encodeURIComponent)],
    ['urldate', ACCESSED],
    ...(c.version ? [['version', bibtexEscape(c.version.commit)] as [string, string]] : []),
    ['note', bibtexEscape([...versions(c), c.licence].join('; '))],
  ];
  const key = `sct-${c.id}`.replace(/[^A-Za-z0-9:._-]/g, '-');
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** CSL-JSON (one item in an array, as reference managers import it). */
export function citationCsl(c: CitationInput): string {
  const issued = c.changed ?? c.version;
  const item = {
    id: `sct-${c.id}`,
    type: 'dataset',
    title: clean(c.title),
    author: [{ literal: `${c.publisher} contributors` }],
    publisher: c.publisher,
    URL: c.url,
    ...(c.version && { version: c.version.commit }),
    ...(issued && { issued: { 'date-parts': [[+issued.date.slice(0, 4), +issued.date.slice(5, 7), +issued.date.slice(8, 10)]] } }),
    accessed: { 'date-parts': [ACCESSED] },
    note: [...versions(c), c.licence].join('; '),
  };
  // The marker leaves its quotes: the date parts are numbers. `<` is escaped so no reader sees markup.
  return JSON.stringify([item], null, 2).replace(`"${JSON.stringify(ACCESSED).slice(1, -1)}"`, ACCESSED).replace(/</g, '\\u003c');
}

/** A citation with its access date filled in (tests, and any page without the marker split). */
export function withAccessed(text: string, format: CitationFormat, isoDay: string, lang: Lang = 'en'): string {
  return text.split(ACCESSED).join(accessedIn(format, isoDay, lang));
}
