import { describe, expect, it } from 'vitest';
import { layoutBars, niceCeil } from '../../src/domain/chart.ts';

describe('chart axis', () => {
  it('rounds the axis end up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 23, 240, 251].map(niceCeil)).toEqual([1, 1, 5, 10, 25, 250, 500]);
  });
});

describe('bar layout', () => {
  const data = [
    { key: '2024-12', low: 10, high: 10 },
    { key: '2025-01', low: 0, high: 0 },
    { key: '2025-02', low: 30, high: 100 },
    { key: '2025-03', low: 60, high: null },
  ];
  const c = layoutBars(data, { width: 440, height: 140, margin: { top: 10, right: 0, bottom: 30, left: 40 } });

  it('scales bars to the rounded maximum and stands them on the axis', () => {
    expect(c.max).toBe(100);
    const bottom = c.plot.y + c.plot.height;
    for (const b of c.bars) expect(b.y + b.height).toBeCloseTo(bottom);
    expect(c.bars[0].height).toBeCloseTo(10); // 10 of 100 over a 100-unit plot
    expect(c.bars[1].height).toBe(0);
  });

  it('draws the span of a range above the low count and flags open-ended ranges', () => {
    expect(c.bars[2].height).toBeCloseTo(30);
    expect(c.bars[2].rangeHeight).toBeCloseTo(70);
    expect(c.bars[2].rangeY).toBeCloseTo(c.plot.y);
    expect(c.bars[3]).toMatchObject({ open: true, rangeHeight: 0 });
  });

  it('places bars left to right without overlap inside the plot', () => {
    for (let i = 1; i < c.bars.length; i++) expect(c.bars[i].x).toBeGreaterThanOrEqual(c.bars[i - 1].x + c.bars[i - 1].width);
    const last = c.bars.at(-1)!;
    expect(last.x + last.width).toBeLessThanOrEqual(c.plot.x + c.plot.width + 1e-9);
  });

  it('labels each month of a short span, with the year at the first bar and at January', () => {
    expect(c.xTicks.map((t) => t.label)).toEqual(['Dec 2024', 'Jan 2025', 'Feb', 'Mar']);
  });

  it('labels years, not months, over a span of several years', () => {
    const years = Array.from({ length: 36 }, (_, i) => ({ key: `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, low: 1, high: 1 }));
    expect(layoutBars(years).xTicks.map((t) => t.label)).toEqual(['2022', '2023', '2024']);
  });

  it('thins year labels over long spans so they never crowd', () => {
    const long = Array.from({ length: 30 * 12 }, (_, i) => ({ key: `${1996 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, low: 1, high: 1 }));
    const l = layoutBars(long);
    for (let i = 1; i < l.xTicks.length; i++) expect(l.xTicks[i].x - l.xTicks[i - 1].x).toBeGreaterThanOrEqual(44);
    expect(l.xTicks.length).toBeLessThan(10);
  });

  it('stands bars shown apart (month unknown) after the months, past a gap, labelled with their year', () => {
    const withApart = layoutBars([...data, { key: '2025', low: 300, high: 300, apart: true }], { width: 440, height: 140, margin: { top: 10, right: 0, bottom: 30, left: 40 } });
    const months = withApart.bars.filter((b) => !b.apart);
    const [apart] = withApart.bars.filter((b) => b.apart);
    expect(months.map((b) => b.key)).toEqual(['2024-12', '2025-01', '2025-02', '2025-03']);
    expect(apart.key).toBe('2025');
    // January stays empty: the year-only toll is not drawn there.
    expect(months[1].height).toBe(0);
    expect(apart.height).toBeCloseTo(withApart.plot.height * (300 / withApart.max));
    expect(withApart.apart!.x).toBeGreaterThan(months.at(-1)!.x + months.at(-1)!.width);
    expect(apart.x).toBeGreaterThanOrEqual(withApart.apart!.x);
    expect(apart.x + apart.width).toBeLessThanOrEqual(withApart.plot.x + withApart.plot.width + 1e-9);
    expect(withApart.xTicks.map((t) => t.label)).toEqual(['Dec 2024', 'Jan 2025', 'Feb', 'Mar', '2025']);
  });

  it('lays out a chart of bars shown apart only', () => {
    const only = layoutBars([{ key: '2012', low: 1, high: 1, apart: true }]);
    expect(only.bars).toHaveLength(1);
    expect(only.bars[0]).toMatchObject({ apart: true, key: '2012' });
    expect(only.xTicks.map((t) => t.label)).toEqual(['2012']);
  });
});
describe('month labels of a chart over one to two years', () => {
  it('never puts a label next to a January, whose label carries the year', () => {
    const months = Array.from({ length: 20 }, (_, i) => {
      const m = 7 + i; // August 2023 onwards
      return { key: `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, low: 1, high: 1 };
    });
    const c = layoutBars(months);
    const step = c.plot.width / months.length;
    // The month each label stands under.
    const at = c.xTicks.map((t) => Math.round((t.x - c.plot.x - step / 2) / step));
    const janLabels = c.xTicks.flatMap((t, n) => (/^Jan \d{4}$/.test(t.label) ? [n] : []));
    expect(janLabels.map((n) => c.xTicks[n].label)).toEqual(['Jan 2024', 'Jan 2025']);
    for (const n of janLabels) {
      if (n > 0) expect(at[n] - at[n - 1], `label before ${c.xTicks[n].label}`).toBeGreaterThanOrEqual(2);
      if (n < at.length - 1) expect(at[n + 1] - at[n], `label after ${c.xTicks[n].label}`).toBeGreaterThanOrEqual(2);
    }
  });
});
