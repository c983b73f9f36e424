/**
 * What a pull request does to the record: the incident records at two commits (the PR's base and
 * head), read from git, validated with the schemas and compared with the words of each
 * incident's history (`domain/record-changes.ts`). `scripts/record-diff.ts` prints it as the
 * pull-request job summary.
 */
import { execFileSync } from 'node:child_process';
import { recordVersion, type Places } from '../../src/build/git-history.ts';
import { compareRecords, describeChange, describeChanges, type ChangeNames, type RecordVersion } from '../../src/domain/record-changes.ts';
import { parseRecordText } from '../../src/records/read-records.ts';
import { placeSchema } from '../../src/schemas/place.ts';

/** The record files of one commit, by path from the repository root. */
type Files = Map<string, string>;

/** Every file under `dirs` at commit `ref`: one `git ls-tree`, then one `git cat-file --batch`. */
export function filesAt(root: string, ref: string, dirs: string[]): Files {
  const git = (args: string[], input?: string) => execFileSync('git', args, { cwd: root, input, maxBuffer: 1024 * 1024 * 1024 });
  const paths = git(['ls-tree', '-r', '-z', '--name-only', ref, '--', ...dirs]).toString('utf8').split('\0').filter(Boolean);
  const out: Files = new Map();
  if (paths.length === 0) return out;
  // Each object comes as "<sha> blob <size>\n<content>\n", in the order asked.
  const batch = git(['cat-file', '--batch'], paths.map((p) => `${ref}:${p}\n`).join(''));
  let at = 0;
  for (const path of paths) {
    const eol = batch.indexOf(10, at);
    const size = Number(batch.subarray(at, eol).toString('utf8').split(' ')[2]);
    out.set(path, batch.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return out;
}

const idOf = (path: string) => path.replace(/^.*\/|\.md$/g, '');
const under = (files: Files, dir: string) => [...files].filter(([p]) => p.startsWith(`${dir}/`) && p.endsWith('.md'));

/** One commit's records, as the comparison reads them. */
interface Snapshot {
  /** Incident id → its file and version (undefined: it does not validate). */
  incidents: Map<string, { file: string; title: string; text: string; version?: RecordVersion }>;
  sourceTitle: Map<string, string>;
  actorName: Map<string, string>;
}

function snapshot(files: Files, content: string): Snapshot {
  const places: Places = new Map();
  for (const [p, text] of under(files, `${content}/places`)) {
    const parsed = placeSchema.safeParse(parseRecordText(text).data);
    if (parsed.success) places.set(idOf(p), parsed.data as Record<string, unknown>);
  }
  const field = (text: string, ...keys: string[]) => {
    const data = parseRecordText(text).data as Record<string, unknown> | undefined;
    const v = keys.map((k) => data?.[k]).find((x) => typeof x === 'string');
    return typeof v === 'string' ? v : undefined;
  };
  const names = (dir: string, ...keys: string[]) =>
    new Map(under(files, `${content}/${dir}`).flatMap(([p, text]) => {
      const name = field(text, ...keys);
      return name ? [[idOf(p), name] as const] : [];
    }));
  return {
    incidents: new Map(under(files, `${content}/incidents`).map(([file, text]) => {
      const version = recordVersion(text, places);
      return [idOf(file), { file, text, version, title: version?.data.title ?? field(text, 'title') ?? idOf(file) }];
    })),
    sourceTitle: names('sources', 'title'),
    actorName: names('actors', 'short_name', 'name'),
  };
}

export interface IncidentChange {
  id: string;
  file: string;
  title: string;
  /** What changed, in words (for an added or removed record: nothing, or why it does not validate). */
  changes: string[];
}

export interface RecordDiff {
  added: IncidentChange[];
  changed: IncidentChange[];
  removed: IncidentChange[];
}

/** The incident records added, changed and removed from commit `base` to commit `head`. */
export function recordDiff(root: string, base: string, head: string, content = 'content'): RecordDiff {
  const dirs = ['incidents', 'places', 'sources', 'actors'].map((d) => `${content}/${d}`);
  const [before, after] = [snapshot(filesAt(root, base, dirs), content), snapshot(filesAt(root, head, dirs), content)];
  // Names as the head has them, or as they were when a record left.
  const names: ChangeNames = {
    source: (id) => after.sourceTitle.get(id) ?? before.sourceTitle.get(id) ?? id,
    actor: (id) => after.actorName.get(id) ?? before.actorName.get(id) ?? id,
  };
  const unreadable = describeChange({ kind: 'unreadable' }, names);
  const diff: RecordDiff = { added: [], changed: [], removed: [] };
  for (const [id, now] of after.incidents) {
    const then = before.incidents.get(id);
    const entry = { id, file: now.file, title: now.title };
    if (!then) diff.added.push({ ...entry, changes: now.version ? [] : [unreadable] });
    else if (!now.version || !then.version) {
      if (then.text !== now.text) diff.changed.push({ ...entry, changes: [unreadable] });
    } else {
      // Compared even when the file is the same: a place record it names may have moved.
      const found = compareRecords(then.version, now.version);
      if (found.length) diff.changed.push({ ...entry, changes: describeChanges(found, names) });
      else if (then.text !== now.text) diff.changed.push({ ...entry, changes: [describeChange({ kind: 'formatting' }, names)] });
    }
  }
  for (const [id, then] of before.incidents) {
    if (after.incidents.has(id)) continue;
    // A renamed or merged record names its old ids in `replaces`.
    const by = [...after.incidents].filter(([, r]) => r.version?.data.replaces.includes(id)).map(([other]) => `replaced by ${other}`);
    diff.removed.push({ id, file: then.file, title: then.title, changes: by });
  }
  return diff;
}

export interface SummaryLinks {
  /** The published site (`https://…/tracker/`): a changed record links to its page there, as it stands before the change. */
  pagesUrl?: string;
  /** The built site to download (the workflow's artifact). */
  artifactUrl?: string;
}

const mdText = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

/** The diff as Markdown, for `$GITHUB_STEP_SUMMARY`. */
export function diffSummary(diff: RecordDiff, links: SummaryLinks = {}): string {
  const { added, changed, removed } = diff;
  const count = (n: number, what: string) => `${n} ${what}`;
  const lines = ['## Changes to the record', ''];
  lines.push(
    added.length + changed.length + removed.length === 0
      ? 'No incident record is added, changed or removed.'
      : `Incidents: ${count(added.length, 'added')}, ${count(changed.length, 'changed')}, ${count(removed.length, 'removed')}.`,
  );
  if (links.pagesUrl && changed.length) lines.push('', 'Changed records link to their published page, as it stands before this change.');
  if (links.artifactUrl) {
    // Its links start at `/`: it must be served, not opened as files.
    lines.push('', `The built site: [download it](${links.artifactUrl}), unzip it, serve the folder (\`npx serve <folder>\`) and open \`/incidents/<id>/\` for each record below.`);
  }
  const page = (c: IncidentChange) => (links.pagesUrl ? `[${mdText(c.title)}](${links.pagesUrl.replace(/\/?$/, '/')}incidents/${encodeURIComponent(c.id)}/)` : mdText(c.title));
  const section = (heading: string, list: IncidentChange[], linked: boolean) => {
    if (!list.length) return;
    lines.push('', `### ${heading}`, '');
    for (const c of list) {
      lines.push(`- ${linked ? page(c) : mdText(c.title)} (\`${c.file}\`)`);
      for (const change of c.changes) lines.push(`  - ${mdText(change)}`);
    }
  };
  section('Added', added, false);
  section('Changed', changed, true);
  section('Removed', removed, false);
  return `${lines.join('\n')}\n`;
}
