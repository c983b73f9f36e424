/** Pieces of the base-path build (BASE_PATH) that are not routes.ts: absolute URLs and MDX brief links. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/build/exports/incident-table.ts';
import { rehypeBaseLinks } from '../../src/integrations/base-links.ts';

describe('absolute URLs', () => {
  it('take only the origin of SITE_URL: the path from routes.ts already holds the base path', () => {
    expect(absoluteUrl('/tracker/incidents/x/', 'https://example.org')).toBe('https://example.org/tracker/incidents/x/');
    expect(absoluteUrl('/tracker/incidents/x/', 'https://example.org/tracker/')).toBe('https://example.org/tracker/incidents/x/');
  });
});

describe('root-relative links of MDX briefs', () => {
  it('get the base path; other links, and links that have it, stay as written', () => {
    const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });
    const tree = { type: 'root', children: [link('/incidents/a/'), link('//cdn.example.org/x'), link('https://example.org/'), link('#notes'), link('/tracker/sub/data/')] };
    rehypeBaseLinks('/tracker/sub/')()(tree);
    expect(tree.children.map((a) => a.properties.href)).toEqual(['/tracker/sub/incidents/a/', '//cdn.example.org/x', 'https://example.org/', '#notes', '/tracker/sub/data/']);
  });
});
