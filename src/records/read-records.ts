/**
 * Reads record files from `content/` as raw text and parses their frontmatter.
 *
 * This is the one parser of records: validation and the Astro loaders both use it.
 * YAML's core schema keeps dates as text, so an impossible date such as `2025-13-45`
 * reaches the schema as written instead of becoming a real day.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import jsyaml from 'js-yaml';
import { parseDocument } from 'yaml';

export interface RawRecord {
  /** File name without extension. */
  id: string;
  /** Path relative to the project root, with forward slashes, for messages. */
  file: string;
  /** Parsed frontmatter, or undefined when it could not be parsed (see `problem`). */
  data: unknown;
  /** Text after the frontmatter. */
  body: string;
  /** Why the frontmatter could not be read, with its line in the file. */
  problem?: { line?: number; message: string };
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits and parses one file's text. Exported for tests. */
export function parseRecordText(text: string): Pick<RawRecord, 'data' | 'body' | 'problem'> {
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) {
    return { data: undefined, body: text, problem: { line: 1, message: 'expected YAML frontmatter between two "---" lines at the top of the file' } };
  }
  const body = text.slice(match[0].length + (text.startsWith('\uFEFF') ? 1 : 0));
  const parsed = parseYaml(match[1]);
  if ('problem' in parsed) return { data: undefined, body, problem: parsed.problem };
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { data: undefined, body, problem: { line: 2, message: 'expected the frontmatter to be a set of "field: value" lines' } };
  }
  return { data, body };
}

/**
 * YAML core schema, by two parsers that agree on it. js-yaml reads a typical record ten
 * times faster than `yaml` (it was most of the cost of validating 10,000 records, and the
 * build parses every record twice); `yaml` words errors better and bounds alias expansion.
 * So js-yaml reads plain frontmatter, and `yaml` takes anything that fails there or that
 * may hold anchors or aliases (any `&` or `*`), which a record never needs. The two agree on
 * every bundled and synthetic record; they differ only on rare numerals such as `0b101` or `+.5`.
 */
function parseYaml(src: string): { data: unknown } | { problem: { line?: number; message: string } } {
  if (!/[&*]/.test(src)) {
    try {
      return { data: jsyaml.load(src, { schema: jsyaml.CORE_SCHEMA }) };
    } catch {
      // Parsed again below for the precise message and line.
    }
  }
  const doc = parseDocument(src, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    // +1: the frontmatter starts on the line after the opening "---".
    const line = err.linePos ? err.linePos[0].line + 1 : undefined;
    return { problem: { line, message: `YAML syntax error: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}` } };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    // An alias bomb: report it as a problem of this file instead of crashing the whole run.
    return { problem: { message: 'YAML anchors and aliases (& and *) expand too far; write the values out instead' } };
  }
}

/** Every file under `dir`, recursively, sorted for stable output. */
export function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

export function toDisplayPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/** Reads one record file. */
export function readRecord(root: string, file: string): RawRecord {
  const name = file.split(sep).pop()!;
  const id = name.replace(/\.[^.]+$/, '');
  return { id, file: toDisplayPath(root, file), ...parseRecordText(readFileSync(file, 'utf8')) };
}
