import { describe, expect, it } from 'vitest';
import { fold, queryWords, safeExcerpt } from '../../src/domain/text.ts';

describe('folding text for comparison', () => {
  it('ignores case and diacritics, so Tillaberi and Tillabéri compare equal', () => {
    expect(fold('Tillabéri')).toBe(fold('TILLABERI'));
    expect(fold('Kpékpakandi')).toBe('kpekpakandi');
    expect(fold('Ségou')).toBe('segou');
  });

  it('splits a query into folded words', () => {
    expect(queryWords('  Sidi  Békaye camp ')).toEqual(['sidi', 'bekaye', 'camp']);
  });
});

describe('Pagefind excerpts as HTML', () => {
  it('keeps the <mark> highlights Pagefind adds', () => {
    expect(safeExcerpt('attack on <mark>Timbuktu</mark> base')).toBe('attack on <mark>Timbuktu</mark> base');
  });

  it('escapes markup that came from a record, so it shows as text and never runs', () => {
    const out = safeExcerpt('<img src=x onerror=alert(1)> <mark>Djibo</mark> <script>alert(2)</script>');
    expect(out).not.toMatch(/<img|<script/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<mark>Djibo</mark>');
  });

  it('does not turn a mark tag with attributes into a real element', () => {
    expect(safeExcerpt('<mark onclick="x()">a</mark>')).toBe('&lt;mark onclick=&quot;x()&quot;&gt;a</mark>');
  });
});
