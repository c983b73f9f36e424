/**
 * The cost of the history pass (`src/build/git-history.ts`) at scale: a throwaway repository
 * with the bundled records and 10,000 synthetic incidents (`generate.ts`) added over 150
 * commits, then 50 commits of revisions (a figure revised in 40 records each, the place moved
 * in a quarter of them, a few renames), as a record grows. Times `readHistory` (one `git log -p`
 * and its parsing) and reports the revisions it found.
 *
 *   node scripts/bench/history.ts [incidents=10000] [runs=3]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHistoryLog, readHistory } from '../../src/build/git-history.ts';
import { generateRecords, writeFiles } from './generate.ts';
import { seededRandom } from './random.ts';

const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'history-bench-'));
const rnd = seededRandom(7);

let clock = Date.parse('2024-01-01T00:00:00Z');
const git = (args: string[]) => {
  clock += 6 * 3_600_000; // a commit every six hours
  const date = new Date(clock).toISOString();
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org' },
  });
};
const commit = (message: string) => {
  git(['add', '-A']);
  git(['commit', '-qm', message]);
};

try {
  const t0 = performance.now();
  git(['init', '-q']);
  cpSync(join(repo, 'content'), join(dir, 'content'), { recursive: true });
  commit('bundled records');
  const { incidents, sources } = generateRecords(join(dir, 'content'), count);
  writeFiles(join(dir, 'content'), sources);
  const batches = 150;
  const size = Math.ceil(incidents.length / batches);
  for (let b = 0; b < batches; b++) {
    writeFiles(join(dir, 'content'), incidents.slice(b * size, (b + 1) * size));
    commit(`add incidents, batch ${b + 1}`);
  }
  // Revisions: a figure revised (and now and then the place moved) in 40 records per commit.
  let paths = incidents.map((f) => f.path);
  let revised = 0;
  for (let c = 0; c < 50; c++) {
    for (let k = 0; k < 40; k++) {
      const path = join(dir, 'content', rnd.pick(paths));
      let text = readFileSync(path, 'utf8');
      text = text.replace(/killed: (\d+)/, (_, n) => `killed: ${+n + 1 + rnd.int(0, 20)}`);
      if (rnd.chance(0.25)) text = text.replace(/^ {2}name: (.*)$/m, '  name: "Moved $1"'.replace('$1', rnd.pick(['Boulkessi', 'Djibo', 'Menaka', 'Tillaberi'])));
      writeFileSync(path, text);
      revised++;
    }
    if (c % 10 === 9) {
      // Now and then a record is renamed (git sees a rename, and its history follows).
      const from = rnd.pick(paths);
      const to = from.replace(/\.md$/, '-renamed.md');
      renameSync(join(dir, 'content', from), join(dir, 'content', to));
      paths = paths.map((p) => (p === from ? to : p));
    }
    commit(`revise records, batch ${c + 1}`);
  }
  const commits = git(['rev-list', '--count', 'HEAD']).trim();
  console.log(`repository: ${commits} commits, ${incidents.length} synthetic incidents, ${revised} revisions, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const logStart = performance.now();
  const raw = execFileSync('git', ['log', '--reverse', '--topo-order', '-p', '-M', '-U100000000', '--format=%x1e%H%x1f%cI%x1f%s', '--', 'content'], { cwd: dir, maxBuffer: 4 * 1024 * 1024 * 1024 });
  const logMs = performance.now() - logStart;
  const parseStart = performance.now();
  parseHistoryLog(raw.toString('utf8'));
  console.log(`git log alone: ${(logMs / 1000).toFixed(2)} s, ${(raw.length / 1024 / 1024).toFixed(1)} MB of output; parsing and comparing alone: ${((performance.now() - parseStart) / 1000).toFixed(2)} s`);

  const times: number[] = [];
  let files = 0;
  let versions = 0;
  let words = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const history = readHistory(dir);
    times.push(performance.now() - start);
    files = history.size;
    versions = [...history.values()].reduce((n, revs) => n + revs.length, 0);
    words = [...history.values()].reduce((n, revs) => n + revs.reduce((m, rev) => m + rev.changes.length, 0), 0);
  }
  times.sort((a, b) => a - b);
  const heap = process.memoryUsage();
  console.log(`readHistory: median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s over ${runs} runs (min ${(times[0] / 1000).toFixed(2)} s); ${files} files, ${versions} revisions, ${words} changes; rss ${(heap.rss / 1024 / 1024).toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
