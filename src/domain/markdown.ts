/**
 * Renders the Markdown body of an untrusted record to HTML.
 *
 * Records come from strangers, so this is deliberately a small subset, escape-first:
 * every character of the source is HTML-escaped before any markup is added, raw HTML in a
 * body shows as text, and links are made only for http(s) URLs. Supported: paragraphs,
 * `- ` lists, **bold**, *italic*, `code` and [text](https://…). Maintainers' briefs are MDX
 * and go through Astro's own pipeline instead.
 */

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function inline(text: string): string {
  let out = escapeHtml(text);
  const codes: string[] = [];
  out = out.replace(/`([^`]+)`/g, (_, c: string) => `\u0000${codes.push(`<code>${c}</code>`) - 1}\u0000`);
  // The URL was escaped with the rest; only http(s) becomes a link, anything else stays text.
  out = out.replace(/\[([^\]]+)\]\((https?:\/\/[^\s()]+)\)/g, (_, label: string, url: string) => `<a href="${url}" rel="nofollow noopener">${label}</a>`);
  out = out.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[+i]);
}

export function renderRecordMarkdown(source: string): string {
  const blocks = source.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
  return blocks
    .filter((b) => b.trim())
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => /^\s*[-*] /.test(l))) {
        return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*] /, ''))}</li>`).join('')}</ul>`;
      }
      return `<p>${inline(lines.map((l) => l.trim()).join(' '))}</p>`;
    })
    .join('\n');
}

/** Plain text of a body (for feeds, meta descriptions and exports). */
export function plainText(source: string): string {
  return source
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
