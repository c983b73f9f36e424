import { describe, expect, it } from 'vitest';
import { formatRange, rangeOf, rangesByVictims, sumRanges, totalRange } from '../../src/domain/ranges.ts';
import type { Claim } from '../../src/schemas/incident.ts';

const exact = (n: number) => ({ min: n, max: n });
const atLeast = (n: number) => ({ min: n, max: null });

describe('casualty ranges', () => {
  it('spans the lowest lower bound to the highest upper bound (30, 60 and 100 → 30–100)', () => {
    expect(rangeOf([exact(30), exact(60), exact(100)])).toEqual({ low: 30, high: 100, claims: 3 });
  });

  it('is open-ended when no claim gives an upper bound', () => {
    expect(rangeOf([atLeast(60), atLeast(100)])).toEqual({ low: 60, high: null, claims: 2 });
    expect(formatRange(rangeOf([atLeast(60)]))).toBe('at least 60');
  });

  it('never ends below an "at least" claim when other claims are bounded', () => {
    expect(rangeOf([exact(30), atLeast(200)])).toEqual({ low: 30, high: 200, claims: 2 });
  });

  it('keeps a stated range such as 30-40', () => {
    expect(formatRange(rangeOf([{ min: 30, max: 40 }]))).toBe('30–40');
  });

  it('says unknown, not zero, when no source gives a figure', () => {
    expect(rangeOf([])).toBeUndefined();
    expect(formatRange(undefined)).toBe('unknown');
  });

  it('says unknown, not zero, for a total over incidents none of which gives a figure', () => {
    expect(formatRange(sumRanges([undefined, undefined]))).toBe('unknown');
    expect(formatRange(sumRanges([undefined, { low: 0, high: 0, claims: 1 }]))).toBe('0');
  });

  it('keeps victim groups apart and adds them for the incident total', () => {
    const claims: Claim[] = [
      { source: 'a', victims: 'military', killed: exact(30) },
      { source: 'b', victims: 'military', killed: exact(100) },
      { source: 'a', victims: 'militant', killed: atLeast(40) },
      { source: 'c', victims: 'civilian' },
    ];
    expect(rangesByVictims(claims, 'killed')).toEqual([
      { victims: 'military', range: { low: 30, high: 100, claims: 2 } },
      { victims: 'militant', range: { low: 40, high: null, claims: 1 } },
    ]);
    expect(totalRange(claims, 'killed')).toEqual({ low: 70, high: null, claims: 3 });
    expect(totalRange(claims, 'wounded')).toBeUndefined();
  });

  it('sums ranges across incidents, open if any is open', () => {
    expect(sumRanges([{ low: 1, high: 2, claims: 1 }, undefined, { low: 3, high: 5, claims: 2 }])).toEqual({ low: 4, high: 7, claims: 3 });
    expect(sumRanges([{ low: 1, high: 2, claims: 1 }, { low: 3, high: null, claims: 1 }]).high).toBeNull();
  });
});
