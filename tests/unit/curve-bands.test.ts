/**
 * The 90 % bands around the scenario charts' lines (src/model/curve-bands.ts): computed at exactly
 * the x samples the charts draw, from the run's own samples; a point range gives a band of no width
 * on the line; p5 ≤ p95 everywhere; a quantity that moves the same way in every sample moves its
 * band's ends that way too; and the band at the scenario's own x agrees with the headline figures.
 */
import { quantileSorted } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFieldRatioSeries } from '../../src/charts/data/field-ratio-series';
import { buildNetImpactSeries } from '../../src/charts/data/net-impact-series';
import { buildNewResearchersSeries } from '../../src/charts/data/new-researchers-series';
import { clampToLogDomain } from '../../src/charts/data/split-axes';
import { curveBands, type CurveBand, type CurveBands } from '../../src/model/curve-bands';
import { canBeRange, DEFAULT_SCENARIO, INPUT_KEYS, type Scenario } from '../../src/model/inputs';
import { sampleScenario } from '../../src/model/monte-carlo';
import type { ScenarioRanges } from '../../src/model/ranges';
import { withRangePoints } from '../../src/model/range-points';
import { bandStatistics, interpolate } from '../../src/model/order-statistics';
import { runUncertainty } from '../../src/model/uncertainty';
import { validRangedScenario, validScenario } from './arbitraries';
import { chartScenarioOf } from '../../src/store/selectors';

