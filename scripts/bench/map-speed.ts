/**
 * How the home map behaves at size, in headless Chromium (WebGL through SwiftShader, so on the
 * CPU: slower than a reader's GPU, which makes it a fair worst case): time from navigation to
 * the first drawn map, frame times while the reader drags the map, and the time a date filter
 * takes to redraw. Reported by `npm run bench` at its largest size, not a timed test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/browser/static-server.ts';

export interface MapSpeed {
  /** Milliseconds from navigation to `data-state="ready"` (the map has drawn once). */
  firstDrawMs: number;
  /** Frame intervals while dragging, milliseconds. */
  panFrames: { median: number; p95: number; max: number; frames: number };
  /** Milliseconds from a date-filter change to the map at rest again with the new count. */
  filterMs: number;
}

export interface BasemapWeight {
  band: string;
  raw: number;
  gzip: number;
}

/** Raw and gzip bytes of each basemap band the site publishes. */
export function basemapWeights(dist: string): BasemapWeight[] {
  const bands = [['all zooms (/map/basemap.json)', 'map/basemap.json'], ['from zoom 5.5 (/map/towns.json)', 'map/towns.json']];
  return bands.filter(([, file]) => existsSync(join(dist, file))).map(([band, file]) => {
    const bytes = readFileSync(join(dist, file));
    return { band, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

export async function measureMapSpeed(dist: string, repo: string): Promise<MapSpeed> {
  const layout = readFileSync(join(repo, 'src/layouts/BaseLayout.astro'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(layout)?.[1] ?? '';
  const server = await serveStatic(dist, csp);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/`);
    const map = page.locator('incident-map').first();
    await map.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('incident-map')?.getAttribute('data-state') === 'ready', null, { timeout: 120_000, polling: 'raf' });
    const firstDrawMs = await page.evaluate(() => performance.now());

    // Drag the map across its width in small steps, recording every frame's interval.
    const box = (await map.locator('canvas.maplibregl-canvas').boundingBox())!;
    await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; recording_: boolean };
      w.frames_ = [];
      w.recording_ = true;
      let last = performance.now();
      const tick = (t: number) => {
        w.frames_.push(t - last);
        last = t;
        if (w.recording_) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.8, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, y + 60, { steps: 90 });
    await page.mouse.move(box.x + box.width * 0.7, y - 40, { steps: 90 });
    await page.mouse.up();
    const frames = (await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; recording_: boolean };
      w.recording_ = false;
      return w.frames_.slice(1);
    })).sort((a, b) => a - b);

    // A date filter narrows 30,000 points: time until the map is at rest with the new count.
    const before = await map.getAttribute('data-point-count');
    const from = await page.locator('input[name=from]').first().getAttribute('max');
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('input[name=from]').first().fill(`${from!.slice(0, 4)}-01-01`);
    await page.locator('input[name=from]').first().dispatchEvent('change');
    // At rest: the drawn incidents (and those listed as known only to the country) add up to the new count.
    await page.waitForFunction((n) => {
      const d = document.querySelector<HTMLElement>('incident-map')!.dataset;
      return d.pointCount !== n && Number(d.renderedCount) + Number(d.countryOnly ?? 0) === Number(d.pointCount);
    }, before, { polling: 'raf', timeout: 60_000 });
    const filterMs = (await page.evaluate(() => performance.now())) - t0;
    return {
      firstDrawMs,
      panFrames: { median: percentile(frames, 0.5), p95: percentile(frames, 0.95), max: frames.at(-1) ?? 0, frames: frames.length },
      filterMs,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
