/**
 * A sentence of our own translation strings with a little inline markup: `code`, *emphasis*,
 * **strong** and [link text](key), where the key names a URL the page supplies. Parsed into
 * parts that a component renders as elements, so no HTML is ever built from strings: the words
 * of a link stay inside its sentence, in the word order of each language.
 */
export type RichPart =
  | { kind: 'text'; text: string }
  | { kind: 'code' | 'em' | 'strong'; text: string }
  | { kind: 'link'; text: string; key: string };

const markup = /\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`|\[([^\]]+)\]\(([\w-]+)\)/g;

export function richParts(s: string): RichPart[] {
  const parts: RichPart[] = [];
  let at = 0;
  for (const m of s.matchAll(markup)) {
    if (m.index > at) parts.push({ kind: 'text', text: s.slice(at, m.index) });
    if (m[1] !== undefined) parts.push({ kind: 'strong', text: m[1] });
    else if (m[2] !== undefined) parts.push({ kind: 'em', text: m[2] });
    else if (m[3] !== undefined) parts.push({ kind: 'code', text: m[3] });
    else parts.push({ kind: 'link', text: m[4], key: m[5] });
    at = m.index + m[0].length;
  }
  if (at < s.length) parts.push({ kind: 'text', text: s.slice(at) });
  return parts;
}

/** The link keys a string uses, so a page can be checked to supply them all. */
export function richLinks(s: string): string[] {
  return richParts(s).flatMap((p) => (p.kind === 'link' ? [p.key] : []));
}