/** Equal to 12 significant digits (the band scales per-person values; the line computes directly). */
function close(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

function expectClose(actual: number, expected: number): void {
  if (!close(actual, expected)) expect(actual).toBe(expected);
}

/**
 * Net impact is a difference of two terms (safety minus weighted capabilities ÷ N), so near
 * break-even its float noise is relative to those terms, not to the small result: the band
 * (the sample's program ÷ its cohort, times each cohort) and the line (the program run at each
 * cohort) can then differ in the 12th digit of the result (fast-check found 1.3e-12 at 0.066).
 * Equal to within 1e-9 of the larger of the values and 1: far below any digit the page shows.
 */
function expectCloseNetImpact(actual: number, expected: number): void {
  const scale = Math.max(Math.abs(actual), Math.abs(expected), 1);
  if (!(Math.abs(actual - expected) <= 1e-9 * scale)) expect(actual).toBe(expected);
}

/** The three scenario charts' bands (the years charts' have their own tests: years-bands.test.ts). */
function scenarioBands(bands: CurveBands): CurveBand[] {
  return [bands.fieldRatio, bands.newResearchers, bands.netImpactAtUser];
}

function pointRanges(scenario: Scenario): ScenarioRanges {
  return Object.fromEntries(
    INPUT_KEYS.filter(canBeRange).map((key) => [key, { lo: scenario[key], hi: scenario[key] }]),
  ) as ScenarioRanges;
}

const THREAD_DISAGREEMENTS: ScenarioRanges = {
  neutral: { lo: 10, hi: 100 },
  toCap: { lo: 1.4, hi: 50 },
  indepWeight: { lo: 0, hi: 100 },
};

function ranged(ranges: ScenarioRanges, changes: Partial<Scenario> = {}) {
  return withRangePoints({ ...DEFAULT_SCENARIO, ...changes }, ranges);
}

describe('bandStatistics', () => {
  const samples = fc
    .array(
      fc.oneof(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom(0, 1, 10, Number.POSITIVE_INFINITY),
      ),
      { minLength: 1, maxLength: 2_000 },
    )
    .map((values) => Float64Array.from(values));

  function bySort(values: Float64Array, p: number): number {
    const sorted = Array.from(values).sort((a, b) => a - b);
    const position = (sorted.length - 1) * p;
    if (Number.isInteger(position)) return sorted[position] ?? Number.NaN;
    const below = sorted[Math.floor(position)];
    const above = sorted[Math.ceil(position)];
    if (below === Number.POSITIVE_INFINITY || above === Number.POSITIVE_INFINITY) {
      return Number.POSITIVE_INFINITY;
    }
    return quantileSorted(sorted, p) ?? Number.NaN;
  }

  it('gives the 5th and 95th percentiles of d3-array on the sorted values', () => {
    fc.assert(
      fc.property(samples, (values) => {
        const [low, high] = bandStatistics(Float64Array.from(values));
        expect(interpolate(low) + 0).toBe(bySort(values, 0.05) + 0);
        expect(interpolate(high) + 0).toBe(bySort(values, 0.95) + 0);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same from the tails of large arrays: sorted, reversed, tied, with +∞', () => {
    const large = fc
      .tuple(
        fc.array(
          fc.oneof(
            fc.double({ min: -1e3, max: 1e3, noNaN: true }),
            fc.constantFrom(0, 1, Number.POSITIVE_INFINITY),
          ),
          { minLength: 1_000, maxLength: 6_000 },
        ),
        fc.constantFrom('as drawn', 'sorted', 'reversed'),
      )
      .map(([values, order]) =>
        Float64Array.from(
          order === 'as drawn'
            ? values
            : [...values].sort((a, b) => (order === 'sorted' ? a - b : b - a)),
        ),
      );
    fc.assert(
      fc.property(large, (values) => {
        const [low, high] = bandStatistics(Float64Array.from(values));
        expect(interpolate(low) + 0).toBe(bySort(values, 0.05) + 0);
        expect(interpolate(high) + 0).toBe(bySort(values, 0.95) + 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the bands of the scenario charts', () => {
  it('sit at exactly the x samples each chart draws', () => {
    fc.assert(
      fc.property(validRangedScenario, ({ scenario, ranges }) => {
        const { bands } = runUncertainty(scenario, ranges, { seed: 1, samples: 40 });
        const cohorts = buildFieldRatioSeries(scenario).points.map((point) => point.cohort);
        expect(bands.fieldRatio.xs).toEqual(cohorts);
        expect(bands.netImpactAtUser.xs).toEqual(
          buildNetImpactSeries(scenario).points.map((point) => point.cohort),
        );
        expect(bands.newResearchers.xs).toEqual(
          buildNewResearchersSeries(scenario).points.map((point) => point.capShare),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('have p5 ≤ p95 at every x, with no NaN', () => {
    fc.assert(
      fc.property(validRangedScenario, ({ scenario, ranges }) => {
        const { bands } = runUncertainty(scenario, ranges, { seed: 2, samples: 60 });
        for (const band of scenarioBands(bands)) {
          band.xs.forEach((_, index) => {
            const low = band.p5[index] ?? Number.NaN;
            const high = band.p95[index] ?? Number.NaN;
            expect(Number.isNaN(low) || Number.isNaN(high)).toBe(false);
            expect(low).toBeLessThanOrEqual(high);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a point range gives a band of no width, on the line each chart draws', () => {
    fc.assert(
      fc.property(validScenario, (given) => {
        const { bands } = runUncertainty(given, pointRanges(given), { seed: 1, samples: 30 });
        // The charts draw the N in use (the derived one with N from the field).
        const scenario = chartScenarioOf(given);
        for (const band of scenarioBands(bands)) expect(band.p5).toEqual(band.p95);
        buildFieldRatioSeries(scenario).points.forEach((point, index) =>
          expectClose(bands.fieldRatio.p5[index] ?? Number.NaN, point.ratio),
        );
        buildNetImpactSeries(scenario).points.forEach((point, index) =>
          expectCloseNetImpact(bands.netImpactAtUser.p5[index] ?? Number.NaN, point.user),
        );
        buildNewResearchersSeries(scenario).points.forEach((point, index) => {
          // Nothing counted on either side has no ratio: the line has a gap there.
          if (point.y === null) return;
          const band = clampToLogDomain(bands.newResearchers.p5[index] ?? Number.NaN).y;
          expectClose(band, point.y);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("at the scenario's own cohort (a point) the bands are the headline figures' intervals", () => {
    const { scenario, ranges } = ranged({
      ...THREAD_DISAGREEMENTS,
      cap: { lo: 5_000, hi: 20_000 },
    });
    const summary = runUncertainty(scenario, ranges, { seed: 7, samples: 10_000 });
    const at = summary.bands.fieldRatio.xs.indexOf(scenario.cohort);
    expectClose(summary.bands.fieldRatio.p5[at] ?? 0, summary.figures.fieldRatioAfter.p5);
    expectClose(summary.bands.fieldRatio.p95[at] ?? 0, summary.figures.fieldRatioAfter.p95);
    expectClose(summary.bands.netImpactAtUser.p5[at] ?? 0, summary.figures.netImpactAtUser.p5);
    expectClose(summary.bands.netImpactAtUser.p95[at] ?? 0, summary.figures.netImpactAtUser.p95);
    // With no cohort the field is as it is now, exactly.
    expect(summary.bands.fieldRatio.p5[0]).toBe(summary.figures.fieldRatioNow.p5);
    expect(summary.bands.fieldRatio.p95[0]).toBe(summary.figures.fieldRatioNow.p95);
    expect(summary.bands.fieldRatio.p5[at]).toBeLessThan(summary.bands.fieldRatio.p95[at] ?? 0);
  });

  it('chart 3’s band is the program’s over the years: at its own cohort, the headline’s net impact interval', () => {
    const { scenario, ranges } = ranged(
      { ...THREAD_DISAGREEMENTS, drift: { lo: 2, hi: 20 } },
      { years: 8, perYear: 2, anyway: 20, capBoost: 50 },
    );
    const summary = runUncertainty(scenario, ranges, { seed: 5, samples: 10_000 });
    const band = summary.bands.netImpactAtUser;
    const at = band.xs.indexOf(scenario.cohort);
    expectClose(band.p5[at] ?? 0, summary.figures.netImpactAtUser.p5);
    expectClose(band.p95[at] ?? 0, summary.figures.netImpactAtUser.p95);
  });

  it('use the same draws as the rest: a range a chart does not depend on leaves its band', () => {
    const { scenario, ranges } = ranged(THREAD_DISAGREEMENTS);
    const sampling = { seed: 3, samples: 5_000 };
    const base = runUncertainty(scenario, ranges, sampling).bands;
    // N moves no field ratio and no split's ratio; the field sizes move no split's ratio.
    const moved = runUncertainty(
      scenario,
      { ...ranges, neutral: { lo: 2, hi: 500 }, saf: { lo: 500, hi: 2_000 } },
      sampling,
    ).bands;
    expect(moved.newResearchers).toEqual(base.newResearchers);
    const noN = runUncertainty(scenario, { ...ranges, neutral: { lo: 2, hi: 500 } }, sampling);
    expect(noN.bands.fieldRatio).toEqual(base.fieldRatio);
  });

  it('ranges on the axis itself do not widen a band (the cohort, the capabilities share)', () => {
    const { scenario, ranges } = ranged({
      cohort: { lo: 100, hi: 5_000 },
      toCap: { lo: 5, hi: 60 },
    });
    const { bands } = runUncertainty(scenario, ranges, { seed: 1, samples: 2_000 });
    expect(bands.newResearchers.p5).toEqual(bands.newResearchers.p95);
    // The cohort is the x axis: with only the shares' spread the field band still has width.
    expect(bands.fieldRatio.p5.some((low, index) => low < (bands.fieldRatio.p95[index] ?? 0))).toBe(
      true,
    );
  });

  it('a quantity that falls along the axis in every sample has band ends that fall too', () => {
    fc.assert(
      fc.property(validRangedScenario, ({ scenario, ranges }) => {
        // New safety per new capabilities falls in every sample as the capabilities share rises.
        const { newResearchers } = runUncertainty(scenario, ranges, { seed: 5, samples: 80 }).bands;
        for (let index = 1; index < newResearchers.xs.length; index += 1) {
          expect(newResearchers.p5[index]).toBeLessThanOrEqual(newResearchers.p5[index - 1] ?? 0);
          expect(newResearchers.p95[index]).toBeLessThanOrEqual(newResearchers.p95[index - 1] ?? 0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('field-ratio band ends move with the samples wherever they all move one way', () => {
    fc.assert(
      fc.property(validRangedScenario, ({ scenario, ranges }) => {
        const set = sampleScenario(scenario, ranges, { seed: 9, samples: 60 });
        const band = curveBands(set, scenario).fieldRatio;
        const cap = set.inputs.cap;
        const saf = set.inputs.saf;
        const at = (sample: number, cohort: number) =>
          ((cap?.[sample] ?? scenario.cap) + cohort * (set.perPersonCapabilities[sample] ?? 0)) /
          ((saf?.[sample] ?? scenario.saf) + cohort * (set.perPersonSafety[sample] ?? 0));
        for (let index = 1; index < band.xs.length; index += 1) {
          const from = band.xs[index - 1] ?? 0;
          const to = band.xs[index] ?? 0;
          const moves = Array.from({ length: set.samples }, (_, i) => at(i, to) - at(i, from));
          const ends = [band.p5, band.p95].map((end) => (end[index] ?? 0) - (end[index - 1] ?? 0));
          if (moves.every((move) => move >= 0))
            for (const end of ends) expect(end).toBeGreaterThanOrEqual(0);
          if (moves.every((move) => move <= 0))
            for (const end of ends) expect(end).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('net impact grows in proportion to the cohort, so its band is a wedge from zero', () => {
    // 1 % in safety roles: the verdict is in doubt, so the band straddles zero.
    const { scenario, ranges } = ranged(THREAD_DISAGREEMENTS, { toSafety: 1 });
    const { netImpactAtUser: band } = runUncertainty(scenario, ranges, {
      seed: 1,
      samples: 10_000,
    }).bands;
    expect(band.p5[0]).toBe(0);
    expect(band.p95[0]).toBe(0);
    const last = band.xs.length - 1;
    const [maxCohort, low, high] = [band.xs[last] ?? 1, band.p5[last] ?? 0, band.p95[last] ?? 0];
    band.xs.forEach((cohort, index) => {
      expectClose(band.p5[index] ?? 0, (low * cohort) / maxCohort);
      expectClose(band.p95[index] ?? 0, (high * cohort) / maxCohort);
    });
    expect(low).toBeLessThan(0);
    expect(high).toBeGreaterThan(0);
  });
});
