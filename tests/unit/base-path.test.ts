/** Pieces of the base-path build (BASE_PATH) that are not routes.ts: absolute URLs and MDX brief links (the browser test checks them under a base path). */
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/build/exports/incident-table.ts';
import { withBase } from '../../src/domain/routes.ts';

describe('absolute URLs', () => {
  it('take only the origin of SITE_URL: the path from routes.ts already holds the base path', () => {
    expect(absoluteUrl('/tracker/incidents/x/', 'https://example.org')).toBe('https://example.org/tracker/incidents/x/');
    expect(absoluteUrl('/tracker/incidents/x/', 'https://example.org/tracker/')).toBe('https://example.org/tracker/incidents/x/');
  });
});

describe('links written by hand from the root (MDX briefs)', () => {
  it('are left as they are at the root: withBase changes nothing without a base path', () => {
    for (const href of ['/incidents/a/', '//cdn.example.org/x', 'https://example.org/', '#notes']) expect(withBase(href)).toBe(href);
  });
});
