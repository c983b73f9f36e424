/**
 * Every page of the built site carries a Content-Security-Policy that lets scripts come only
 * from the site itself, and nothing in the pages needs more: no inline scripts or inline event
 * handlers. A static host such as GitHub Pages cannot send headers, so the meta tag is what
 * protects readers; the test server also sends it as a header, as a deployer should.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { closeBrowser, closePage, openPage, pageRecord, siteUrl } from './harness.ts';

afterAll(closeBrowser);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** The sources a policy allows for scripts (script-src, else default-src). */
function scriptSources(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
  return directives.get('script-src') ?? directives.get('default-src') ?? [];
}

/** True when a policy runs scripts from the site's own origin only (WebAssembly compilation allowed for Pagefind). */
function scriptsOnlyFromSelf(policy: string): boolean {
  const sources = scriptSources(policy);
  return sources.includes("'self'") && sources.every((s) => s === "'self'" || s === "'wasm-unsafe-eval'");
}

describe('the Content-Security-Policy', () => {
  const dir = inject('mainDir');
  const files = htmlFiles(dir);

  test('the policy itself allows scripts only from the site', () => {
    expect(scriptSources(inject('csp'))).toContain("'self'");
    expect(scriptsOnlyFromSelf(inject('csp')), inject('csp')).toBe(true);
    expect(scriptsOnlyFromSelf("script-src 'self' 'unsafe-inline'")).toBe(false);
    expect(scriptsOnlyFromSelf("default-src 'self' https://cdn.example")).toBe(false);
  });

  test('every built page carries the policy in a meta tag, before any script', () => {
    expect(files.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html);
      const firstScript = html.search(/<script\b/i);
      if (!m || m[1] !== inject('csp') || (firstScript !== -1 && firstScript < m.index)) missing.push(relative(dir, file));
    }
    expect(missing, 'pages without the site policy ahead of their scripts').toEqual([]);
  });

  test('no built page has an inline script or an inline event handler (the policy would block them)', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const data = /type="application\/(ld\+)?json"/i.test(m[1]);
        if (!/\ssrc=/i.test(m[1]) && !data && m[2].trim()) offenders.push(`${relative(dir, file)}: inline <script>${m[2].trim().slice(0, 60)}`);
      }
      for (const m of html.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) offenders.push(`${relative(dir, file)}: ${m[1]}= attribute`);
    }
    expect(offenders).toEqual([]);
  });

  test('the server sends the same policy as a header', async () => {
    for (const path of ['/', '/incidents/', '/no-such-page/']) {
      const res = await fetch(siteUrl() + path);
      expect(res.headers.get('content-security-policy'), path).toBe(inject('csp'));
    }
  });

  test('the meta tag alone stops a script injected into the page', async () => {
    // Serve the page without the header, as GitHub Pages would, then try to run inline code.
    const page = await openPage('/', { waitUntil: 'domcontentloaded' });
    try {
      await page.route(siteUrl() + '/', async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        delete headers['content-security-policy'];
        await route.fulfill({ response, headers });
      });
      await page.reload();
      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.body.append(s);
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      });
      expect(ran, 'an inline script ran').toBe(false);
      expect(pageRecord(page).consoleErrors.join('\n')).toMatch(/Content Security Policy/i);
    } finally {
      await closePage(page);
    }
  });
});
