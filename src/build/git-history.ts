/**
 * Each record file's history, from ONE `git log -p` over `content/` at build time (never one
 * call per page or per version: at 10,000 records that would dominate the build).
 *
 * The log runs oldest first with a context so wide (`-U<huge>`) that every file diff is one hunk
 * holding the whole file: the version before is the context and `-` lines, the version after the
 * context and `+` lines. So each diff compares two complete records without applying patches or
 * calling `git show`. `-M` follows renames, whose history moves to the new path.
 *
 * A build outside git, with git missing or in a shallow clone still works: there is no history,
 * and pages leave out what they would say about it.
 */
import { execFileSync } from 'node:child_process';
import { compareRecords, type RecordChange, type RecordVersion } from '../domain/record-changes.ts';
import { parseRecordText } from '../records/read-records.ts';
import { withPlace } from '../records/validate.ts';
import { incidentSchema } from '../schemas/incident.ts';
import { placeSchema } from '../schemas/place.ts';

export interface FileChange {
  /** Committer date, ISO 8601 with offset, e.g. `2026-11-25T20:08:55+00:00`. */
  date: string;
  /** Full commit hash. */
  hash: string;
}

/** One commit that changed a record file. */
export interface Revision extends FileChange {
  /** The commit's subject line. */
  subject: string;
  /** What changed in the record (incident records only; empty for other files). */
  changes: RecordChange[];
}

/** Revisions of each file (path from the project root), newest first. */
export type History = Map<string, Revision[]>;

const INCIDENT = /^content\/incidents\//;
const PLACE = /^content\/places\//;

/** Place records as they stood at the commit being read, by id: incidents take their location from them. */
export type Places = Map<string, Record<string, unknown>>;
// Wider than any record: every file diff becomes one hunk with the whole file.
const CONTEXT = 100_000_000;

/** `"a/b c.md\t"` or `a/b.md` from a `---`/`+++`/rename line, without its `a/` or `b/` prefix. */
function pathOf(raw: string, prefix: 'a/' | 'b/' | ''): string | undefined {
  let p = raw.replace(/\t$/, '');
  if (p === '/dev/null') return undefined;
  if (p.startsWith('"')) {
    try {
      p = JSON.parse(p) as string; // C-style quoting of odd names; enough for tabs, quotes and backslashes
    } catch {
      return undefined;
    }
  }
  return prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p;
}

/** A record's text as a version the comparison reads, or undefined when it does not validate. */
export function recordVersion(text: string, places: Places): RecordVersion | undefined {
  const { data, body, problem } = parseRecordText(text);
  if (problem) return undefined;
  const parsed = incidentSchema.safeParse(withPlace(data, places).data);
  return parsed.success ? { data: parsed.data, body } : undefined;
}

function changesOf(places: Places, path: string, before: string[] | undefined, after: string[], renamedFrom?: string): RecordChange[] {
  if (!INCIDENT.test(path)) return [];
  const out: RecordChange[] = renamedFrom ? [{ kind: 'renamed', from: renamedFrom.replace(/^.*\/|\.md$/g, '') }] : [];
  // A pure rename has no hunk: the content did not change.
  if (renamedFrom && before === undefined) return out;
  const [b, a] = [before?.join('\n'), after.join('\n')];
  const now = recordVersion(a, places);
  const then = b === undefined || b === '' ? undefined : recordVersion(b, places);
  if (!now || (b && !then)) return [...out, { kind: 'unreadable' }];
  const found = compareRecords(then, now);
  return [...out, ...(found.length || b === a ? found : [{ kind: 'formatting' as const }])];
}

interface FileDiff {
  from?: string;
  to?: string;
  renameFrom?: string;
  renameTo?: string;
  hunk: boolean;
  old: string[];
  now: string[];
}

/**
 * Parses `git log --reverse -p -M -U<huge> --format=%x1e%H%x1f%cI%x1f%s`: commits oldest first,
 * each a header line starting with a record separator, then its file diffs.
 */
