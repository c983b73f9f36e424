/**
 * Runs a command and measures its wall time and the peak resident memory of its whole
 * process tree (Astro's node process plus children such as Pagefind's binary), by polling
 * /proc: `/usr/bin/time` would only see the largest single process.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Measured {
  code: number | null;
  ms: number;
  /** User + system CPU time of the whole tree: /usr/bin/time's total (the command and the children it
   * waited for) or the sum of every process's own CPU time seen by polling, whichever is larger. */
  cpuMs: number | null;
  /** Peak RSS of the largest single process of the tree, in bytes (from /usr/bin/time), or null. */
  maxSingleRss: number | null;
  /** Peak summed RSS of the process tree, in bytes (0 where /proc is missing). */
  peakRss: number;
  /** Peak RSS seen per program name (e.g. `node`, `pagefind_exten`), in bytes: who holds the memory. */
  peakByName: Record<string, number>;
  output: string;
}

const PAGE = 4096;

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

function treeRss(root: number, peakByName: Record<string, number>, cpuTicks: Map<number, number>): number {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  const ticks = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  for (const d of pids) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // Fields after the command name, which may itself hold spaces or parentheses.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(d), Number(rest[1]));
      // utime + stime (fields 14 and 15), kept per pid: summed over the tree at the end.
      ticks.set(Number(d), Number(rest[11]) + Number(rest[12]));
      names.set(Number(d), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      /* the process ended meanwhile */
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parents.get(p), hops++) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      total += rss;
      cpuTicks.set(pid, Math.max(cpuTicks.get(pid) ?? 0, ticks.get(pid) ?? 0));
      const name = names.get(pid) ?? '?';
      peakByName[name] = Math.max(peakByName[name] ?? 0, rss);
    } catch {
      /* ended */
    }
  }
  return total;
}

const TIME = '/usr/bin/time';

export function runMeasured(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean; intervalMs?: number }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // CPU time says what the work costs when the machine is shared; wall time alone does not.
    const timeFile = existsSync(TIME) ? join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'time.txt') : undefined;
    const [file, argv] = timeFile ? [TIME, ['-o', timeFile, '-f', '%U %S %M', cmd, ...args]] : [cmd, args];
    const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      const s = chunk.toString();
      output += s;
      if (opts.echo) process.stderr.write(s);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakRss = 0;
    const peakByName: Record<string, number> = {};
    const cpuTicks = new Map<number, number>();
    const timer = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid, peakByName, cpuTicks));
    }, opts.intervalMs ?? 100);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      let cpuMs: number | null = null;
      let maxSingleRss: number | null = null;
      if (timeFile) {
        const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(readFileSync(timeFile, 'utf8'));
        if (m) {
          cpuMs = (Number(m[1]) + Number(m[2])) * 1000;
          maxSingleRss = Number(m[3]) * 1024;
        }
        rmSync(dirname(timeFile), { recursive: true, force: true });
      }
      // Processes the command did not wait for (Pagefind's binary, stopped by close()) are missing
      // from /usr/bin/time's total: take the larger of it and what polling saw.
      const polledMs = ([...cpuTicks.values()].reduce((a, b) => a + b, 0) * 1000) / TICKS;
      cpuMs = Math.max(cpuMs ?? 0, polledMs) || null;
      resolve({ code, ms: performance.now() - started, cpuMs, maxSingleRss, peakRss, peakByName, output });
    });
  });
}
