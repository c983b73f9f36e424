/**
 * Records come from strangers. The fixture in tests/fixtures/hostile/content/ is a complete,
 * valid content folder whose every free-text field carries script tags, event-handler
 * attributes, `javascript:` links, quotes that break out of attributes and spreadsheet
 * formulas. Built like the real site, nothing from it may run or become markup on any page
 * that shows it, the CSV keeps formulas as text and the feeds stay well-formed.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { closeBrowser, closePage, expectClean, mapsReady, openPage, openPopupByKeyboard, screenshot, sitePath, siteUrl, type Page } from './harness.ts';
import { siteRecords } from './records.ts';

afterAll(closeBrowser);

const records = siteRecords('hostile');
const incidents = records.incidents;

beforeAll(() => {
  // A site that did not build shows nothing to attack: that is a failure, not a pass.
  expect(inject('hostileBuildError'), 'the hostile fixture site must build').toBe('');
});

test('the fixture really is hostile: every free-text field of every record carries a payload', () => {
  const payload = /<script|onerror=|onload=|onmouseover=|javascript:|^[=+\-@]|<img|<svg|<iframe|<a /i;
  const fields: [string, string | undefined][] = [];
  for (const i of incidents) {
    const l = i.data.location;
    fields.push([`${i.id} title`, i.data.title], [`${i.id} location.name`, l.name], [`${i.id} admin1`, l.admin1], [`${i.id} body`, i.body]);
    for (const a of l.aliases) fields.push([`${i.id} alias`, a]);
    for (const c of i.data.claims) fields.push([`${i.id} claim note`, c.note]);
  }
  for (const a of records.actors) {
    fields.push([`${a.id} name`, a.data.name], [`${a.id} short_name`, a.data.short_name], [`${a.id} body`, a.body]);
    for (const alias of a.data.aliases) fields.push([`${a.id} alias`, alias]);
  }
  for (const s of records.sources) fields.push([`${s.id} title`, s.data.title], [`${s.id} publisher`, s.data.publisher], [`${s.id} body`, s.body]);
  for (const c of records.countries) fields.push([`${c.id} name`, c.data.name], [`${c.id} body`, c.body]);
  for (const a of records.areas) for (const r of a.data.regions) fields.push([`${a.id} region`, r]);
  const harmless = fields.filter(([, v]) => v === undefined || !payload.test(v)).map(([k]) => k);
  expect(harmless).toEqual([]);
  expect(incidents.length).toBeGreaterThanOrEqual(4);
  expect(records.areas.length).toBeGreaterThanOrEqual(1);
});

/**
 * Everything in the document (shadow roots included) that record text must never become:
 * event-handler attributes, script-bearing URLs, inline scripts, frames.
 */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const urlAttrs = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster']);
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) found.push(`<${tag} ${attr.name}="${attr.value}">`);
          if (urlAttrs.has(attr.name.toLowerCase()) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value)) {
            found.push(`<${tag} ${attr.name}="${attr.value}">`);
          }
        }
        if (tag === 'script') {
          const s = el as HTMLScriptElement;
          const data = /^application\/(ld\+)?json$/i.test(s.type);
          if (!s.src && !data && s.textContent?.trim()) found.push(`inline <script>${s.textContent.slice(0, 60)}`);
          if (s.src && new URL(s.src).origin !== location.origin) found.push(`<script src="${s.src}">`);
          if (data && /<\/?script/i.test(s.textContent ?? '')) found.push('a </script> inside a JSON script');
        }
        if (['iframe', 'object', 'embed', 'frame', 'base'].includes(tag)) found.push(`<${tag}>`);
        if (tag === 'img' && el.getAttribute('src') === 'x') found.push('<img src=x> from record text');
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    if (getComputedStyle(document.body).display === 'none') found.push('body hidden by an injected style');
    return found;
  });
}

/** The page shows hostile records and none of their text ran or became markup. */
async function expectInert(page: Page): Promise<void> {
  // Hover every element once, so an onmouseover that slipped through would fire.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('main *')) el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'window.__pwned was set: record text ran').toBeUndefined();
  expect(await injectedMarkup(page), 'markup made from record text').toEqual([]);
  expectClean(page);
}

