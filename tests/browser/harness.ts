/**
 * Helpers for browser tests: one headless Chromium per test file, pages that record
 * everything a user would see go wrong (console errors, script errors, failed requests,
 * requests to other hosts or outside the site's base path, dialogs), and screenshots kept
 * for a person to look at.
 *
 * Tests address pages by their path in the site (`/incidents/x/`, `fr/incidents/x/`): the
 * fixture sites live under a base path (TEST_BASE_PATH, default `/tracker/sub/`), which
 * `openPage`, `pageUrl`, `sitePath` and `siteUrl` put in front.
 *
 *   const page = await openPage('/incidents/', { width: 360 });
 *   ...assertions...
 *   expectClean(page);
 *   await screenshot(page, 'incidents-index-360');
 *   afterAll(closeBrowser);
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { SiteName } from './build-site.ts';

export type { Browser, Page } from 'playwright-core';
export type { SiteName } from './build-site.ts';

const repoRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

/** Flags for Debian's Chromium in a container, with WebGL2 through SwiftShader for the maps. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
}

let shared: Promise<Browser> | undefined;

/** The browser `openPage` uses, launched on first use. Close it with `afterAll(closeBrowser)`. */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser();
  return shared;
}

export async function closeBrowser(): Promise<void> {
  const b = shared;
  shared = undefined;
  contexts.clear();
  if (b) await (await b).close();
}

/**
 * Browser contexts shared by pages of the same site, size and JavaScript setting, so scripts
 * such as MapLibre come from the browser cache after the first page (as for a real reader).
 */
const contexts = new Map<string, Promise<BrowserContext>>();

async function newContext(width: number, height: number, javaScript: boolean): Promise<BrowserContext> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript, deviceScaleFactor: 1 });
  await context.route((url) => !isLocal(url), (route) => route.abort('blockedbyclient'));
  return context;
}

/** Origin of the server of a site, e.g. `http://127.0.0.1:41234`. */
function originOf(site: SiteName): string {
  return inject(site === 'main' ? 'mainUrl' : site === 'hostile' ? 'hostileUrl' : 'realUrl');
}

/**
 * The path a served site lives under, ending in `/`: the fixture sites (`main`, `hostile`) under
 * TEST_BASE_PATH (default `/tracker/sub/`), the real site at `/`.
 */
export function basePath(site: SiteName = 'main'): string {
  return inject('basePaths')[site];
}

/**
 * Base URL of a served site, base path included, without its trailing slash, e.g.
 * `http://127.0.0.1:41234/tracker/sub`, so `siteUrl() + '/data/incidents.csv'` is a file of the
 * site. `main` is the fixture dataset, `hostile` the hostile records, `real` the bundled content/
 * (smoke test only).
 */
export function siteUrl(site: SiteName = 'main'): string {
  return originOf(site) + basePath(site).slice(0, -1);
}

/**
 * A path of the site as the browser and the server see it, base path in front:
 * `sitePath('fr/incidents/x/')` and `sitePath('/fr/incidents/x/')` give `/tracker/sub/fr/incidents/x/`.
 * For comparing with what pages link to.
 */
