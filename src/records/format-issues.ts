/**
 * Turns zod issues into one line a contributor can act on:
 * `<file>: <field>: expected …, got …`.
 */
import type { z } from 'astro/zod';

export interface Problem {
  file: string;
  /** Field path such as `location.lat` or `claims[1].killed`; empty for the whole file. */
  field: string;
  message: string;
  line?: number;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** A short, safe rendering of the value a contributor wrote. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length <= 4 && v.every(isPrimitive) ? `[${v.map(describeValue).join(', ')}]` : `a list of ${v.length}`;
  const entries = Object.entries(v as object);
  return entries.length <= 4 && entries.every(([, x]) => isPrimitive(x))
    ? `{${entries.map(([k, x]) => `${k}: ${describeValue(x)}`).join(', ')}}`
    : 'a set of fields';
}

function isPrimitive(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // Our schemas word their own messages; zod's default ones start with "Invalid input".
      return issue.message.startsWith('Invalid input') ? `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}` : issue.message;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => String(v)).join(' | ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (check the spelling against the record contract)`;
    case 'invalid_union':
      return issue.message.startsWith('Invalid input') ? 'expected a value of another form' : issue.message;
    default:
      if (!issue.message.startsWith('Too') && !issue.message.startsWith('Invalid')) return issue.message;
      if (issue.code === 'too_small') return `expected at least ${issue.minimum}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
      if (issue.code === 'too_big') return `expected at most ${issue.maximum}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
      return issue.message;
  }
}

/** One problem per zod issue, each naming the field, the expectation and the value found. */
export function problemsFromIssues(file: string, issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return { file, field, message: expectation(issue) };
    }
    const found = valueAt(input, issue.path);
    const got = found === undefined ? 'nothing (the field is missing)' : describeValue(found);
    return { file, field, message: `${expectation(issue)}, got ${got}` };
  });
}
