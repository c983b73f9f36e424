/**
 * The regional comparison's two periods in the browser. The page is built with the default
 * comparison; this shows the form, reads `?a=..&b=..` from the address and, when the reader
 * asks for other periods, loads the compact index data once, recounts with the rule the build
 * used (`domain/region-counts.ts`) and rewrites the maps' colours and links, the legend, the
 * table and the notes from the same view (`domain/region-view.ts`). Record text is set as text.
 */
import { compareRegions, parsePeriods, parseRange, periodsQuery, regionFactsOfRow, type Periods } from '../domain/region-counts.ts';
import { columnHeads, periodKeys, regionView, type RegionView } from '../domain/region-view.ts';
import { langOf } from '../domain/routes.ts';
import { words } from '../translations/index.ts';
import { loadIndex } from './index-data.ts';
import { el } from './dom.ts';

class RegionComparisonElement extends HTMLElement {
  connectedCallback() {
    const lang = langOf(location.pathname);
    const t = words(lang).regions;
    const form = this.querySelector<HTMLFormElement>('.rc-form')!;
    const status = this.querySelector<HTMLElement>('.rc-status')!;
    const countries = new Set((this.dataset.countries ?? '').split(' '));
    const defaults: Periods = { a: parseRange(this.dataset.a)!, b: parseRange(this.dataset.b)! };
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const drawn = new Set([...this.querySelectorAll<SVGAElement>('a[data-ids]')].flatMap((a) => a.dataset.ids!.split(' ')));
    const withCountry = this.querySelector('.rc-table thead tr')!.children.length === 7;

    let request = 0;
    const apply = async (p: Periods) => {
      const mine = ++request;
      status.textContent = t.loading;
      try {
        const d = await loadIndex();
        if (mine !== request) return; // a later request won
        const cmp = compareRegions(d.rows.filter((r) => countries.has(r.country)).map(regionFactsOfRow), p);
        this.render(regionView(cmp, p, (id) => drawn.has(id), lang, Number(this.dataset.limit ?? Infinity)), withCountry);
        status.textContent = '';
      } catch (err) {
        status.textContent = t.failed;
        console.warn('region comparison:', err);
      }
    };
    const show = (p: Periods) => {
      for (const k of periodKeys) {
        field(`${k}from`).value = p[k].from;
        field(`${k}to`).value = p[k].to;
      }
    };

    const initial = parsePeriods(location.search, defaults);
    show(initial);
    form.hidden = false;
    if (periodsQuery(initial) !== periodsQuery(defaults)) void apply(initial);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const a = parseRange(`${field('afrom').value}..${field('ato').value}`);
      const b = parseRange(`${field('bfrom').value}..${field('bto').value}`);
      if (!a || !b) {
        status.textContent = t.invalid;
        return;
      }
      const url = new URL(location.href);
      url.searchParams.set('a', `${a.from}..${a.to}`);
      url.searchParams.set('b', `${b.from}..${b.to}`);
      history.replaceState(null, '', url);
      void apply({ a, b });
    });
  }

  /** Rewrites the maps, legends, table and notes from a view. */
  render(v: RegionView, withCountry: boolean) {
    // The names of the countries in the page's language, as the build wrote them.
    const countryNames = new Map(Object.entries(JSON.parse(this.dataset.countryNames ?? '{}') as Record<string, string>));
    const lang = langOf(location.pathname);
    const t = words(lang).regions;
    const which = { a: t.periodA, b: t.periodB };
    const scope = this.dataset.scope ?? '';
    for (const fig of this.querySelectorAll<HTMLElement>('.rc-map')) {
      const k = fig.dataset.period as 'a' | 'b';
      fig.querySelector('.rc-caption')!.textContent = t.periodCaption(which[k], v.labels[k]);
      const svg = fig.querySelector('svg')!;
      svg.setAttribute('aria-label', t.mapLabel(v.labels[k], scope));
      for (const a of svg.querySelectorAll<SVGAElement>('a[data-ids]')) {
        const s = a.dataset.ids!.split(' ').map((id) => v.shapes[k].get(id)).find(Boolean);
        const use = a.querySelector('use')!;
        use.dataset.c = String(s?.c ?? 0);
        use.dataset.k = String(s?.k ?? 0);
        a.querySelector('title')!.textContent = s?.label ?? a.dataset.name!;
        if (s?.href) {
          a.setAttribute('href', s.href);
          a.setAttribute('aria-label', s.label);
          a.removeAttribute('aria-hidden');
        } else {
          a.removeAttribute('href');
          a.removeAttribute('aria-label');
          a.setAttribute('aria-hidden', 'true');
        }
      }
    }
    for (const m of ['incidents', 'killed'] as const) {
      const items = this.querySelectorAll(`.rc-legend-${m} li`);
      v.legend[m].forEach((label, c) => {
        if (items[c]) items[c].lastChild!.textContent = ` ${label}`;
      });
    }
    this.querySelector('.rc-table caption')!.textContent = t.caption(scope, v.labels.a, v.labels.b);
    const heads = columnHeads(v.labels, lang);
    for (const th of this.querySelectorAll<HTMLElement>('.rc-table th[data-col]')) th.textContent = heads[th.dataset.col as keyof typeof heads];
    /** A cell that repeats its heading when the table becomes cards on a phone. */
    const cell = (label: string, text?: string) => {
      const td = el('td', 'num', text);
      td.dataset.label = label;
      return td;
    };
    this.querySelector('.rc-table tbody')!.replaceChildren(
      ...v.rows.map((r) => {
        const tr = el('tr');
        tr.dataset.region = r.id;
        const th = el('th');
        th.scope = 'row';
        const link = el('a', undefined, r.name);
        link.href = r.href;
        th.append(link);
        if (!r.drawn) th.append(el('span', 'rc-not-drawn', ` (${t.notDrawn})`));
        tr.append(th);
        if (withCountry) tr.append(el('td', undefined, countryNames.get(r.country) ?? r.country));
        for (const k of periodKeys) {
          const td = cell(heads[`incidents-${k}`], r[k].href ? undefined : r[k].incidents);
          if (r[k].href) {
            const a = el('a', undefined, r[k].incidents);
            a.href = r[k].href;
            td.append(a);
          }
          tr.append(td);
        }
        tr.append(cell(t.change, r.change));
        for (const k of periodKeys) {
          const td = cell(heads[`killed-${k}`], r[k].killed);
          if (r[k].killedAll) td.append(el('span', 'rc-also', t.withParties(r[k].killedAll!)));
          tr.append(td);
        }
        return tr;
      }),
    );
    this.querySelector('.rc-notes')!.replaceChildren(...v.notes.map((n) => el('li', undefined, n)));
  }
}
customElements.define('region-comparison', RegionComparisonElement);
