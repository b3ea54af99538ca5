/**
 * Ranges are 90 % intervals (docs/model.md, "Ranges and sampling"): for every input and its
 * family, the sampled 5th and 95th percentiles are the range's ends within sampling error, also
 * when an end sits on the input's bound; samples never leave the input's min–max; a point range is
 * exactly the point; and a value is monotonic in its normal draw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitRange,
  normaliseRange,
  quantileAtZ,
  rangeMedian,
  Z95,
} from '../../src/model/distributions';
import { DEFAULT_SCENARIO, INPUT_KEYS, INPUT_SPECS, type InputKey } from '../../src/model/inputs';
import { sampleScenario } from '../../src/model/monte-carlo';
import type { InputRange } from '../../src/model/ranges';
import { percentilesAt } from '../../src/model/sample-statistics';

const SAMPLES = 10_000;
/**
 * Sampling error of a 5th percentile in normal units: √(p(1 − p) / n) / φ(z_p) = 0.021 at 10,000
 * samples. Four of them: a correct sampler fails this about once in 15,000 checks.
 */
const Z_TOLERANCE = 4 * (Math.sqrt((0.05 * 0.95) / SAMPLES) / 0.10314);

/** Ranges that exercise each input: inside, on the low bound, on the high bound, on both. */
function rangesFor(key: InputKey): { name: string; range: InputRange }[] {
  const { min, max } = INPUT_SPECS[key];
  const at = (fraction: number) => min + (max - min) * fraction;
  const log = (fraction: number) => min * (max / min) ** fraction;
  const inside =
    INPUT_SPECS[key].rangeFamily === 'lognormal'
      ? { lo: log(0.2), hi: log(0.6) }
      : { lo: at(0.05), hi: at(0.2) };
  return [
    { name: 'inside', range: inside },
    { name: 'narrow', range: { lo: at(0.4), hi: at(0.41) } },
    { name: 'low end on the minimum', range: { lo: min, hi: inside.hi } },
    { name: 'high end on the maximum', range: { lo: inside.lo, hi: max } },
    { name: 'both ends on the bounds', range: { lo: min, hi: max } },
  ];
}

function sampled(key: InputKey, range: InputRange, seed = 7): Float64Array {
  // The importance is read (and so sampled) only with N from the field (model/ranges-in-use.ts).
  const scenario =
    key === 'importance' ? { ...DEFAULT_SCENARIO, nFrom: 'field' as const } : DEFAULT_SCENARIO;
  const set = sampleScenario(scenario, { [key]: range }, { seed, samples: SAMPLES });
  const values = set.inputs[key];
  if (!values) throw new Error(`no samples of ${key}`);
  return values;
}

describe('each family fits its 90 % interval', () => {
  for (const key of INPUT_KEYS) {
    const spec = INPUT_SPECS[key];
    for (const { name, range } of rangesFor(key)) {
      it(`${key} (${spec.rangeFamily}), ${name}: p5 and p95 are the ends, samples stay in bounds`, () => {
        const fit = fitRange(key, range);
        const values = sampled(key, range);
        const [p5 = Number.NaN, p95 = Number.NaN] = percentilesAt(values, [0.05, 0.95]);
        // The fitted distribution's own 5th / 95th percentiles are the ends, or within half the
        // input's precision of an end on a bound (the bound rule).
        expect(Math.abs(quantileAtZ(fit, -Z95) - range.lo)).toBeLessThanOrEqual(
          spec.precision / 2 + 1e-9 * spec.max,
        );
        expect(Math.abs(quantileAtZ(fit, Z95) - range.hi)).toBeLessThanOrEqual(
          spec.precision / 2 + 1e-9 * spec.max,
        );
        // The samples' percentiles lie where the fitted ones do, within sampling error.
        expect(p5).toBeGreaterThanOrEqual(quantileAtZ(fit, -Z95 - Z_TOLERANCE));
        expect(p5).toBeLessThanOrEqual(quantileAtZ(fit, -Z95 + Z_TOLERANCE));
        expect(p95).toBeGreaterThanOrEqual(quantileAtZ(fit, Z95 - Z_TOLERANCE));
        expect(p95).toBeLessThanOrEqual(quantileAtZ(fit, Z95 + Z_TOLERANCE));
        let smallest = Number.POSITIVE_INFINITY;
        let largest = Number.NEGATIVE_INFINITY;
        for (const value of values) {
          smallest = Math.min(smallest, value);
          largest = Math.max(largest, value);
        }
        expect(smallest).toBeGreaterThanOrEqual(spec.min);
        expect(largest).toBeLessThanOrEqual(spec.max);
        expect(smallest).toBeLessThan(largest);
      });
    }
  }

  it('an interval of 5 % to 20 % puts about 90 % of the samples between the ends', () => {
    const values = sampled('toCap', { lo: 5, hi: 20 });
    const inside = values.filter((value) => value >= 5 && value <= 20).length / values.length;
    expect(inside).toBeCloseTo(0.9, 1);
  });
});

