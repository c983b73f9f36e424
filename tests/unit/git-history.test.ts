/**
 * Each record's history from one `git log` pass, on a throwaway repository: a record is
 * committed, a figure revised, the place moved, the file renamed; the history names each change
 * in words, newest first, and `/changes/` and its feed show them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { lastChanged, parseHistoryLog, readHistory, type History } from '../../src/build/git-history.ts';
import { latestChanges } from '../../src/build/changes.ts';
import { changesFeed } from '../../src/build/exports/changes-feed.ts';
import { describeChanges } from '../../src/domain/record-changes.ts';
import { fixtureIndex, incidentRecord, SITE } from './exports-helpers.ts';

const names = { source: (id: string) => (id === 'src-a' ? 'Agency <A> & Co' : id), actor: (id: string) => id.toUpperCase() };

const record = (killed: string, place: string, lat: number) => `---
title: Attack on the army post
date: 2025-06-02
event_type: battles
location: { name: ${place}, country: mli, lat: ${lat}, lon: -2.4, precision: town }
actors: { perpetrators: [jnim], targets: [fama] }
claims:
  - { source: src-a, victims: military, killed: ${killed} }
---
The army post was attacked.
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function throwawayRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'git-history-'));
  dirs.push(dir);
  const git = (args: string[], date = '2025-01-01T00:00:00Z') =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' }, stdio: 'ignore' });
  git(['init', '-q']);
  const folder = join(dir, 'content/incidents/2025');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'a.md'), record('12', 'Douentza', 15.0));
  writeFileSync(join(folder, 'b é.md'), 'not a record');
  writeFileSync(join(dir, 'README.md'), 'outside content/');
  git(['add', '.']);
  git(['commit', '-qm', 'Add the attack']);
  writeFileSync(join(folder, 'a.md'), record('{ min: 60 }', 'Douentza', 15.0));
  git(['commit', '-qam', 'Revise the toll'], '2025-02-01T00:00:00Z');
  writeFileSync(join(folder, 'a.md'), record('{ min: 60 }', 'Boulkessi', 14.9));
  git(['commit', '-qam', 'Move it to Boulkessi'], '2025-03-04T05:06:07Z');
  renameSync(join(folder, 'a.md'), join(folder, 'c.md'));
  git(['add', '-A']);
  git(['commit', '-qm', 'Rename a to c'], '2025-04-01T00:00:00Z');
  return dir;
}

describe('record history from one git log pass', () => {
  const log = readHistory(throwawayRepo());
  const revisions = log.get('content/incidents/2025/c.md') ?? [];

  it('lists every revision newest first, following the rename', () => {
    expect(revisions.map((r) => r.subject)).toEqual(['Rename a to c', 'Move it to Boulkessi', 'Revise the toll', 'Add the attack']);
    expect(revisions[1].date).toBe('2025-03-04T05:06:07+00:00');
    expect(revisions[0].hash).toMatch(/^[0-9a-f]{40}$/);
    expect(log.has('content/incidents/2025/a.md')).toBe(false);
  });

  it('says what changed in words', () => {
    const words = revisions.map((r) => describeChanges(r.changes, names));
    expect(words[0]).toEqual(['renamed from a']);
    expect(words[1]).toEqual(['place moved from Douentza to Boulkessi']);
    expect(words[2]).toEqual(['killed (soldiers): Agency <A> & Co revised from 12 to at least 60']);
    expect(words[3]).toEqual(['record created']);
  });

  it('keeps the last change for pages and downloads, and files that do not validate have no words', () => {
    const other = log.get('content/incidents/2025/b é.md');
    expect(other?.map((r) => r.changes)).toEqual([[{ kind: 'unreadable' }]]);
    expect(log.has('README.md')).toBe(false);
  });

  it('feeds /changes/ and its Atom feed, escaped', () => {
    const incident = { ...incidentRecord('c', { title: 'Attack <on> the "post"' }), file: 'content/incidents/2025/c.md' };
    const records = { ...fixtureIndex([incident]), source: () => ({ data: { title: 'Agency <A> & Co' } }) } as unknown as Parameters<typeof latestChanges>[0];
    const entries = latestChanges(records, 10, log);
    expect(entries.map((e) => e.words[0])).toEqual(['renamed from a', 'place moved from Douentza to Boulkessi', 'killed (soldiers): Agency <A> & Co revised from 12 to at least 60', 'record created']);
    const xml = changesFeed(records, SITE, log);
    expect(xml).not.toContain('<A>');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.entry).toHaveLength(4);
    expect(feed.entry[2].summary['#text']).toContain('Agency <A> & Co revised from 12 to at least 60');
    expect(feed.entry[1].id).toBe(`${SITE}/incidents/c/#${revisions[1].hash}`);

    // The French feed: French words, French pages, and it says its language.
    const fr = new XMLParser({ ignoreAttributes: false }).parse(changesFeed(records, SITE, log, 'fr')).feed;
    expect(fr['@_xml:lang']).toBe('fr');
    expect(fr.entry[2].summary['#text']).toContain('tués (soldats) : chiffre de « Agency <A> & Co » révisé (12 → au moins 60)');
    expect(fr.entry[3].title['#text']).toBe('Attack <on> the "post" : fiche créée');
    expect(fr.entry[1].id).toBe(`${SITE}/fr/incidents/c/#${revisions[1].hash}`);
  });

  it('is empty outside a git repository, so pages say nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    dirs.push(dir);
    expect(readHistory(dir).size).toBe(0);
    expect(lastChanged('content/incidents/2025/nothing.md')).toBeUndefined();
  });

  it('parses the log format: whole-file hunks, renames without content, deletions', () => {
    const text = [
      '\x1eaaa\x1f2025-01-01T00:00:00+00:00\x1fadd',
      '',
      'diff --git a/content/x.md b/content/x.md',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/content/x.md',
      '@@ -0,0 +1 @@',
      '+x',
      '\x1ebbb\x1f2025-02-01T00:00:00+00:00\x1fmove',
      'diff --git a/content/x.md b/content/y.md',
      'similarity index 100%',
      'rename from content/x.md',
      'rename to content/y.md',
      'diff --git a/content/z.md b/content/z.md',
      'deleted file mode 100644',
      '--- a/content/z.md',
      '+++ /dev/null',
    ].join('\n');
    const h: History = parseHistoryLog(text);
    expect([...h.keys()]).toEqual(['content/y.md']);
    expect(h.get('content/y.md')?.map((r) => r.hash)).toEqual(['bbb', 'aaa']);
  });
});
