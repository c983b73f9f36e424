/**
 * Accessibility as a keyboard or screen-reader user meets it: axe-core finds no serious or
 * critical violation on any page type, and Tab alone reaches the skip link, the search box,
 * the index filters, the map's controls and a map popup.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, closePage, expectClean, mapReady, mapsReady, openPage, openPopupByKeyboard, pathInSite, screenshot, type Page } from './harness.ts';
import { siteRecords } from './records.ts';
import { seriousViolations } from './axe.ts';
import { newest, notFoundPath, pageTypes, placeName } from './page-types.ts';
import { filterParamOrder } from '../../src/domain/filter-params.ts';

afterAll(closeBrowser);
const { incidents } = siteRecords('main');

// Every page type at a desktop width and at a phone's (where tables become cards and charts scroll).
describe.each([1280, 360])('axe-core finds no serious or critical violation at %i px', (width) => {
  test.each(pageTypes)('on the %s page (%s)', async (_, path) => {
    const page = await openPage(path, { width, status: path === notFoundPath ? 404 : 200, waitUntil: 'networkidle' });
    try {
      await mapsReady(page); // maps load when seen: let axe check them too
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

/** What has keyboard focus, described for messages and matching. */
async function focused(page: Page): Promise<{ tag: string; id: string; name: string; cls: string; href: string; inMap: boolean; inPopup: boolean; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      cls: el?.getAttribute('class') ?? '',
      href: el?.getAttribute('href') ?? '',
      inMap: !!el?.closest('incident-map'),
      inPopup: !!el?.closest('.maplibregl-popup'),
      text: (el?.textContent ?? '').trim().slice(0, 40),
    };
  });
}

/** Presses Tab until `match` holds for the focused element; returns how many presses it took. */
async function tabUntil(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80): Promise<number> {
  const seen: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return i;
    seen.push(`${f.tag}${f.id ? '#' + f.id : ''}${f.name ? `[name=${f.name}]` : ''}${f.href ? `[href=${f.href}]` : ''}`);
  }
  throw new Error(`not reached with ${max} presses of Tab; focus went through: ${seen.join(' → ')}`);
}

/** A keyboard user must see where focus is: an outline or a box shadow. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    // Focus inside a browser-drawn part (a date input's calendar button) is drawn by the browser.
    if (!el.matches(':focus')) return true;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const onScreen = r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight;
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    return onScreen && ring;
  });
}

describe('keyboard only', () => {
  test('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const page = await openPage('/incidents/');
    try {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.href).toBe('#main');
      expect(f.text).toMatch(/skip/i);
      expect(await focusIsVisible(page), 'the focused skip link is visible').toBe(true);
      await page.keyboard.press('Enter');
      // The jump to #main is a same-page navigation the browser completes after the key press.
      await expect.poll(() => new URL(page.url()).hash).toBe('#main');
      // The next Tab goes into the main content, past the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main')), 'focus after the skip link is inside main').toBe(true);
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('Tab reaches the header search box, and Enter searches for what was typed', async () => {
    const page = await openPage('/');
    try {
      await tabUntil(page, (f) => f.name === 'q');
      expect(await focusIsVisible(page), 'the focused search box shows focus').toBe(true);
      await page.keyboard.type(placeName);
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe(placeName);
    } finally {
      await closePage(page);
    }
  });

  test('every link and control Tab reaches on the home page shows where focus is', async () => {
    const page = await openPage('/');
    try {
      // The home map pushes the content below it down when it finishes drawing (its legend appears):
      // let it draw first, or a link focused just before that is pushed off screen and reads as unfocused.
      await mapsReady(page);
      const invisible: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f.tag === 'body') break;
        if (f.inMap && f.tag === 'canvas') continue; // checked with the map tests
        if (!(await focusIsVisible(page))) invisible.push(`${f.tag}${f.href ? `[href=${f.href}]` : ''} "${f.text}"`);
      }
      expect(invisible, 'focused elements with no visible focus indicator').toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('Tab reaches every filter of the incidents index, and arrow keys filter the list and the URL', async () => {
    const page = await openPage('/incidents/');
    try {
      const controls = await page.locator('incident-filter select, incident-filter input').evaluateAll((els) => els.map((e) => e.getAttribute('name')));
      expect(controls.sort()).toEqual([...filterParamOrder].sort());
      await tabUntil(page, (f) => f.name === 'country');
      const reached = new Set(['country']);
      for (let i = 0; i < 30 && reached.size < controls.length; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f.name) reached.add(f.name);
      }
      expect([...reached].sort()).toEqual([...controls].sort());

      // Choose the first country with the keyboard.
      await tabUntil(page, (f) => f.name === 'country');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => new URL(page.url()).searchParams.get('country'), { message: 'the country filter is in the URL' }).toBeTruthy();
      const country = new URL(page.url()).searchParams.get('country')!;
      const expected = incidents.filter((i) => i.data.location.country === country).map((i) => i.id).sort();
      // The filter loads the record's compact data once, then redraws the list: wait for it.
      const visible = () => page
        .locator('main [data-incident-id]')
        .evaluateAll((els) => [...new Set(els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('data-incident-id')!))].sort());
      await expect.poll(visible, { message: 'the list shows the incidents of that country' }).toEqual(expected);
      expectClean(page);
    } finally {
      await screenshot(page, 'a11y-index-filtered-by-keyboard');
      await closePage(page);
    }
  });

  test('Tab reaches the map of an incident page and its controls, and Enter opens a popup linking to the incident', async () => {
    const page = await openPage(`/incidents/${newest.id}/`);
    try {
      const map = page.locator('incident-map').first();
      await mapReady(page, map);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('body').focus();
      await tabUntil(page, (f) => f.inMap && f.tag === 'canvas', 120);
      const reached = new Set<string>();
      // The zoom buttons are part of the same map.
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (!f.inMap) break;
        reached.add(f.cls);
      }
      expect([...reached].join(' '), 'zoom controls reached by Tab').toMatch(/maplibregl-ctrl-zoom-in/);
      // Back to the map itself: Enter opens what lies at the centre (the incident), zooming into clusters first.
      const popup = await openPopupByKeyboard(page);
      const links = (await popup.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map((h) => pathInSite(h));
      expect(links).toContain(`/incidents/${newest.id}/`);
      // Focus moves into the popup, and Tab reaches the incident's link there.
      const inPopup = [await focused(page)];
      expect(inPopup[0].inPopup, 'focus moved into the popup').toBe(true);
      for (let i = 0; i < 8 && inPopup.at(-1)!.inPopup; i++) {
        await page.keyboard.press('Tab');
        inPopup.push(await focused(page));
      }
      const reachedLinks = inPopup.filter((f) => f.inPopup).map((f) => f.href);
      expect(reachedLinks.map((h) => pathInSite(h)), `links reached in the popup: ${reachedLinks.join(', ')}`).toContain(`/incidents/${newest.id}/`);
      expectClean(page);
    } finally {
      await screenshot(page, 'a11y-incident-map-popup-by-keyboard');
      await closePage(page);
    }
  });
});