export function sitePath(path: string, site: SiteName = 'main'): string {
  return basePath(site) + path.replace(/^\//, '');
}

/** The full URL of a path of the site: `pageUrl('fr/incidents/x/')` → `http://127.0.0.1:41234/tracker/sub/fr/incidents/x/`. */
export function pageUrl(path: string, site: SiteName = 'main'): string {
  return originOf(site) + sitePath(path, site);
}

/**
 * The inverse of `sitePath`: the path in the site of a URL or server path, from the site's root
 * (`http://…/tracker/sub/incidents/x/?a=1` → `/incidents/x/`; pathname only). A path outside the
 * base path comes back as `outside <base>: <path>`, so it equals no path of the site and a link
 * that misses the base path fails the comparison that reads it.
 */
export function pathInSite(urlOrPath: string, site: SiteName = 'main'): string {
  const { pathname } = new URL(urlOrPath, 'http://site.invalid');
  const base = basePath(site);
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : `outside ${base}: ${pathname}`;
}

/** What went wrong while a page was open. */
export interface PageRecord {
  consoleErrors: string[];
  /** Console warnings: not failures by themselves, but a failed map says why here. */
  consoleWarnings: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Every URL requested from a host other than the local test server. */
  foreignRequests: string[];
  /** URLs of the site's own server outside its base path: requested, or linked or loaded by the page as it opened. */
  outsideBase: string[];
  /** Every host requested (data: and blob: URLs count as the page's own). */
  hosts: Set<string>;
  dialogs: string[];
}

const records = new WeakMap<Page, PageRecord>();
/** Aborted requests of each page, with the URL of the document that made them. */
const aborted = new WeakMap<Page, { entry: string; document: string }[]>();
/** Pages opened with a context of their own, closed with it. */
const freshContexts = new WeakSet<Page>();

export function pageRecord(page: Page): PageRecord {
  const r = records.get(page);
  if (!r) throw new Error('pageRecord: this page was not opened with openPage()');
  return r;
}

function isLocal(url: URL): boolean {
  return url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost';
}

export interface OpenOptions {
  /** Which built site: `main` (the fixture dataset, default), `hostile` or `real`. */
  site?: SiteName;
  /** Viewport width in CSS pixels (default 1280). Height follows: 900 on desktop, 780 on a phone. */
  width?: number;
  height?: number;
  /** Run the page without JavaScript, as a reader with it off would see it. */
  javaScript?: boolean;
  /** HTTP status the page itself is expected to answer with (404 for the not-found page). */
  status?: number;
  /** When to consider the page loaded (default `load`; `networkidle` also waits for lazy fetches). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /** A context of its own (empty cache, cookies and storage) instead of the shared one. */
  fresh?: boolean;
  /**
   * A server of the test's own serving `site`'s files under the same base path, e.g.
   * `http://127.0.0.1:41234` (the offline test closes its server to cut the connection).
   */
  origin?: string;
}

/** Every URL in the document's `href`, `src` and `action` attributes, resolved. */
function documentUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action]')].flatMap((el) =>
      ['href', 'src', 'action'].flatMap((a) => {
        const v = el.getAttribute(a);
        return v === null ? [] : [new URL(v, document.baseURI).href];
      }),
    ),
  );
}

/**
 * Opens `path` of a served site (a path in the site: `/incidents/x/` or `fr/incidents/x/`, the
 * base path goes in front) and starts recording problems. Pages share a browser context per
 * site, size and JavaScript setting unless `fresh` is set. Requests to any other host are
 * blocked and recorded: the site must work offline and leak nothing to third parties. Requests
 * to the site's server outside its base path are recorded, and so are the links, scripts,
 * styles, images and forms of the opened document that point there: `expectClean` fails on them.
 */
