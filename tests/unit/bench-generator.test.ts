/**
 * The benchmark's synthetic records must be records the site accepts, or the benchmark
 * measures a build that fails: generated into a copy of the bundled content, they validate.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRecords, writeFiles } from '../../scripts/bench/generate.ts';
import { formatProblem } from '../../src/records/format-issues.ts';
import { validateContent } from '../../src/records/validate.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'bench-generator-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

cpSync(join(repoRoot, 'content'), join(tmp, 'content'), { recursive: true });
const generated = generateRecords(join(repoRoot, 'content'), 400, 7);
writeFiles(join(tmp, 'content'), [...generated.incidents, ...generated.sources]);
const result = validateContent(tmp);
const synthetic = result.records.incidents.filter((e) => generated.incidents.some((f) => f.path.endsWith(`/${e.id}.md`)));

describe('synthetic benchmark records', () => {
  it('pass validation alongside the bundled dataset', () => {
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(synthetic).toHaveLength(400);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(generateRecords(join(repoRoot, 'content'), 400, 7)).toEqual(generated);
    expect(generateRecords(join(repoRoot, 'content'), 400, 8).incidents).not.toEqual(generated.incidents);
  });

  it('spread over the six countries and the years 2017-2025', () => {
    expect(new Set(synthetic.map((e) => e.data.location.country))).toEqual(new Set(['mli', 'bfa', 'ner', 'nga', 'tgo', 'ben']));
    const years = new Set(synthetic.map((e) => e.data.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('carry one to four claims with exact, open-ended and ranged figures, and a paragraph of text', () => {
    const claims = synthetic.map((e) => e.data.claims.length);
    expect(Math.min(...claims)).toBe(1);
    expect(Math.max(...claims)).toBe(4);
    const figures = synthetic.flatMap((e) => e.data.claims.map((c) => c.killed).filter((k) => k !== undefined));
    expect(figures.some((f) => f.max === null)).toBe(true);
    expect(figures.some((f) => f.max !== null && f.max > f.min)).toBe(true);
    expect(figures.some((f) => f.max === f.min)).toBe(true);
    expect(synthetic.every((e) => e.body.split(' ').length >= 40)).toBe(true);
  });

  it('cite only sources and actors that exist', () => {
    const sources = new Set(result.records.sources.map((s) => s.id));
    const actors = new Set(result.records.actors.map((a) => a.id));
    for (const e of synthetic) {
      for (const c of e.data.claims) expect(sources.has(c.source)).toBe(true);
      for (const a of [...e.data.actors.perpetrators, ...e.data.actors.targets]) expect(actors.has(a)).toBe(true);
    }
  });
});
