/**
 * How much of the conflict the record covers: incidents per country and year, the share with two
 * or more sources, the share placed at town precision or better, and how many outlets are cited.
 * Shown on /methodology/, printed by `npm run validate` and kept in the README.
 */
import type { GeoPrecision } from './vocabulary.ts';
import type { Lang } from '../translations/index.ts';

export interface CoverageInput {
  incidents: readonly { data: { date: string; location: { country: string; precision: GeoPrecision }; claims: readonly { source: string }[] } }[];
  /** Source id → the page's URL, for counting outlets (by web host). */
  sourceUrl: (id: string) => string | undefined;
  countryName: (id: string) => string;
}

export interface CoverageRow {
  country: string;
  /** Incidents per year, in the order of `Coverage.years`. */
  perYear: number[];
  total: number;
  /** Shares from 0 to 1. */
  twoSources: number;
  townOrBetter: number;
  outlets: number;
}

export interface Coverage {
  years: string[];
  rows: CoverageRow[];
  all: CoverageRow;
}

const host = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
};

/** Coverage of the incidents dated `from` to `to` (years, inclusive), by country, most incidents first. */
export function coverage({ incidents, sourceUrl, countryName }: CoverageInput, from: number, to: number): Coverage {
  const years = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  const inRange = incidents.filter((i) => years.includes(i.data.date.slice(0, 4)));
  const row = (label: string, list: typeof inRange): CoverageRow => {
    const sourcesOf = (i: (typeof list)[number]) => new Set(i.data.claims.map((c) => c.source));
    const outlets = new Set(list.flatMap((i) => [...sourcesOf(i)].map((s) => host(sourceUrl(s))).filter((h) => h !== undefined)));
    const share = (n: number) => (list.length ? n / list.length : 0);
    return {
      country: label,
      perYear: years.map((y) => list.filter((i) => i.data.date.startsWith(y)).length),
      total: list.length,
      twoSources: share(list.filter((i) => sourcesOf(i).size >= 2).length),
      townOrBetter: share(list.filter((i) => i.data.location.precision === 'exact' || i.data.location.precision === 'town').length),
      outlets: outlets.size,
    };
  };
  const countries = [...new Set(inRange.map((i) => i.data.location.country))];
  const rows = countries
    .map((c) => row(countryName(c), inRange.filter((i) => i.data.location.country === c)))
    .sort((a, b) => b.total - a.total || a.country.localeCompare(b.country));
  return { years, rows, all: row('All', inRange) };
}

/** A share as a whole percentage: "45%" in English, "45 %" (narrow no-break space) in French. */
const pct = (x: number, lang: Lang = 'en') => `${Math.round(x * 100).toLocaleString(lang)}${lang === 'fr' ? '\u202f' : ''}%`;

/** The table as Markdown, for the README and the terminal. */
export function coverageMarkdown(c: Coverage): string {
  const head = ['Country', ...c.years, 'Total', '2+ sources', 'Town or better', 'Outlets'];
  const line = (r: CoverageRow, bold = false) => {
    const cells = [r.country, ...r.perYear.map(String), String(r.total), pct(r.twoSources), pct(r.townOrBetter), String(r.outlets)];
    return `| ${(bold ? cells.map((x) => `**${x}**`) : cells).join(' | ')} |`;
  };
  return [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...c.rows.map((r) => line(r)), line(c.all, true)].join('\n');
}

export const coveragePercent = pct;
