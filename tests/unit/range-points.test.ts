/**
 * Where a range puts its input's point, the spread a new range gets, pushing ends, and the share
 * rule with ranges (src/model/range-points.ts, issue 11).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
  roundToPrecision,
  type InputKey,
} from '../../src/model/inputs';
import {
  defaultRange,
  moveRangeEnd,
  rangeMiddle,
  withRangePoints,
} from '../../src/model/range-points';
import { NO_RANGES } from '../../src/model/ranges';
import { sharesTotal } from '../../src/model/shares';
import { validRangedScenario, validRanges, validScenario } from './arbitraries';

describe('the point of a range is its middle on the slider track', () => {
  it.each<[InputKey, number, number, number]>([
    ['neutral', 10, 100, 31.6], // √1000: the ratio slider spreads decades evenly
    ['cap', 5_000, 20_000, 10_000],
    ['saf', 10, 1_000, 100],
    ['cohort', 500, 1_500, 1_000], // arithmetic: the cohort may be 0
    ['toCap', 1.4, 50, 25.7],
    ['indepWeight', 0, 100, 50],
  ])('%s %d~%d sits at %d', (key, lo, hi, middle) => {
    expect(rangeMiddle(key, { lo, hi })).toBe(middle);
  });
});

describe('defaultRange: the spread a new range gets', () => {
  it.each<[InputKey, number, number, number]>([
    ['cohort', 1_000, 500, 1_500],
    ['toCap', 50, 40, 60],
    ['toCap', 5, 2.5, 7.5],
    ['toCap', 1.4, 0.7, 2.1],
    ['toCap', 0.1, 0, 0.2],
    ['toIndep', 0, 0, 10], // at a limit: inward by a tenth of the span
    ['indepWeight', 100, 90, 100],
    ['neutral', 100, 50, 200],
    ['neutral', 1, 1, 4],
    ['neutral', 1.5, 1, 2.3], // ×1.5 each way: the limit shrinks the spread evenly
    ['cap', 10_000, 5_000, 20_000],
    ['cap', 1_000_000, 250_000, 1_000_000],
  ])('%s at %d → %d~%d', (key, point, lo, hi) => {
    expect(defaultRange(key, point)).toEqual({ lo, hi });
  });

  it('keeps the point in the middle away from the limits, within the input, ends apart', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INPUT_KEYS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (key, t) => {
          const { min, max, precision } = INPUT_SPECS[key];
          const point = roundToPrecision(min + t * (max - min), precision);
          const range = defaultRange(key, point);
          expect(range.lo).toBeGreaterThanOrEqual(min);
          expect(range.hi).toBeLessThanOrEqual(max);
          expect(range.hi - range.lo).toBeGreaterThanOrEqual(precision - 1e-9);
          const inside = point > min && point < max;
          // Off a limit, the middle is the point to within the rounding of the ends.
          if (inside)
            expect(Math.abs(rangeMiddle(key, range) - point)).toBeLessThanOrEqual(
              precision * 2 + 1e-9,
            );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('moveRangeEnd: a two-thumb slider', () => {
  const range = { lo: 40, hi: 60 };

  it('moves one end and leaves the other', () => {
    expect(moveRangeEnd('toCap', range, 'lo', 30)).toEqual({ lo: 30, hi: 60 });
    expect(moveRangeEnd('toCap', range, 'hi', 75.55)).toEqual({ lo: 40, hi: 75.6 });
  });

  it('pushes the other end one step ahead when an end is moved onto or past it', () => {
    expect(moveRangeEnd('toCap', range, 'lo', 70)).toEqual({ lo: 70, hi: 70.1 });
    expect(moveRangeEnd('toCap', range, 'lo', 60)).toEqual({ lo: 60, hi: 60.1 });
    expect(moveRangeEnd('toCap', range, 'hi', 10)).toEqual({ lo: 9.9, hi: 10 });
    expect(moveRangeEnd('cohort', { lo: 500, hi: 1_500 }, 'hi', 200)).toEqual({ lo: 199, hi: 200 });
  });

  it('at a limit, the moved end gives way instead', () => {
    expect(moveRangeEnd('toCap', range, 'lo', 100)).toEqual({ lo: 99.9, hi: 100 });
    expect(moveRangeEnd('toCap', range, 'hi', -5)).toEqual({ lo: 0, hi: 0.1 });
  });

  it('clamps and rounds, ignores non-finite values and returns the same object for no change', () => {
    expect(moveRangeEnd('toCap', range, 'hi', 500)).toEqual({ lo: 40, hi: 100 });
    expect(moveRangeEnd('toCap', range, 'lo', Number.NaN)).toBe(range);
    expect(moveRangeEnd('toCap', range, 'lo', 40.01)).toBe(range);
  });
});

describe('withRangePoints: the canonical state', () => {
  it('puts each ranged point at its middle and keeps the other points', () => {
    const { scenario, ranges, fit } = withRangePoints(
      { ...DEFAULT_SCENARIO, cohort: 300 },
      { neutral: { lo: 10, hi: 100 }, cohort: { lo: 500, hi: 1_500 } },
    );
    expect(scenario).toEqual({ ...DEFAULT_SCENARIO, neutral: 31.6, cohort: 1_000 });
    expect(ranges).toEqual({ neutral: { lo: 10, hi: 100 }, cohort: { lo: 500, hi: 1_500 } });
    expect(fit).toBeNull();
  });

  it('orders, clamps and rounds ends; equal ends become the point', () => {
    const { scenario, ranges } = withRangePoints(DEFAULT_SCENARIO, {
      toCap: { lo: 20.04, hi: -3 },
      cohort: { lo: 700, hi: 700 },
      cap: { lo: 5e6, hi: 2e6 },
    });
    expect(ranges).toEqual({ toCap: { lo: 0, hi: 20 } });
    expect(scenario.cohort).toBe(700);
    expect(scenario.cap).toBe(1_000_000);
    expect(scenario.toCap).toBe(10);
  });

  it('returns the very objects it was given when they are canonical', () => {
    const ranges = { toCap: { lo: 40, hi: 60 } };
    const result = withRangePoints(DEFAULT_SCENARIO, ranges);
    expect(result.scenario).toBe(DEFAULT_SCENARIO);
    expect(result.ranges).toBe(ranges);
  });

  it('lets the shares that are points give way to a ranged share', () => {
    // toCap 60–80 sits at 70; toSafety 50 + 70 > 100, so toSafety (a point) gives way to 30.
    const { scenario, fit } = withRangePoints(DEFAULT_SCENARIO, { toCap: { lo: 60, hi: 80 } });
    expect(scenario).toMatchObject({ toSafety: 30, toIndep: 0, toCap: 70 });
    expect(fit).toMatchObject({ ranged: ['toCap'], rangesScaled: false });
  });

  it('scales the ranged points only when their middles alone pass 100 %, ranges kept', () => {
    const given = { toSafety: { lo: 60, hi: 80 }, toCap: { lo: 40, hi: 60 } };
    const { scenario, ranges, fit } = withRangePoints({ ...DEFAULT_SCENARIO, toIndep: 10 }, given);
    expect(scenario).toMatchObject({ toSafety: 58.3, toIndep: 0, toCap: 41.7 });
    expect(ranges).toBe(given);
    expect(fit?.rangesScaled).toBe(true);
  });

  it('without ranges, is exactly the link rule of old (all three scaled in proportion)', () => {
    const { scenario } = withRangePoints(
      { ...DEFAULT_SCENARIO, toSafety: 90, toCap: 90 },
      NO_RANGES,
    );
    expect(scenario).toMatchObject({ toSafety: 50, toCap: 50 });
  });

  it('is idempotent and always yields valid shares and middles', () => {
    fc.assert(
      fc.property(validScenario, validRanges, (s, r) => {
        const once = withRangePoints(s, r);
        const twice = withRangePoints(once.scenario, once.ranges);
        expect(twice.scenario).toBe(once.scenario);
        expect(twice.ranges).toBe(once.ranges);
        expect(sharesTotal(once.scenario)).toBeLessThanOrEqual(100 + 1e-9);
        for (const key of INPUT_KEYS) {
          const range = once.ranges[key];
          if (!range) continue;
          expect(range.lo).toBeLessThan(range.hi);
          const isShare = key === 'toSafety' || key === 'toIndep' || key === 'toCap';
          if (!isShare || !twice.fit?.rangesScaled) {
            expect(once.scenario[key]).toBe(rangeMiddle(key, range));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a canonical state stays as it is', () => {
    fc.assert(
      fc.property(validRangedScenario, ({ scenario, ranges }) => {
        expect(withRangePoints(scenario, ranges).scenario).toBe(scenario);
      }),
      { numRuns: 500 },
    );
  });
});
