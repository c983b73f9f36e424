/**
 * When each record file last changed, from ONE `git log` over `content/` at build time
 * (never one call per page: at 30,000 records that would dominate the build).
 * A build outside git, with git missing or in a shallow clone still works: files git
 * does not know simply have no date, and pages leave the line out.
 */
import { execFileSync } from 'node:child_process';

export interface FileChange {
  /** Committer date, ISO 8601 with offset, e.g. `2026-11-25T20:08:55+00:00`. */
  date: string;
  /** Full commit hash. */
  hash: string;
}

/**
 * Parses `git log -z --relative --format=%x1e%H %cI --name-only`: commits newest first, each a
 * record-separator, "hash date", then NUL-separated paths. A file's first sighting is its last change.
 */
export function parseGitLog(text: string): Map<string, FileChange> {
  const out = new Map<string, FileChange>();
  for (const chunk of text.split('\x1e')) {
    const [header, ...paths] = chunk.split('\0');
    const m = /^([0-9a-f]{7,64}) (\S+)$/.exec(header.trim());
    if (!m) continue;
    for (const raw of paths) {
      const path = raw.replace(/^\n/, '');
      if (path && !out.has(path)) out.set(path, { hash: m[1], date: m[2] });
    }
  }
  return out;
}

/** Runs the one `git log` over `<root>/<dir>`; an empty map when git or the repository is missing,
 * or the clone is shallow (CI checkouts: use `fetch-depth: 0` to get the dates). */
export function readGitHistory(root: string, dir = 'content'): Map<string, FileChange> {
  try {
    const git = (args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    // A shallow clone's oldest commit seems to add every file: its dates would all be false.
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') return new Map();
    const text = git(['-c', 'core.quotepath=off', 'log', '-z', '--relative', '--format=%x1e%H %cI', '--name-only', '--', dir]);
    return parseGitLog(text);
  } catch {
    return new Map();
  }
}

let cached: Map<string, FileChange> | undefined;

/**
 * Last change of a record file (path from the project root, as records carry it), or undefined
 * when git does not know it. Memoized: the log is read once per build, from the working directory
 * the build runs in (the project root).
 */
export function lastChanged(file: string): FileChange | undefined {
  cached ??= readGitHistory(process.cwd());
  return cached.get(file);
}
