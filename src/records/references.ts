/**
 * Reads the references a record makes from its raw frontmatter, following the declaration
 * next to its schema (`schemas/references.ts`). Lenient on purpose: a field of the wrong
 * shape, or an id the schema already rejects, is left to the schema's own message.
 */
import { idPattern } from '../schemas/common.ts';
import type { ReferenceTarget, References } from '../schemas/references.ts';

export interface FoundReference {
  /** Where the id stands, e.g. `claims[1].source`. */
  field: string;
  target: ReferenceTarget;
  id: string;
}

export function referencesIn(data: unknown, declared: References): FoundReference[] {
  const out: FoundReference[] = [];
  for (const [path, target] of declared) {
    walk(data, path.split('.'), '', (field, v) => {
      if (typeof v === 'string' && idPattern.test(v)) out.push({ field, target, id: v });
    });
  }
  return out;
}

function walk(v: unknown, segments: string[], at: string, visit: (field: string, v: unknown) => void): void {
  if (segments.length === 0) return visit(at, v);
  const [head, ...rest] = segments;
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  const field = key ? (at ? `${at}.${key}` : key) : at;
  const value = key ? asObject(v)[key] : v;
  if (value === undefined) return;
  if (!list) return walk(value, rest, field, visit);
  // A list may be written as a lone id, which the schemas accept.
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => walk(item, rest, `${field}[${i}]`, visit));
}

function asObject(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
