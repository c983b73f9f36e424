/**
 * Validation problems as GitHub Actions workflow commands (`::error file=…,line=…::message`), so a
 * pull request shows each one on the line of the record it concerns. Problems carry a line only for
 * YAML syntax errors; for the others the line of the field is found in the file's frontmatter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { Problem } from './format-issues.ts';

/** `claims[1].killed` → `['claims', 1, 'killed']`. */
export function parseFieldPath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

const FRONTMATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Line (1-based, in the whole file) of a field in a record's frontmatter: the deepest part of the
 * path that exists, so a missing `claims[0].source` points at its claim. Undefined when unreadable.
 */
export function lineOfField(text: string, field: string): number | undefined {
  const m = FRONTMATTER.exec(text);
  if (!m) return undefined;
  const doc = parseDocument(m[2], { keepSourceTokens: false });
  if (doc.errors.length) return undefined;
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0];
  for (const key of parseFieldPath(field)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as Node;
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  if (offset === undefined) return undefined;
  const before = m[2].slice(0, offset);
  return m[1].split('\n').length + before.split('\n').length - 1;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command for a problem; `root` is where the problem's file path starts. */
export function githubAnnotation(p: Problem, root: string, level: 'error' | 'warning' = 'error'): string {
  let line = p.line;
  if (line === undefined) {
    try {
      line = p.field ? lineOfField(readFileSync(join(root, p.file), 'utf8'), p.field) : 1;
    } catch {
      line = undefined;
    }
  }
  const props = [`file=${escapeProperty(p.file)}`, ...(line ? [`line=${line}`] : []), `title=${escapeProperty(p.field || 'record')}`];
  return `::${level} ${props.join(',')}::${escapeData(p.field ? `${p.field}: ${p.message}` : p.message)}`;
}
