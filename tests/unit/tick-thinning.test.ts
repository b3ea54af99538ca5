/**
 * Tick thinning (src/charts/data/tick-thinning.ts): on a plot too narrow for every label, only
 * every k-th tick keeps its label, for the smallest k whose labels no longer overlap. Issue 9,
 * fault 12: "80 %" and "100 %" collided on chart 2's x axis at 390 px.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  labelExtent,
  labelsFit,
  thinTicks,
  type PlacedTick,
  type TickRoom,
} from '../../src/charts/data/tick-thinning';

const X: TickRoom = { side: 'x', fontSize: 12.8 };
const Y: TickRoom = { side: 'y', fontSize: 12.8 };

/** Ticks evenly spread over `length` px, labelled by `format`. */
function spread(values: readonly number[], length: number, format: (v: number) => string) {
  const step = values.length > 1 ? length / (values.length - 1) : 0;
  return values.map((value, index) => ({ value, pixel: index * step, label: format(value) }));
}

const SHARES = [0, 20, 40, 60, 80, 100];
const percent = (value: number) => `${value} %`;

describe('thinTicks', () => {
  it('keeps every tick when the plot is wide enough', () => {
    const ticks = spread(SHARES, 600, percent);
    expect(thinTicks(ticks, X)).toBe(ticks);
  });

  it('thins the share axis of a 390 px phone chart (plot about 200 px wide)', () => {
    const ticks = spread(SHARES, 204, percent);
    // Unthinned, "80 %" and "100 %" are 40.8 px apart but need more than that.
    expect(labelsFit(ticks, X)).toBe(false);
    const kept = thinTicks(ticks, X);
    expect(kept.map((tick) => tick.label)).toEqual(['0 %', '40 %', '80 %']);
    expect(labelsFit(kept, X)).toBe(true);
  });

  it('thins long y labels by their height, not their width', () => {
    const ratios = [0.001, 0.01, 0.1, 1, 10, 100, 1000];
    const format = (v: number) => (v < 1 ? `1 : ${1 / v}` : `${v} : 1`);
    // 7 labels over 300 px: 50 px apart, room enough for a 15 px line each, however long.
    expect(thinTicks(spread(ratios, 300, format), Y)).toHaveLength(7);
    // Over 60 px (10 px apart) they would overlap: every other or fewer.
    const kept = thinTicks(spread(ratios, 60, format), Y);
    expect(kept.length).toBeLessThan(7);
    expect(labelsFit(kept, Y)).toBe(true);
  });

  it('works for a y axis listed bottom-up (pixels decreasing)', () => {
    const ticks = spread([0, 250, 500, 750, 1000], 40, String).map((tick) => ({
      ...tick,
      pixel: 200 - tick.pixel,
    }));
    const kept = thinTicks(ticks, Y);
    expect(kept[0]?.value).toBe(0);
    expect(labelsFit(kept, Y)).toBe(true);
  });

  it('keeps the first tick even when no two labels fit', () => {
    const ticks = spread([0, 1000, 2000], 10, (v) => v.toLocaleString('en-US'));
    expect(thinTicks(ticks, X).map((tick) => tick.value)).toEqual([0]);
    expect(thinTicks([], X)).toEqual([]);
  });

  it('estimates a label from its characters and the font size', () => {
    expect(labelExtent('100 %', X)).toBeCloseTo(5 * 0.62 * 12.8);
    expect(labelExtent('100 %', Y)).toBeCloseTo(1.2 * 12.8);
  });

  it('always returns a regular subset whose labels fit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 15 }),
        fc.double({ min: 20, max: 2000, noNaN: true }),
        fc.constantFrom<TickRoom>(X, Y),
        fc.integer({ min: 1, max: 9 }),
        (count, length, room, digits) => {
          const values = Array.from({ length: count }, (_, index) => index);
          const ticks: PlacedTick[] = spread(values, length, (v) => String(v).padEnd(digits, '0'));
          const kept = thinTicks(ticks, room);
          expect(kept[0]).toBe(ticks[0]);
          // Every kept tick is one of the originals, at a regular step.
          const indices = kept.map((tick) => ticks.indexOf(tick));
          const step = (indices[1] ?? 0) - (indices[0] ?? 0);
          indices.forEach((index, position) => expect(index).toBe(position * step));
          if (kept.length > 1) expect(labelsFit(kept, room)).toBe(true);
        },
      ),
    );
  });
});
