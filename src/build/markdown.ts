/**
 * Renders the Markdown body of an untrusted record to HTML, with markdown-it set up for
 * strangers' text: raw HTML off (it shows as text), only paragraphs, lists, emphasis, code
 * and links, and links only to http(s) URLs. No images, so a record can never make a reader's
 * browser fetch from another host. Maintainers' briefs are MDX and go through Astro instead.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false })
  .enable(['list', 'emphasis', 'backticks', 'link', 'escape', 'entity']);

// markdown-it's own check refuses javascript:, vbscript: and file: but allows relative and
// other schemes; records may link only to the web.
md.validateLink = (url) => /^https?:\/\/[^\s/]/i.test(url.trim());

const renderToken = md.renderer.renderToken.bind(md.renderer);
md.renderer.rules.link_open = (tokens, idx, options) => {
  tokens[idx].attrSet('rel', 'nofollow noopener');
  return renderToken(tokens, idx, options);
};

export function renderRecordMarkdown(source: string): string {
  return md.render(source).trim();
}

/** Plain text of a body (for feeds, meta descriptions and exports). */
export function plainText(source: string): string {
  return source
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
