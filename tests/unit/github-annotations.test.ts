import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubAnnotation, lineOfField } from '../../src/records/github-annotations.ts';
import { validateContent } from '../../src/records/validate.ts';
import { projectRoot } from './exports-helpers.ts';

const record = `---
title: A record
location:
  name: Gao
  lat: 123
claims:
  - source: a
  - source: b
    killed: many
---
Body`;

describe('validation problems as pull-request annotations', () => {
  it('finds the line of a nested field, and of the nearest existing parent when the field is missing', () => {
    expect(lineOfField(record, 'location.lat')).toBe(5);
    expect(lineOfField(record, 'claims[1].killed')).toBe(9);
    expect(lineOfField(record, 'claims[1].wounded')).toBe(8);
    expect(lineOfField(record, 'date')).toBe(2);
  });

  it('names the file and line of each problem in the invalid fixtures, escaping what GitHub would misread', () => {
    const root = join(projectRoot, 'tests/fixtures/invalid');
    const { errors } = validateContent(root);
    const lat = errors.find((e) => e.file.endsWith('2025-06-06-lat-out-of-range.md') && e.field === 'location.lat')!;
    expect(githubAnnotation(lat, root)).toBe(
      '::error file=content/incidents/2025/2025-06-06-lat-out-of-range.md,line=8,title=location.lat::location.lat: expected a number from -90 to 90, got 123',
    );
    const escaped = githubAnnotation({ file: 'x,y:z.md', field: '', message: '100% wrong\nsecond line' }, root);
    expect(escaped).toBe('::error file=x%2Cy%3Az.md,line=1,title=record::100%25 wrong%0Asecond line');
  });
});
