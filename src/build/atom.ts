/**
 * A minimal Atom 1.0 writer (RFC 4287). Every text is XML-escaped and stripped of characters
 * XML 1.0 forbids, so a record title full of `<`, `&` or control characters cannot break the feed.
 */

export interface AtomCategory {
  term: string;
  label?: string;
}

export interface AtomEntry {
  /** Permanent IRI of the entry: here the incident page URL. */
  id: string;
  title: string;
  /** Page the entry is about (rel="alternate"). */
  link: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  /** Plain text. */
  summary?: string;
  categories?: AtomCategory[];
}

export interface AtomFeed {
  id: string;
  /** Language of the feed's text (`xml:lang`), e.g. `en`, `fr`. */
  lang?: string;
  title: string;
  subtitle?: string;
  /** URL of the feed itself (rel="self"). */
  selfUrl: string;
  /** The HTML page the feed follows (rel="alternate"). */
  pageUrl: string;
  updated: string;
  author: { name: string; uri?: string };
  rights?: string;
  entries: AtomEntry[];
}

// XML 1.0 allows tab, LF, CR and most of the rest; not other C0 controls, lone surrogates or U+FFFE/FFFF.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlEscape(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An ISO date `YYYY-MM-DD` as an RFC 3339 date-time at midnight UTC; date-times pass through. */
export function atomDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso;
}

const el = (name: string, text: string, attrs = '') => `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}" href="${xmlEscape(href)}"${type ? ` type="${xmlEscape(type)}"` : ''}/>`;
const category = (c: AtomCategory) => `<category term="${xmlEscape(c.term)}"${c.label ? ` label="${xmlEscape(c.label)}"` : ''}/>`;

function entry(e: AtomEntry): string {
  return [
    '  <entry>',
    `    ${el('id', e.id)}`,
    `    ${el('title', e.title, ' type="text"')}`,
    `    ${link('alternate', e.link, 'text/html')}`,
    `    ${el('updated', atomDate(e.updated))}`,
    e.published ? `    ${el('published', atomDate(e.published))}` : '',
    e.summary ? `    ${el('summary', e.summary, ' type="text"')}` : '',
    ...(e.categories ?? []).map((c) => `    ${category(c)}`),
    '  </entry>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function atomFeed(f: AtomFeed): string {
  const author = `<author>${el('name', f.author.name)}${f.author.uri ? el('uri', f.author.uri) : ''}</author>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${f.lang ? ` xml:lang="${xmlEscape(f.lang)}"` : ''}>`,
    `  ${el('id', f.id)}`,
    `  ${el('title', f.title, ' type="text"')}`,
    f.subtitle ? `  ${el('subtitle', f.subtitle, ' type="text"')}` : '',
    `  ${link('self', f.selfUrl, 'application/atom+xml')}`,
    `  ${link('alternate', f.pageUrl, 'text/html')}`,
    `  ${el('updated', atomDate(f.updated))}`,
    `  ${author}`,
    f.rights ? `  ${el('rights', f.rights, ' type="text"')}` : '',
    ...f.entries.map(entry),
    '</feed>',
    '',
  ]
    .filter((l, i, all) => l !== '' || i === all.length - 1)
    .join('\n');
}