export async function openPage(path: string, options: OpenOptions = {}): Promise<Page> {
  const { site = 'main', width = 1280, javaScript = true, status = 200, waitUntil = 'load', fresh = false } = options;
  const height = options.height ?? (width < 600 ? 780 : 900);
  let context: BrowserContext;
  if (fresh) context = await newContext(width, height, javaScript);
  else {
    const key = `${options.origin ?? site} ${width}x${height} ${javaScript}`;
    if (!contexts.has(key)) contexts.set(key, newContext(width, height, javaScript));
    context = await contexts.get(key)!;
  }
  const page = await context.newPage();
  if (fresh) freshContexts.add(page);
  const record: PageRecord = { consoleErrors: [], consoleWarnings: [], pageErrors: [], failedRequests: [], foreignRequests: [], outsideBase: [], hosts: new Set(), dialogs: [] };
  records.set(page, record);

  const url = (options.origin ?? originOf(site)) + sitePath(path, site);
  const server = new URL(url).host;
  const base = basePath(site);
  const outsideBase = (u: URL) => u.host === server && !u.pathname.startsWith(base);
  page.on('console', (msg) => {
    if (msg.type() === 'warning') record.consoleWarnings.push(msg.text());
    if (msg.type() !== 'error') return;
    // Chromium logs the expected 404 of a not-found page itself as an error.
    if (status >= 400 && msg.location().url === url && /status of 404/.test(msg.text())) return;
    record.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => record.pageErrors.push(err.stack ?? err.message));
  page.on('dialog', (dialog) => {
    record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Requests a document still had in flight when the reader followed a link are aborted by the
  // browser: not a failure of the site. Which document asked is noted here and judged in expectClean.
  const startedIn = new WeakMap<object, string>();
  page.on('request', (req) => {
    startedIn.set(req, page.url());
    const u = new URL(req.url());
    record.hosts.add(isLocal(u) ? 'local' : u.host);
    if (!isLocal(u)) record.foreignRequests.push(req.url());
    if (outsideBase(u)) record.outsideBase.push(`requested ${req.url()}`);
  });
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    if (!isLocal(new URL(req.url()))) return;
    const entry = `${req.url()}: ${error}`;
    if (/ERR_ABORTED/.test(error)) aborted.set(page, [...(aborted.get(page) ?? []), { entry, document: startedIn.get(req) ?? '' }]);
    else record.failedRequests.push(entry);
  });
  page.on('response', (res) => {
    if (res.status() < 400) return;
    // The page itself may be expected to be a 404 (the not-found page); anything else is a failure.
    if (res.url() === url && res.status() === status) return;
    record.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });

  const response = await page.goto(url, { waitUntil });
  expect(response?.status(), `HTTP status of ${path}`).toBe(status);
  // A link or asset that misses the base path works at the root and breaks under a prefix.
  for (const u of await documentUrls(page)) if (outsideBase(new URL(u))) record.outsideBase.push(`in the page: ${u}`);
  return page;
}

/**
 * Fails when the page used a URL of its server outside the site's base path, logged a console
 * error, threw, had a request fail, asked another host or opened a dialog.
 */
export function expectClean(page: Page): void {
  const r = pageRecord(page);
  const where = page.url();
  for (const a of aborted.get(page) ?? []) if (a.document === where) r.failedRequests.push(a.entry);
  aborted.delete(page);
  // First: a URL that misses the base path also shows as a 404 and the console error it logs.
  expect(r.outsideBase, `URLs outside the site's base path on ${where}`).toEqual([]);
  expect(r.pageErrors, `uncaught script errors on ${where}`).toEqual([]);
  expect(r.consoleErrors, `console errors on ${where}`).toEqual([]);
  expect(r.failedRequests, `failed requests on ${where}`).toEqual([]);
  expect(r.foreignRequests, `requests to hosts other than the site on ${where}`).toEqual([]);
  expect(r.dialogs, `dialogs opened on ${where}`).toEqual([]);
}

/** Saves a full-page PNG to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Closes a page opened with `openPage` (and its context when it had its own). */
export async function closePage(page: Page): Promise<void> {
  if (freshContexts.has(page)) await page.context().close();
  else await page.close();
}

/**
 * Scrolls each `<incident-map>` into view (maps load only when seen), waits until it has
 * drawn, then scrolls back to the top. Fails if a map fails or stalls (see `mapReady`).
 */
export async function mapsReady(page: Page, timeout = 20_000): Promise<void> {
  for (const map of await page.locator('incident-map').all()) await mapReady(page, map, timeout);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Scrolls one `<incident-map>` into view and waits until it has drawn (`data-state="ready"`).
 * Fails if it fails or stalls, saying why: the map's own console warning, and what else went
 * wrong on the page.
 */
export async function mapReady(page: Page, map: Locator, timeout = 20_000): Promise<void> {
  await map.scrollIntoViewIfNeeded();
  const state = () => map.getAttribute('data-state');
  await expect.poll(state, { timeout, message: 'the map draws or fails' }).toMatch(/^(ready|failed)$/);
  if ((await state()) === 'failed') {
    const r = pageRecord(page);
    const why = [...r.consoleWarnings.filter((w) => w.startsWith('incident map')), ...r.pageErrors, ...r.consoleErrors, ...r.failedRequests];
    expect.fail(`the map on ${page.url()} failed to draw: ${why.join(' | ') || 'no warning, error or failed request recorded'}`);
  }
}

/**
 * Opens a popup on a map the way a keyboard user does: focus the map, press Enter (which
 * opens the incidents nearest the centre, zooming into a cluster first), until a popup shows.
 * Returns the popup's locator.
 */
export async function openPopupByKeyboard(page: Page, map = page.locator('incident-map').first()) {
  await map.scrollIntoViewIfNeeded();
  await expect.poll(() => map.getAttribute('data-state'), { timeout: 20_000, message: 'the map is ready' }).toBe('ready');
  await map.locator('canvas').first().focus();
  const popup = page.locator('.maplibregl-popup');
  for (let i = 0; i < 8 && (await popup.count()) === 0; i++) {
    await page.keyboard.press('Enter');
    await page.waitForTimeout(700);
  }
  await expect.poll(() => popup.count(), { message: 'a popup opened from the keyboard' }).toBeGreaterThan(0);
  return popup.first();
}
