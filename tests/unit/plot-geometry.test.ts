/**
 * The live layer's geometry on d3 (src/charts/data/marks.ts and axis.ts): what this app asks of
 * it, namely lines broken at gaps and never NaN, markers that survive a bad size, and pixel
 * scales with no place for values off the axis. d3's own maths is d3's to test.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pixelScale } from '../../src/charts/data/axis';
import { markerPath, seriesPath, type MarkerSymbol } from '../../src/charts/data/marks';

const double = (value: number) => value * 2;

describe('seriesPath', () => {
  it.each<[string, (number | null)[], (number | null)[], string]>([
    ['nothing', [], [], ''],
    ['a line', [0, 10, 20], [0, 2.5, 0], 'M0,0L10,5L20,0'],
    ['a gap in the values', [0, 10, 20, 30, 40], [0, 2.5, null, 2.5, 0], 'M0,0L10,5M30,5L40,0'],
    // A lone point between gaps is a closed one-point subpath: d3's way, nothing is drawn.
    ['an x with no place', [0, null, 20, 30], [1, 1, 1, 1], 'M0,2ZM20,2L30,2'],
    ['pixels rounded to 0.1', [0.04, 10.95], [0.63, 1], 'M0,1.3L11,2'],
  ])('%s', (_name, xs, values, expected) => {
    expect(seriesPath(xs, values, double)).toBe(expected);
  });

  it('never writes NaN or Infinity, whatever the pixels and values', () => {
    const coordinate = fc.oneof(
      fc.double(),
      fc.constant(Number.NaN),
      fc.constant(Infinity),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate)), (pairs) => {
        const xs = pairs.map(([x]) => x);
        const values = pairs.map(([, y]) => y);
        expect(seriesPath(xs, values, (value) => value)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });

  it('starts one subpath per run of points it can draw', () => {
    const coordinate = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constant(Number.NaN),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate)), (pairs) => {
        const drawable = (pair: (typeof pairs)[number] | undefined) =>
          pair !== undefined && Number.isFinite(pair[0]) && Number.isFinite(pair[1]);
        const runs = pairs.filter(
          (pair, index) => drawable(pair) && !drawable(pairs[index - 1]),
        ).length;
        const d = seriesPath(
          pairs.map(([x]) => x),
          pairs.map(([, y]) => y),
          (value) => (Number.isNaN(value) ? null : value),
        );
        expect(d.match(/M/g)?.length ?? 0).toBe(runs);
      }),
    );
  });
});

describe('markerPath', () => {
  const SYMBOLS: readonly MarkerSymbol[] = ['circle', 'diamond', 'triangle', 'square', 'cross'];

  it.each(SYMBOLS)('%s is centred on the origin and has the area asked for', (name) => {
    const numbers = (markerPath(name, 400).match(/-?\d*\.?\d+/g) ?? []).map(Number);
    // Every shape fits in a box about as wide as a square of the same area, around (0, 0).
    expect(Math.max(...numbers.map(Math.abs))).toBeGreaterThan(5);
    expect(Math.max(...numbers.map(Math.abs))).toBeLessThan(25);
  });

  it.each(SYMBOLS)('%s has no NaN, also for a bad area', (name) => {
    for (const area of [Number.NaN, -5, 0, Number.POSITIVE_INFINITY, 90]) {
      const d = markerPath(name, area);
      expect(d).toMatch(/^M/);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
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