async function mainText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

function hostilePage(name: string, path: string, check?: (page: Page) => Promise<void>) {
  test(`${name} (${path}) shows the hostile records as text and runs none of them`, async () => {
    const page = await openPage(path, { site: 'hostile' });
    try {
      // Maps build their legends and lists from record text in the browser: let them draw.
      await mapsReady(page);
      if (check) await check(page);
      await expectInert(page);
    } finally {
      await screenshot(page, `hostile-${name.toLowerCase().replace(/\W+/g, '-')}`);
      await closePage(page);
    }
  });
}

describe('pages showing hostile records', () => {
  hostilePage('Home', '/');
  hostilePage('Incidents index', '/incidents/', async (page) => {
    const ids = await page.locator('main [data-incident-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')));
    expect(new Set(ids)).toEqual(new Set(incidents.map((i) => i.id)));
    // Titles appear as written, brackets and all.
    const text = await mainText(page);
    for (const i of incidents) expect(text).toContain(i.data.location.name);
  });
  for (const i of incidents) {
    hostilePage(`Incident ${i.id}`, `/incidents/${i.id}/`, async (page) => {
      expect(await page.locator('h1').innerText()).toContain(i.data.title);
      const text = await mainText(page);
      expect(text).toContain(i.data.location.name);
      for (const c of i.data.claims) if (c.note) expect(text).toContain(c.note);
    });
  }
  hostilePage('Countries index', '/countries/');
  for (const c of records.countries) {
    hostilePage(`Country ${c.id}`, `/countries/${c.id}/`, async (page) => {
      expect(await page.locator('h1').innerText()).toContain(c.data.name);
    });
  }
  // The regional comparison recounts in the browser and writes region names from the records.
  const inRegion = incidents.find((i) => i.data.location.admin1?.includes('<'))!;
  hostilePage('Regions recounted in the browser', `/countries/${inRegion.data.location.country}/?a=2000-01-01..2024-12-31&b=2025-01-01..2025-12-31`, async (page) => {
    await expect.poll(() => page.locator('.rc-table caption').innerText()).toContain('1 January 2000');
    expect(await page.locator('.rc-table tbody').innerText()).toContain(inRegion.data.location.admin1!);
  });
  hostilePage('Actors index', '/actors/');
  for (const a of records.actors) {
    hostilePage(`Actor ${a.id}`, `/actors/${a.id}/`, async (page) => {
      const text = await mainText(page);
      expect(text).toContain(a.data.name);
      for (const alias of a.data.aliases) expect(text).toContain(alias);
    });
  }
  for (const s of records.sources) {
    hostilePage(`Source ${s.id}`, `/sources/${s.id}/`, async (page) => {
      expect(await page.locator('h1').innerText()).toContain(s.data.title);
      expect(await mainText(page)).toContain(s.data.publisher);
    });
  }
  hostilePage('Year 2025', '/timeline/2025/');
  hostilePage('Month 2025-06', '/timeline/2025/06/');
  hostilePage('Brief', `/briefs/${records.briefs[0].id}/`);
  hostilePage('Search results for a hostile place', '/search/?q=hostilia', async (page) => {
    // Results render in the browser from the Pagefind index: wait for them.
    await expect
      .poll(() => page.locator('main a[href*="/incidents/"]').count(), { message: 'search results linking to incidents', timeout: 15_000 })
      .toBeGreaterThan(0);
  });
});

