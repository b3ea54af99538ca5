/**
 * roundToPrecision has a fast path (plain arithmetic) and an exact path (two string
 * conversions). Every input must give the same number on both: the links, the shares and the
 * flip points all rely on it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundToPrecision } from '../../src/model/inputs';

/** The rule as first written: always through toPrecision(12) and toFixed. */
function exactRule(value: number, precision: number): number {
  const decimals = Math.max(0, Math.round(-Math.log10(precision)));
  const rounded = Math.round(Number((value / precision).toPrecision(12))) * precision;
  return Number(rounded.toFixed(decimals));
}

const PRECISIONS = [1, 0.1, 0.01, 10, 0.5] as const;

describe('roundToPrecision', () => {
  it.each([
    [1.45, 0.1, 1.5],
    [0.1 * 14, 0.1, 1.4],
    [0.35, 0.1, 0.4],
    [-0.04, 0.1, 0],
    [2.5, 1, 3],
    [-2.5, 1, -2],
    [9_999.5, 1, 10_000],
    [12_345.678, 0.01, 12_345.68],
  ])('rounds %d to a multiple of %d: %d', (value, precision, expected) => {
    expect(Object.is(roundToPrecision(value, precision), expected)).toBe(true);
  });

  it('never returns −0', () => {
    for (const precision of PRECISIONS) {
      expect(Object.is(roundToPrecision(-0.0001, precision), 0)).toBe(true);
      expect(Object.is(roundToPrecision(-0, precision), 0)).toBe(true);
    }
  });

  it('gives exactly the string rule for values on and between every grid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRECISIONS),
        fc.oneof(
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          fc.integer({ min: -2_000_000, max: 2_000_000 }).map((k) => k / 20),
          fc.integer({ min: -2_000_000, max: 2_000_000 }).map((k) => k * 0.1 + 0.05),
          fc.integer({ min: 0, max: 100_000 }).map((k) => k * 0.1),
        ),
        (precision, value) => {
          expect(Object.is(roundToPrecision(value, precision), exactRule(value, precision))).toBe(
            true,
          );
        },
      ),
      { numRuns: 50_000 },
    );
  });

  it('gives exactly the string rule along every slider grid (0–100,000 in steps of 0.1)', () => {
    for (let k = 0; k <= 1_000_000; k += 1) {
      const value = 0 + k * 0.1;
      if (roundToPrecision(value, 0.1) !== exactRule(value, 0.1)) {
        throw new Error(`differs at ${value}`);
      }
    }
  });
});
