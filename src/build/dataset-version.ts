/**
 * The version of a build's data: the commit at HEAD and its date, read once with `git`, so an
 * analyst can say which state of the record a download came from. A build outside git (or
 * with git missing) has no version and the downloads leave it empty.
 */
import { execFileSync } from 'node:child_process';

export interface DatasetVersion {
  /** Full hash of the commit at HEAD. */
  commit: string;
  /** Its committer date, ISO 8601 with offset. */
  date: string;
}

/** HEAD's commit and date in `root`, or undefined when git or the repository is missing. */
export function readDatasetVersion(root: string): DatasetVersion | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%H %cI', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /^([0-9a-f]{40,64}) (\S+)$/.exec(out.trim());
    return m ? { commit: m[1], date: m[2] } : undefined;
  } catch {
    return undefined;
  }
}

let cached: { version: DatasetVersion | undefined } | undefined;

/** The build's version, read once per build from the working directory (the project root). */
export function datasetVersion(): DatasetVersion | undefined {
  cached ??= { version: readDatasetVersion(process.cwd()) };
  return cached.version;
}