describe('French pages showing hostile records', () => {
  hostilePage('French home', '/fr/');
  hostilePage('French incidents index', '/fr/incidents/');
  for (const i of incidents) {
    hostilePage(`French incident ${i.id}`, `/fr/incidents/${i.id}/`, async (page) => {
      expect(await page.locator('h1').innerText()).toContain(i.data.title);
      expect(await mainText(page)).toContain(i.data.location.name);
    });
  }
  hostilePage('French country', `/fr/countries/${records.countries[0].id}/`);
  hostilePage('French actor', `/fr/actors/${records.actors[0].id}/`);
  hostilePage('French year 2025', '/fr/timeline/2025/');
  hostilePage('French search results for a hostile place', '/fr/search/?q=hostilia', async (page) => {
    await expect
      .poll(() => page.locator('main a[href*="/fr/incidents/"]').count(), { message: 'French search results linking to French incidents', timeout: 15_000 })
      .toBeGreaterThan(0);
  });
});

test('filtering the index by every hostile country and actor runs nothing', async () => {
  const page = await openPage('/incidents/', { site: 'hostile' });
  try {
    for (const name of ['country', 'actor']) {
      const select = page.locator(`incident-filter select[name="${name}"]`);
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      expect(values.length, `${name} options`).toBeGreaterThan(0);
      for (const value of values) {
        await select.selectOption(value);
        await expect.poll(() => new URL(page.url()).searchParams.get(name)).toBe(value);
        await expectInert(page);
      }
      await select.selectOption('');
    }
  } finally {
    await closePage(page);
  }
});

