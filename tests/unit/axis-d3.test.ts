/**
 * The charts' axes (src/charts/data/axis.ts) are d3-scale's linear and log scales written out on
 * d3-array, so the page's first load does not carry d3-scale and what it brings (d3-interpolate,
 * d3-color, d3-format). They must give exactly d3-scale's numbers: the nice ends, the ticks and
 * every pixel, bit for bit, on random domains and values, and on the page's own axes.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedAxis, niceLinearAxis, pixelScale } from '../../src/charts/data/axis';

const format = (value: number) => String(value);
const RUNS = { numRuns: 2_000 };

/** A result or the error it throws (d3-array throws on subnormal spans, ours must too). */
function outcome<T>(run: () => T): { value: T } | { error: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { error: String(error) };
  }
}

/** Finite numbers across many magnitudes, both signs, with some round and some odd values. */
const number = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1, max: 1, noNaN: true }),
);
const positive = fc.oneof(
  fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.constantFrom(1, 10, 100, 1_000, 10_000, 0.5, 2.5, 3_000),
);
const pixels = fc.tuple(
  fc.double({ min: -2_000, max: 2_000, noNaN: true }),
  fc.double({ min: -2_000, max: 2_000, noNaN: true }),
);

describe('axes written out equal d3-scale', () => {
  it('a nice linear axis: the same ends and ticks as linear().nice(5)', () => {
    fc.assert(
      fc.property(number, number, (a, b) => {
        // niceLinearAxis widens a flat range first (its own rule, not d3's).
        if (Math.abs(b - a) < 1e-12 * Math.max(1, Math.abs(Math.max(a, b)))) return;
        const axis = niceLinearAxis(a, b, format);
        const [lo, hi] = axis.domain;
        const scale = scaleLinear()
          .domain([Math.min(a, b), Math.max(a, b)])
          .nice(5);
        const [start = 0, end = 0] = scale.domain();
        expect([lo, hi]).toEqual([start + 0, end + 0]);
        expect(axis.ticks).toEqual(scale.ticks(5));
      }),
      RUNS,
    );
  });

  it('a fixed axis: d3’s ticks, five on a linear axis and one per decade on a log axis', () => {
    fc.assert(
      fc.property(number, number, (a, b) => {
        const domain = [a, b] as const;
        expect(outcome(() => fixedAxis('linear', domain, format).ticks)).toEqual(
          outcome(() => scaleLinear().domain(domain).ticks(5)),
        );
      }),
      RUNS,
    );
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        const domain = [a, b] as const;
        const count = Math.floor(Math.log10(b / a));
        expect(outcome(() => fixedAxis('log', domain, format).ticks)).toEqual(
          outcome(() => scaleLog().domain(domain).ticks(count)),
        );
      }),
      RUNS,
    );
    // The page's own log axes, and decades whose logs fall a hair short of a whole number.
    for (const domain of [
      [1, 1_000],
      [1, 100],
      [10, 10_000],
      [0.1, 1_000],
      [3, 30],
      [0.3, 3],
      [7, 700],
      [2, 2_000],
    ] as const) {
      expect(fixedAxis('log', domain, format).ticks).toEqual(
        scaleLog()
          .domain(domain)
          .ticks(Math.floor(Math.log10(domain[1] / domain[0]))),
      );
    }
  });

  it('pixels: the very numbers d3 gives, null where d3 gives none', () => {
    const same = (ours: number | null, theirs: number) =>
      expect(ours).toBe(Number.isFinite(theirs) ? theirs : null);
    fc.assert(
      fc.property(number, number, pixels, number, (d0, d1, range, value) => {
        const d3 = scaleLinear().domain([d0, d1]).range(range);
        same(pixelScale('linear', [d0, d1], range)(value), d3(value));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        positive,
        positive,
        pixels,
        fc.oneof(positive, number),
        (d0, d1, range, value) => {
          const d3 = scaleLog().domain([d0, d1]).range(range);
          same(pixelScale('log', [d0, d1], range)(value), d3(value) ?? Number.NaN);
        },
      ),
      RUNS,
    );
    // Not a number: no pixel.
    expect(pixelScale('linear', [0, 1], [0, 100])(Number.NaN)).toBeNull();
    expect(pixelScale('log', [1, 1_000], [0, 100])(0)).toBeNull();
    // A flat domain: the middle of the range, as d3.
    expect(pixelScale('linear', [5, 5], [0, 100])(7)).toBe(50);
  });
});
