/**
 * What a contributor sees: `npm run validate` (scripts/validate.ts) and `astro build` on
 * fixture content, run as processes under this Node 22 so exit codes and output are real.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const latLine = 'content/incidents/2025/2025-06-06-lat-out-of-range.md: location.lat: expected a number from -90 to 90, got 123';

function validate(contentDir: string) {
  const r = spawnSync(process.execPath, ['scripts/validate.ts', '--content', contentDir], { cwd: repoRoot, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split('\n') };
}

// Each test starts the validator in a process of its own: seconds, more on a busy machine.
describe('npm run validate', { timeout: 30_000 }, () => {
  it('exits 1 and prints one line per problem, each starting with the file path', () => {
    const { status, lines, stderr } = validate('tests/fixtures/invalid/content');
    expect(status).toBe(1);
    expect(lines).toContain(`tests/fixtures/invalid/${latLine}`);
    expect(lines).toContain('tests/fixtures/invalid/content/incidents/2023/2023-02-28-thirtieth-of-february.md: date: expected a real calendar date YYYY-MM-DD, got "2023-02-30"');
    expect(stderr).toMatch(/^36 problems in tests\/fixtures\/invalid\/content\/ \(\d+ files checked in \d+ ms\)/m);
  });

  it('exits 0 on a valid folder and says how many records it checked', () => {
    const { status, stdout, stderr } = validate('tests/fixtures/valid/content');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^9 records valid in tests\/fixtures\/valid\/content\//);
  });

  it('exits 1 on a likely duplicate, naming both records and how to mark them distinct', () => {
    const { status, lines } = validate('tests/fixtures/likely-duplicate/content');
    expect(status).toBe(1);
    expect(lines[0]).toMatch(/^tests\/fixtures\/likely-duplicate\/content\/incidents\/2025\/2025-06-02-boulkessi-second-report\.md: may duplicate 2025-06-01-boulkessi-base-assault .*distinct_from/);
  });
});

describe('astro build on broken records', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'validation-build-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('fails with the same one-line message as npm run validate', () => {
    for (const p of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(repoRoot, p), join(tmp, p), { recursive: true });
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    cpSync(join(repoRoot, 'tests/fixtures/invalid/content'), join(tmp, 'content'), { recursive: true });
    const r = spawnSync(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: join(tmp, 'dist'), ASTRO_CACHE_DIR: join(tmp, 'cache'), NO_COLOR: '1' },
      timeout: 120_000,
    });
    const output = r.stdout + r.stderr;
    expect(r.status, output).not.toBe(0);
    expect(output).toContain(latLine);
    expect(output).toContain('36 problems in the records');
  }, 150_000);
});