describe('point ranges, medians and monotonicity', () => {
  it('a point range gives exactly the point, at the bounds too', () => {
    for (const key of INPUT_KEYS) {
      const { min, max, defaultValue } = INPUT_SPECS[key];
      for (const point of [min, max, defaultValue]) {
        expect(new Set(sampled(key, { lo: point, hi: point }))).toEqual(new Set([point]));
        expect(rangeMedian(key, { lo: point, hi: point })).toBe(point);
      }
    }
  });

  it('the median is the geometric mean of the ends for a lognormal, the logit midpoint otherwise', () => {
    expect(rangeMedian('neutral', { lo: 10, hi: 1000 })).toBeCloseTo(100, 9);
    expect(rangeMedian('cap', { lo: 1_000, hi: 100_000 })).toBeCloseTo(10_000, 6);
    // Symmetric positions give the middle of the input's range.
    expect(rangeMedian('toCap', { lo: 10, hi: 90 })).toBeCloseTo(50, 9);
    // 5 % and 20 %: logistic of the logit midpoint (−2.944 − 1.386) / 2 = −2.165 → 10.29 %.
    expect(rangeMedian('toCap', { lo: 5, hi: 20 })).toBeCloseTo(10.29, 2);
  });

  it("an end on a bound moves inward by half the input's precision (the bound rule)", () => {
    // 0 % to 20 %: the low end is fitted at 0.05 %, so the median is the logistic of the midpoint
    // of logit(0.0005) and logit(0.2): 1.11 %.
    const logit = (p: number) => Math.log(p / (1 - p));
    const expected = 100 / (1 + Math.exp(-(logit(0.0005) + logit(0.2)) / 2));
    expect(rangeMedian('toCap', { lo: 0, hi: 20 })).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(1.106, 3);
    // A cohort of 0 to 2,000 people: the low end is fitted at half a person.
    expect(quantileAtZ(fitRange('cohort', { lo: 0, hi: 2_000 }), -Z95)).toBeCloseTo(0.5, 9);
  });

  it('a value never falls as its draw rises, and stays within the bounds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INPUT_KEYS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -9, max: 9, noNaN: true }),
        fc.double({ min: -9, max: 9, noNaN: true }),
        (key, a, b, z1, z2) => {
          const { min, max } = INPUT_SPECS[key];
          const fit = fitRange(key, { lo: min + (max - min) * a, hi: min + (max - min) * b });
          const [low, high] = z1 <= z2 ? [z1, z2] : [z2, z1];
          const v1 = quantileAtZ(fit, low);
          const v2 = quantileAtZ(fit, high);
          expect(v1).toBeLessThanOrEqual(v2);
          expect(v1).toBeGreaterThanOrEqual(min);
          expect(v2).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('normalising a range clamps, swaps reversed ends and replaces non-finite ones', () => {
    expect(normaliseRange('toCap', { lo: 30, hi: 10 }, 50)).toEqual({ lo: 10, hi: 30 });
    expect(normaliseRange('toCap', { lo: -5, hi: 150 }, 50)).toEqual({ lo: 0, hi: 100 });
    expect(normaliseRange('neutral', { lo: Number.NaN, hi: 30 }, 100)).toEqual({ lo: 30, hi: 100 });
  });
});