export function parseHistoryLog(text: string): History {
  const history: History = new Map();
  const places: Places = new Map();
  let commit: (FileChange & { subject: string }) | undefined;
  let diffs: FileDiff[] = [];
  let file: FileDiff | undefined;

  const apply = (d: FileDiff) => {
    const from = d.from ?? d.renameFrom;
    const to = d.to ?? d.renameTo;
    if (to === undefined) {
      if (from !== undefined) history.delete(from); // deleted: no longer a record
      return;
    }
    if (PLACE.test(to)) {
      const parsed = placeSchema.safeParse(parseRecordText(d.now.join('\n')).data);
      if (parsed.success) places.set(to.replace(/^.*\/|\.md$/g, ''), parsed.data as Record<string, unknown>);
    }
    const renamedFrom = from !== undefined && from !== to ? from : undefined;
    const revisions = (renamedFrom && history.get(renamedFrom)) || history.get(to) || [];
    if (renamedFrom) history.delete(renamedFrom);
    const before = d.hunk && from !== undefined ? d.old : undefined;
    revisions.push({ ...commit!, changes: changesOf(places, to, before, d.now, renamedFrom) });
    history.set(to, revisions);
  };
  // A commit's places first: git lists content/incidents/ before content/places/, and an
  // incident added with its place needs the place.
  const endCommit = () => {
    if (commit) for (const d of [...diffs.filter((d) => PLACE.test(d.to ?? '')), ...diffs.filter((d) => !PLACE.test(d.to ?? ''))]) apply(d);
    diffs = [];
    file = undefined;
  };

  for (const line of text.split('\n')) {
    if (file?.hunk) {
      const c = line[0];
      if (c === ' ') {
        file.old.push(line.slice(1));
        file.now.push(line.slice(1));
        continue;
      }
      if (c === '-') {
        file.old.push(line.slice(1));
        continue;
      }
      if (c === '+') {
        file.now.push(line.slice(1));
        continue;
      }
      if (c === '\\' || line === '') continue; // "\ No newline at end of file", separators
    }
    if (line.startsWith('\x1e')) {
      endCommit();
      const [hash, date, subject] = line.slice(1).split('\x1f');
      commit = { hash, date, subject: subject ?? '' };
    } else if (line.startsWith('diff --git ')) {
      file = { hunk: false, old: [], now: [] };
      diffs.push(file);
    } else if (file) {
      if (line.startsWith('--- ')) file.from = pathOf(line.slice(4), 'a/');
      else if (line.startsWith('+++ ')) file.to = pathOf(line.slice(4), 'b/');
      else if (line.startsWith('rename from ')) file.renameFrom = pathOf(line.slice(12), '');
      else if (line.startsWith('rename to ')) file.renameTo = pathOf(line.slice(10), '');
      else if (line.startsWith('@@')) file.hunk = true;
    }
  }
  endCommit();
  for (const revisions of history.values()) revisions.reverse();
  return history;
}

/** Runs the one `git log` over `<root>/<dir>`; an empty map when git or the repository is missing,
 * or the clone is shallow (CI checkouts: use `fetch-depth: 0` to get the history). */
export function readHistory(root: string, dir = 'content'): History {
  try {
    const git = (args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 4 * 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    // A shallow clone's oldest commit seems to add every file: its history would be false.
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') return new Map();
    const text = git([
      '-c', 'core.quotepath=off', '-c', 'diff.renameLimit=100000',
      'log', '--reverse', '--topo-order', '-p', '-M', `-U${CONTEXT}`, '--no-color', '--no-ext-diff', '--no-textconv',
      '--format=%x1e%H%x1f%cI%x1f%s', '--', dir,
    ]);
    return parseHistoryLog(text);
  } catch {
    return new Map();
  }
}

let cached: History | undefined;

/** The build's history of every record file, read once (from the project root the build runs in). */
export function history(): History {
  cached ??= readHistory(process.cwd());
  return cached;
}

/** A record file's revisions, newest first; empty when git does not know it. */
export function recordHistory(file: string): Revision[] {
  return history().get(file) ?? [];
}

/** Last change of a record file (path from the project root, as records carry it), or undefined. */
export function lastChanged(file: string): FileChange | undefined {
  const r = recordHistory(file)[0];
  return r && { hash: r.hash, date: r.date };
}
