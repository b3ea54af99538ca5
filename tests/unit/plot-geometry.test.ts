/**
 * The live layer's geometry (src/charts/data/plot-path.ts and plot-scale.ts): path text, gaps,
 * nearest-sample lookup and data-to-pixel scales, including the log axis and degenerate input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  linePath,
  nearestIndex,
  seriesPath,
  type PixelPoint,
} from '../../src/charts/data/plot-path';
import { pixelScale } from '../../src/charts/data/plot-scale';

describe('linePath', () => {
  it.each<[string, PixelPoint[], string]>([
    ['nothing', [], ''],
    ['one point', [[1, 2]], 'M1,2'],
    [
      'a line',
      [
        [0, 0],
        [10, 5],
        [20, 0],
      ],
      'M0,0L10,5L20,0',
    ],
    ['a gap', [[0, 0], [10, 5], null, [30, 5], [40, 0]], 'M0,0L10,5M30,5L40,0'],
    [
      'non-finite values as gaps',
      [
        [0, 0],
        [Number.NaN, 1],
        [2, Infinity],
        [3, 3],
      ],
      'M0,0M3,3',
    ],
    [
      'pixels rounded to 0.1',
      [
        [0.04, 1.26],
        [10.95, 2],
      ],
      'M0,1.3L11,2',
    ],
  ])('%s', (_name, points, expected) => {
    expect(linePath(points)).toBe(expected);
  });

  it('never writes NaN or Infinity, whatever the points', () => {
    const coordinate = fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(Infinity));
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.tuple(coordinate, coordinate), { nil: null })),
        (points) => {
          expect(linePath(points)).not.toMatch(/NaN|Infinity/);
        },
      ),
    );
  });
});

describe('seriesPath', () => {
  it('is linePath of the zipped pixels, with gaps where x, y or the value has no place', () => {
    const coordinate = fc.oneof(
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      fc.constant(Number.NaN),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate)), (pairs) => {
        const xs = pairs.map(([x]) => (x === null || Number.isNaN(x) ? null : x));
        const values = pairs.map(([, y]) => y);
        // The "scale" doubles values and has no place for NaN.
        const yPixel = (value: number) => (Number.isNaN(value) ? null : value * 2);
        const points: PixelPoint[] = pairs.map(([x], index) => {
          const value = values[index] ?? null;
          const y = value === null ? null : yPixel(value);
          return x === null || Number.isNaN(x) || y === null ? null : [x, y];
        });
        expect(seriesPath(xs, values, yPixel)).toBe(linePath(points));
      }),
    );
  });
});

describe('nearestIndex', () => {
  const xs = [0, 10, 20, 30];
  it.each([
    [-5, 0],
    [4, 0],
    [5, 0],
    [6, 1],
    [24, 2],
    [29, 3],
    [100, 3],
  ])('%d → %d', (target, index) => {
    expect(nearestIndex(xs, target)).toBe(index);
  });

  it('returns -1 for no samples or a non-finite target', () => {
    expect(nearestIndex([], 3)).toBe(-1);
    expect(nearestIndex(xs, Number.NaN)).toBe(-1);
  });

  it('agrees with a linear search', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }),
        fc.integer({ min: -2000, max: 2000 }),
        (values, target) => {
          const sorted = [...values].sort((a, b) => a - b);
          const found = sorted[nearestIndex(sorted, target)] ?? Number.NaN;
          const best = Math.min(...sorted.map((value) => Math.abs(value - target)));
          expect(Math.abs(found - target)).toBe(best);
        },
      ),
    );
  });
});

describe('pixelScale', () => {
  it('maps a linear domain onto the range, y axes upside down', () => {
    const x = pixelScale('linear', [0, 2000], [96, 776]);
    expect(x(0)).toBe(96);
    expect(x(1000)).toBe(436);
    expect(x(2000)).toBe(776);
    const y = pixelScale('linear', [0, 12.5], [300, 12]);
    expect(y(0)).toBe(300);
    expect(y(12.5)).toBe(12);
  });

  it('maps a log domain by decades and has no place for 0 or negatives', () => {
    const y = pixelScale('log', [0.001, 1000], [600, 0]);
    expect(y(0.001)).toBeCloseTo(600);
    expect(y(1)).toBeCloseTo(300);
    expect(y(1000)).toBeCloseTo(0);
    expect(y(0)).toBeNull();
    expect(y(-1)).toBeNull();
  });

  it('returns null for non-finite values and the middle for a flat domain', () => {
    const x = pixelScale('linear', [0, 10], [0, 100]);
    expect(x(Number.NaN)).toBeNull();
    expect(x(Infinity)).toBeNull();
    expect(pixelScale('linear', [5, 5], [0, 100])(5)).toBe(50);
    expect(pixelScale('log', [0, 10], [0, 100])(5)).toBeNull();
  });

  it('is monotonic and lands inside the range for values inside the domain', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, span, a, b) => {
          const scale = pixelScale('linear', [start, start + span], [0, 500]);
          const [low, high] = a <= b ? [a, b] : [b, a];
          const pa = scale(start + low * span) ?? Number.NaN;
          const pb = scale(start + high * span) ?? Number.NaN;
          expect(pa).toBeLessThanOrEqual(pb + 1e-6);
          expect(pa).toBeGreaterThanOrEqual(-1e-6);
          expect(pb).toBeLessThanOrEqual(500 + 1e-6);
        },
      ),
    );
  });
});
