/**
 * The pull-request summary of record changes (`scripts/record-diff.ts`), on a throwaway
 * repository: between two commits a record is added, one revised (a figure, a source, the
 * place), one renamed into a new id and one broken; the summary says each in words.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSummary, recordDiff } from '../../scripts/lib/record-diff.ts';

const record = (opts: { title: string; killed: string; place: string; extra?: string; replaces?: string }) => `---
title: ${opts.title}
date: 2025-06-02
event_type: battles
location: { name: ${opts.place}, country: mli, lat: 15.0, lon: -2.4, precision: town }
actors: { perpetrators: [jnim], targets: [fama] }
claims:
  - { source: src-a, victims: military, killed: ${opts.killed} }${opts.extra ?? ''}${opts.replaces ? `\nreplaces: [${opts.replaces}]` : ''}
---
The army post was attacked.
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A repository with two commits; returns its folder and the two hashes. */
function throwawayRepo(): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'record-diff-'));
  dirs.push(dir);
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } }).trim();
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const rm = (path: string) => rmSync(join(dir, path));
  git(['init', '-q']);
  write('content/sources/src-a.md', '---\ntitle: Agency A report\n---\n');
  write('content/sources/src-b.md', '---\ntitle: Radio B bulletin\n---\n');
  write('content/incidents/2025/revised.md', record({ title: 'Attack on the army post', killed: '12', place: 'Douentza' }));
  write('content/incidents/2025/old-id.md', record({ title: 'Ambush with an old id', killed: '3', place: 'Gao' }));
  write('content/incidents/2025/same.md', record({ title: 'Untouched', killed: '1', place: 'Mopti' }));
  write('content/incidents/2025/broken.md', record({ title: 'About to break', killed: '2', place: 'Ségou' }));
  git(['add', '.']);
  git(['commit', '-qm', 'base']);
  const base = git(['rev-parse', 'HEAD']);
  write('content/incidents/2025/revised.md', record({ title: 'Attack on the army post', killed: '{ min: 60 }', place: 'Boulkessi', extra: '\n  - { source: src-b, victims: unknown }' }));
  rm('content/incidents/2025/old-id.md');
  write('content/incidents/2025/new-id.md', record({ title: 'Ambush with a new id', killed: '3', place: 'Gao', replaces: 'old-id' }));
  write('content/incidents/2025/added.md', record({ title: 'A new attack', killed: '4', place: 'Kidal' }));
  write('content/incidents/2025/broken.md', record({ title: 'About to break', killed: 'many', place: 'Ségou' }));
  git(['add', '-A']);
  git(['commit', '-qm', 'head']);
  return { dir, base, head: git(['rev-parse', 'HEAD']) };
}

describe('record diff between two commits', () => {
  const { dir, base, head } = throwawayRepo();
  const diff = recordDiff(dir, base, head);

  it('lists the added, changed and removed records, not the untouched one', () => {
    expect(diff.added.map((c) => c.id).sort()).toEqual(['added', 'new-id']);
    expect(diff.changed.map((c) => c.id).sort()).toEqual(['broken', 'revised']);
    expect(diff.removed.map((c) => c.id)).toEqual(['old-id']);
  });

  it('says what changed in words: a figure revised, a source added, the place moved', () => {
    const revised = diff.changed.find((c) => c.id === 'revised')!;
    expect(revised.file).toBe('content/incidents/2025/revised.md');
    expect(revised.changes).toEqual([
      expect.stringMatching(/killed \(soldiers\).*Agency A report.*12.*at least 60/),
      expect.stringMatching(/Radio B bulletin added/),
      expect.stringMatching(/Douentza.*Boulkessi/),
    ]);
  });

  it('says when a version does not validate, and which record replaces a removed one', () => {
    expect(diff.changed.find((c) => c.id === 'broken')!.changes).toEqual([expect.stringMatching(/./)]);
    expect(diff.removed[0].changes).toEqual(['replaced by new-id']);
  });

  it('writes a Markdown summary with counts and links to the published pages and the artifact', () => {
    const md = diffSummary(diff, { pagesUrl: 'https://example.org/tracker', artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/2' });
    expect(md).toContain('Incidents: 2 added, 2 changed, 1 removed.');
    expect(md).toContain('[Attack on the army post](https://example.org/tracker/incidents/revised/)');
    expect(md).toContain('(https://github.com/o/r/actions/runs/1/artifacts/2)');
    expect(md).toMatch(/### Removed\n\n- Ambush with an old id \(`content\/incidents\/2025\/old-id.md`\)\n {2}- replaced by new-id/);
  });

  it('says so when no incident changed', () => {
    expect(diffSummary(recordDiff(dir, head, head))).toContain('No incident record is added, changed or removed.');
  });
});
