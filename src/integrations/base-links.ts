/**
 * A rehype plugin for the MDX briefs: maintainers link to site pages as `/incidents/<id>/`, and
 * under a base path (BASE_PATH) those links must start with it, like every URL from routes.ts.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Prefixes root-relative `href`s (`/x`, not `//host/x`) with `base` (`/tracker/sub/`). */
export function rehypeBaseLinks(base: string) {
  const walk = (node: HastNode) => {
    const href = node.tagName === 'a' ? node.properties?.href : undefined;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(base)) {
      node.properties!.href = base + href.slice(1);
    }
    node.children?.forEach(walk);
  };
  return () => walk;
}
