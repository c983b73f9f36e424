import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGitLog, readGitHistory } from '../../src/build/git-history.ts';

function gitRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'git-history-'));
  const git = (args: string[], date: string) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' }, stdio: 'ignore' });
  git(['init', '-q'], '2025-01-01T00:00:00Z');
  mkdirSync(join(dir, 'content/incidents/2025'), { recursive: true });
  writeFileSync(join(dir, 'content/incidents/2025/a.md'), 'a');
  writeFileSync(join(dir, 'content/incidents/2025/b é.md'), 'b');
  git(['add', '.'], '2025-01-01T00:00:00Z');
  git(['commit', '-qm', 'first'], '2025-01-01T00:00:00Z');
  writeFileSync(join(dir, 'content/incidents/2025/a.md'), 'a2');
  git(['commit', '-qam', 'second'], '2025-03-04T05:06:07Z');
  return dir;
}

describe('last change of each record from git', () => {
  it('gives each file the date of the newest commit that touched it', () => {
    const dir = gitRepo();
    const history = readGitHistory(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(history.get('content/incidents/2025/a.md')?.date).toBe('2025-03-04T05:06:07Z'.replace('Z', '+00:00'));
    expect(history.get('content/incidents/2025/b é.md')?.date).toBe('2025-01-01T00:00:00+00:00');
  });

  it('still works, with no dates, outside a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    expect(readGitHistory(dir).size).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('parses the log format: newest commit first wins', () => {
    const log = '\x1eaaaaaaa 2025-02-01T00:00:00+00:00\0\ncontent/x.md\0content/y.md\0\x1ebbbbbbb 2025-01-01T00:00:00+00:00\0\ncontent/x.md\0content/z.md\0';
    const m = parseGitLog(log);
    expect(m.get('content/x.md')).toEqual({ hash: 'aaaaaaa', date: '2025-02-01T00:00:00+00:00' });
    expect(m.get('content/z.md')?.hash).toBe('bbbbbbb');
  });
});
