/** The XSS boundary of record bodies: text from strangers rendered into the site's pages. */
import { describe, expect, test } from 'vitest';
import { plainText, renderRecordMarkdown } from '../../src/build/markdown.ts';

/** Every tag and every attribute the output holds, to assert nothing but the allowed ones appear. */
const tags = (html: string) => [...html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)].map((m) => ({ tag: m[1].toLowerCase(), attrs: m[2] }));

describe('renderRecordMarkdown on hostile text', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example/"></iframe>',
    '<svg onload=alert(1)>',
    '<style>body{display:none}</style>',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](java%0ascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](file:///etc/passwd)',
    '[x](/relative/path)',
    '[x](//evil.example/)',
    '![tracker](https://evil.example/pixel.png)',
    '<https://evil.example/>',
    '[x]: javascript:alert(1)\n\n[x]',
  ];

  test.each(hostile)('renders %j without a script, an event handler, a foreign fetch or a non-web link', (src) => {
    const html = renderRecordMarkdown(src);
    for (const { tag, attrs } of tags(html)) {
      expect(['p', 'a', 'ul', 'ol', 'li', 'em', 'strong', 'code']).toContain(tag);
      expect(attrs).not.toMatch(/\son\w+\s*=/i);
      if (tag === 'a') expect(attrs).toMatch(/^ href="https?:\/\/[^"\s]+" rel="nofollow noopener"$/);
      else expect(attrs).toBe('');
    }
    expect(html).not.toMatch(/<(script|img|iframe|svg|style)/i);
  });

  test('raw HTML shows as text, escaped', () => {
    expect(renderRecordMarkdown('Attack <script>alert(1)</script> & more')).toBe('<p>Attack &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>');
  });

  test('a quote in a URL cannot break out of the href attribute', () => {
    const html = renderRecordMarkdown('[x](https://e.example/"onmouseover="alert(1))');
    expect(html).not.toContain('" onmouseover');
    expect(tags(html).every(({ attrs }) => !/\son\w+=/.test(attrs))).toBe(true);
  });

  test('headings and tables in a body stay text, so a record cannot add to the page outline', () => {
    const html = renderRecordMarkdown('# Breaking\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(html).not.toMatch(/<h\d|<table/);
    expect(html).toContain('# Breaking');
  });
});

describe('renderRecordMarkdown on ordinary text', () => {
  test('paragraphs, lists, emphasis, code and web links', () => {
    const html = renderRecordMarkdown('First **bold** and *soft* with `code`.\n\nSecond, see [the report](https://example.org/r?a=1&b=2).\n\n- one\n- two');
    expect(html).toContain('<p>First <strong>bold</strong> and <em>soft</em> with <code>code</code>.</p>');
    expect(html).toContain('<a href="https://example.org/r?a=1&amp;b=2" rel="nofollow noopener">the report</a>');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
  });

  test('plainText keeps the words of links and drops the markup', () => {
    expect(plainText('See **the** [report](https://example.org/)\n\nnow.')).toBe('See the report now.');
  });
});