describe('hostile text arriving through the URL', () => {
  const payload = `"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
  test('a search for markup shows it as the query and runs nothing', async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent(payload)}`, { site: 'hostile' });
    try {
      await expect.poll(() => page.locator('main input[name="q"], main input[type="search"]').first().inputValue()).toBe(payload);
      await page.waitForTimeout(1500); // let the results (none) render
      await expectInert(page);
    } finally {
      await closePage(page);
    }
  });

  test('the nearby-incidents page with markup as its place name runs nothing', async () => {
    const i = incidents[0];
    const query = new URLSearchParams({ place: payload, lat: String(i.data.location.lat), lon: String(i.data.location.lon), km: '250' });
    const page = await openPage(`/near/?${query}`, { site: 'hostile' });
    try {
      await page.waitForTimeout(1500); // results are computed in the browser
      await expectInert(page);
    } finally {
      await screenshot(page, 'hostile-near-url-payload');
      await closePage(page);
    }
  });

  test('the nearby-incidents page linked from a hostile incident lists hostile names as text and runs nothing', async () => {
    const i = incidents.find((x) => x.id === '2025-06-01-hostilia-base-assault')!;
    const page = await openPage(`/incidents/${i.id}/`, { site: 'hostile' });
    try {
      const near = page.locator(`main a[href^="${sitePath('/near/', 'hostile')}"]`).first();
      await Promise.all([page.waitForURL(/\/near\//), near.click()]);
      await expect.poll(() => page.locator('main a[href*="/incidents/"]').count(), { message: 'nearby incidents listed' }).toBeGreaterThan(0);
      await expectInert(page);
    } finally {
      await screenshot(page, 'hostile-near-from-incident');
      await closePage(page);
    }
  });
});

test('links written in record bodies are http(s) only: javascript: and data: links become text', async () => {
  const target = incidents.find((i) => i.body.includes('broke out of an attribute'))!;
  const page = await openPage(`/incidents/${target.id}/`, { site: 'hostile' });
  try {
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href, 'a link in the incident page').toMatch(/^(https?:\/\/|\/|#|\?|mailto:)/);
    // The raw HTML of the body is shown as text or removed, never as elements.
    expect(await page.locator('main img[src="x"], main svg[onload], main a[href^="javascript:" i]').count()).toBe(0);
    const text = await mainText(page);
    expect(text, 'the body text around the raw HTML survives').toContain('broke out of an attribute');
  } finally {
    await closePage(page);
  }
});

/** RFC 4180 CSV to rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('downloads and feeds built from hostile records', () => {
  const csvPaths = [
    '/data/incidents.csv',
    ...[...new Set(incidents.map((i) => i.data.location.country))].map((c) => `/data/countries/${c}.csv`),
    ...records.actors.map((a) => `/data/actors/${a.id}.csv`),
  ];
  test.each(csvPaths)('%s keeps every formula as text', async (path) => {
    const res = await fetch(siteUrl('hostile') + path);
    expect(res.status).toBe(200);
    const rows = parseCsv(await res.text());
    const formulas: string[] = [];
    for (const row of rows) {
      for (const cell of row) {
        // A spreadsheet runs a cell that starts with = + - @ (or a tab/CR); numbers such as -2.95 are fine.
        if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)) formulas.push(cell);
      }
    }
    expect(formulas, 'cells a spreadsheet would run as formulas').toEqual([]);
    if (path === '/data/incidents.csv') {
      expect(rows.length - 1, 'one row per incident').toBe(incidents.length);
      const all = rows.flat();
      for (const payload of ['=HYPERLINK("http://evil.example/","Hostilia")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3']) {
        expect(all, `the neutralised cell for ${payload}`).toContain(`'${payload}`);
      }
    }
  });

  const feeds = [
    '/feed.xml',
    ...[...new Set(incidents.map((i) => i.data.location.country))].map((c) => `/countries/${c}/feed.xml`),
    ...records.actors.map((a) => `/actors/${a.id}/feed.xml`),
  ];
  test.each(feeds)('%s stays well-formed Atom whose entries hold the titles as text and no live markup', async (path) => {
    // Any same-origin document gives the browser's own XML parser; a static file keeps page problems out of it.
    const page = await openPage('/favicon.svg', { site: 'hostile' });
    try {
      const result = await page.evaluate(async (p) => {
        const res = await fetch(p);
        const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
        const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? '';
        const entries = Array.from(doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry'));
        const bad: string[] = [];
        for (const entry of entries) {
          for (const el of Array.from(entry.children)) {
            if (el.getAttribute('type') !== 'html') continue;
            // A feed reader renders type="html" content: it must be as inert as the pages.
            const html = new DOMParser().parseFromString(el.textContent ?? '', 'text/html');
            for (const node of Array.from(html.querySelectorAll('*'))) {
              if (['script', 'iframe', 'object', 'embed', 'svg', 'style'].includes(node.tagName.toLowerCase())) bad.push(`<${node.tagName}>`);
              if (node.tagName === 'IMG' && node.getAttribute('src') === 'x') bad.push('<img src=x>');
              for (const attr of Array.from(node.attributes)) {
                if (/^on/i.test(attr.name) || /^\s*(javascript|data:text\/html)/i.test(attr.value)) bad.push(`${node.tagName} ${attr.name}=${attr.value}`);
              }
            }
          }
        }
        const titles = entries.map((e) => e.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'title')[0]?.textContent ?? '');
        return { status: res.status, root: doc.documentElement.localName, error, titles, bad };
      }, sitePath(path, 'hostile'));
      expect(result.status).toBe(200);
      expect(result.error, 'XML parser error').toBe('');
      expect(result.root).toBe('feed');
      expect(result.titles.length).toBeGreaterThan(0);
      for (const title of result.titles) expect(incidents.map((i) => i.data.title)).toContain(title);
      expect(result.bad).toEqual([]);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('the JSON and GeoJSON downloads parse and hold the hostile text unchanged', async () => {
    const json = await (await fetch(siteUrl('hostile') + '/data/incidents.json')).json();
    const geojson = await (await fetch(siteUrl('hostile') + '/data/incidents.geojson')).json();
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(incidents.length);
    const text = JSON.stringify(json);
    for (const i of incidents) expect(text).toContain(JSON.stringify(i.data.title).slice(1, -1));
  });
});

describe('map popups with hostile text', () => {
  test('a popup opened on the home map shows hostile place names as text and runs nothing', async () => {
    const page = await openPage('/', { site: 'hostile' });
    try {
      const popup = await openPopupByKeyboard(page);
      const text = await popup.innerText();
      expect(incidents.some((i) => text.includes(i.data.location.name) || text.includes(i.data.title)), `popup text: ${text}`).toBe(true);
      await expectInert(page);
    } finally {
      await screenshot(page, 'hostile-home-map-popup');
      await closePage(page);
    }
  });
});
