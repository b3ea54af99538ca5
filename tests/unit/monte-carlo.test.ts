/**
 * The seeded Monte Carlo run and its summary (docs/model.md, "Ranges and sampling"): common random
 * numbers, the point model as a special case, the chance of net positive (analytic case, ranges
 * that cannot reach break-even, monotonic in N, untouched by the field sizes), the share rule per
 * sample, sensitivity, and the worker's handler giving exactly what a direct call gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/model/calculate';
import { calculateYears } from '../../src/model/years';
import {
  canBeRange,
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
  type InputKey,
  type Scenario,
} from '../../src/model/inputs';
import { rangeMedian } from '../../src/model/distributions';
import { sampleBreakEvenRatio, sampleScenario } from '../../src/model/monte-carlo';
import { normalDraws } from '../../src/model/random-streams';
import type { InputRange, ScenarioRanges } from '../../src/model/ranges';
import { percentilesAt } from '../../src/model/sample-statistics';
import { CHANCE_GRID, runUncertainty } from '../../src/model/uncertainty';
import type { MonteCarloReply } from '../../src/model/monte-carlo-messages';
import { createMonteCarloHandler, monteCarloReplies } from '../../src/worker/monte-carlo-handler';
import { validScenario } from './arbitraries';

const THREAD = DEFAULT_SCENARIO;
const FIVE_RANGES: ScenarioRanges = {
  neutral: { lo: 10, hi: 100 },
  toCap: { lo: 1.4, hi: 50 },
  toIndep: { lo: 0, hi: 30 },
  indepWeight: { lo: 0, hi: 100 },
  cap: { lo: 5_000, hi: 20_000 },
};

/** A range inside an input's bounds from two fractions of its span (either order). */
function rangeArbitrary(key: InputKey): fc.Arbitrary<InputRange> {
  const { min, max } = INPUT_SPECS[key];
  return fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, b]) => ({
      lo: min + (max - min) * Math.min(a, b),
      hi: min + (max - min) * Math.max(a, b),
    }));
}

/** Ranges on the inputs that move the break-even ratio (shares, weights, N). */
const verdictRanges: fc.Arbitrary<ScenarioRanges> = fc.record(
  {
    toSafety: rangeArbitrary('toSafety'),
    toIndep: rangeArbitrary('toIndep'),
    toCap: rangeArbitrary('toCap'),
    indepWeight: rangeArbitrary('indepWeight'),
    nonGen: rangeArbitrary('nonGen'),
    neutral: rangeArbitrary('neutral'),
  },
  { requiredKeys: [] },
);

describe('common random numbers', () => {
  it('the same seed and key give the same draws on every machine (pinned values)', () => {
    // Pinned so that a change of generator, seeding or normal method (which would change every
    // shared link's figures) cannot pass unnoticed.
    expect(Array.from(normalDraws(1, 'neutral', 3))).toEqual(PINNED_NEUTRAL_DRAWS);
    expect(normalDraws(1, 'neutral', 5)).toEqual(normalDraws(1, 'neutral', 5));
    expect(normalDraws(2, 'neutral', 5)).not.toEqual(normalDraws(1, 'neutral', 5));
    expect(normalDraws(1, 'toCap', 5)).not.toEqual(normalDraws(1, 'neutral', 5));
  });

  it("changing one input's range, or adding a range, leaves the other inputs' draws identical", () => {
    const base = sampleScenario(THREAD, FIVE_RANGES, { seed: 3, samples: 2_000 });
    const moved = sampleScenario(
      THREAD,
      { ...FIVE_RANGES, toCap: { lo: 20, hi: 30 }, cohort: { lo: 100, hi: 5_000 } },
      { seed: 3, samples: 2_000 },
    );
    for (const key of ['neutral', 'toIndep', 'indepWeight', 'cap'] as const) {
      expect(moved.inputs[key]).toEqual(base.inputs[key]);
    }
    expect(moved.inputs.toCap).not.toEqual(base.inputs.toCap);
  });

  it('a run gives the same samples whatever ran before it (the values kept from run to run)', () => {
    // The sampler keeps each input's values and point columns for the next run; a run must never
    // see another's, whichever scenario, ranges, seed or sample count came before.
    const sampling = fc.record({ seed: fc.nat(3), samples: fc.constantFrom(1_000, 1_500) });
    fc.assert(
      fc.property(
        validScenario,
        verdictRanges,
        sampling,
        validScenario,
        verdictRanges,
        sampling,
        (scenario, ranges, settings, before, beforeRanges, beforeSettings) => {
          const first = sampleScenario(scenario, ranges, settings);
          sampleScenario(before, beforeRanges, beforeSettings);
          const again = sampleScenario(scenario, ranges, settings);
          expect(again.breakEven).toEqual(first.breakEven);
          expect(again.netImpactAtUser).toEqual(first.netImpactAtUser);
          expect(again.fieldRatioAfter).toEqual(first.fieldRatioAfter);
          for (const key of first.ranged) expect(again.inputs[key]).toEqual(first.inputs[key]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("a run written over a finished run's arrays gives exactly a fresh run's samples", () => {
    // The worker hands each run the last one's arrays (monte-carlo-handler.ts): no value of the
    // old run may survive, whatever it was, and a run of another size gets arrays of its own.
    const sampling = fc.record({ seed: fc.nat(3), samples: fc.constantFrom(1_000, 1_500) });
    fc.assert(
      fc.property(
        validScenario,
        verdictRanges,
        sampling,
        validScenario,
        verdictRanges,
        sampling,
        (scenario, ranges, settings, before, beforeRanges, beforeSettings) => {
          const fresh = sampleScenario(scenario, ranges, settings);
          const finished = sampleScenario(before, beforeRanges, beforeSettings);
          const reusedArray = finished.breakEven;
          const over = sampleScenario(scenario, ranges, settings, finished);
          // Every column of the run, whatever the sampler lists as reusable.
          const columns = Object.entries(fresh).filter(
            ([, value]) => value instanceof Float64Array,
          );
          expect(columns.length).toBeGreaterThanOrEqual(15);
          for (const [name, column] of columns) {
            expect(over[name as keyof typeof over], name).toEqual(column);
          }
          expect(over.sharesScaled).toBe(fresh.sharesScaled);
          expect(over.breakEven === reusedArray).toBe(finished.samples === over.samples);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps the values of a range that did not move from the run before (the same array)', () => {
    const settings = { seed: 4, samples: 2_000 };
    const before = sampleScenario(THREAD, FIVE_RANGES, settings);
    const moved = sampleScenario(THREAD, { ...FIVE_RANGES, toCap: { lo: 20, hi: 30 } }, settings);
    expect(moved.inputs.neutral).toBe(before.inputs.neutral);
    expect(moved.inputs.toCap).not.toBe(before.inputs.toCap);
    expect(moved.inputs.toCap).not.toEqual(before.inputs.toCap);
  });

  it('a sample keeps its draw whatever the number of samples', () => {
    const small = sampleScenario(THREAD, FIVE_RANGES, { seed: 9, samples: 1_000 });
    const large = sampleScenario(THREAD, FIVE_RANGES, { seed: 9, samples: 3_000 });
    expect(large.inputs.neutral?.subarray(0, 1_000)).toEqual(small.inputs.neutral);
  });
});

describe('the point model is a special case', () => {
  it('point ranges on every input give exactly the headline’s figures and 0 or 100 % chances', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const ranges = Object.fromEntries(
          INPUT_KEYS.filter(canBeRange).map((key) => [
            key,
            { lo: scenario[key], hi: scenario[key] },
          ]),
        ) as ScenarioRanges;
        const summary = runUncertainty(scenario, ranges, { seed: 1, samples: 50 });
        // The page's results: the years model (issue 12), the one-cohort model at its defaults.
        const results = calculateYears(scenario);
        const exactly = (value: number) => ({ p5: value, median: value, p95: value });
        const { figures, chance } = summary;
        expect(figures.fieldRatioNow).toEqual(exactly(results.fieldNow.capabilitiesPerSafety));
        expect(figures.fieldRatioAfter).toEqual(exactly(results.fieldAfter.capabilitiesPerSafety));
        expect(figures.fieldRatioWithout).toEqual(
          exactly(results.fieldWithout.capabilitiesPerSafety),
        );
        expect(figures.newSafety).toEqual(exactly(results.placements.newSafety));
        expect(figures.newCapabilities).toEqual(exactly(results.placements.newCapabilities));
        expect(figures.netImpactAt10).toEqual(exactly(results.verdictAt10.netImpact));
        expect(figures.netImpactAt100).toEqual(exactly(results.verdictAt100.netImpact));
        expect(figures.netImpactAtUser).toEqual(exactly(results.verdictAtUser.netImpact));
        expect(figures.breakEvenRatio).toEqual(
          exactly(sampleBreakEvenRatio(results.causedSafety, results.causedCapabilities)),
        );
        const positive = (outcome: string) => (outcome === 'net-positive' ? 1 : 0);
        expect(chance.at10.share).toBe(positive(results.verdictAt10.outcome));
        expect(chance.at100.share).toBe(positive(results.verdictAt100.outcome));
        expect(chance.atUser.share).toBe(positive(results.verdictAtUser.outcome));
        expect(summary.sensitivity.base).toBe(results.verdictAtUser.netImpact);
        for (const bar of summary.sensitivity.bars) expect(bar.swing).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('shares that sum to 100 only in decimal (0.7 + 88.4 + 10.9) are not rescaled', () => {
    const scenario = { ...THREAD, toSafety: 0.7, toIndep: 88.4, toCap: 10.9 };
    const point = { lo: 0.7, hi: 0.7 };
    const summary = runUncertainty(scenario, { toSafety: point }, { seed: 1, samples: 10 });
    expect(summary.sharesScaled).toBe(0);
    expect(summary.figures.fieldRatioAfter.median).toBe(
      calculate(scenario).fieldAfter.capabilitiesPerSafety,
    );
  });

  it('no ranges at all is the point model too', () => {
    const summary = runUncertainty(THREAD, {}, { seed: 1, samples: 1_000 });
    expect(summary.ranged).toEqual([]);
    expect(summary.figures.fieldRatioAfter.median).toBe(7);
    expect(summary.figures.breakEvenRatio.median).toBe(1);
    expect(summary.chance.at10.share).toBe(1);
  });
});

describe('the chance of net positive', () => {
  it('a lognormal N whose median is the break-even ratio gives 50 % ± 1.5 points', () => {
    // 5 % in safety roles, 50 % in capabilities roles: R = 500 / 50 = 10; N from 1 to 100 has its
    // median at √(1 × 100) = 10.
    const scenario = { ...THREAD, toSafety: 5, toCap: 50 };
    expect(calculate(scenario).verdictAt10.outcome).toBe('net-neutral');
    for (const seed of [1, 2, 3, 4, 5]) {
      const summary = runUncertainty(
        scenario,
        { neutral: { lo: 1, hi: 100 } },
        { seed, samples: 10_000 },
      );
      expect(Math.abs(summary.chance.atUser.share - 0.5)).toBeLessThanOrEqual(0.015);
      expect(summary.figures.breakEvenRatio.median).toBeCloseTo(10, 12);
    }
  });

  it('a range of N that lies wholly above or below break-even gives exactly 100 % or 0 %', () => {
    // A range is a 90 % interval, so 5 % of samples lie beyond each end; "wholly" means the whole
    // domain a sample can reach (1 to 1,000 for N): R below 1 or above 1,000.
    // R = 30 / 60 = 0.5: every N ≥ 1 is above it. R = 99 / 0.05 = 1,980 (0.1 % safety, half of it
    // non-generalizing): every N ≤ 1,000 is below it.
    const safe = { ...THREAD, toSafety: 60, toCap: 30 };
    const unsafe = { ...THREAD, toSafety: 0.1, toCap: 99, nonGen: 50 };
    const r = (s: Scenario) =>
      sampleBreakEvenRatio(
        calculate(s).placements.newSafety,
        calculate(s).placements.newCapabilities,
      );
    expect(r(safe)).toBe(0.5);
    expect(r(unsafe)).toBeGreaterThan(1_000);
    fc.assert(
      fc.property(
        rangeArbitrary('neutral'),
        rangeArbitrary('cap'),
        fc.nat(1_000),
        (neutral, cap, seed) => {
          const settings = { seed, samples: 1_000 };
          const below = runUncertainty(safe, { neutral, cap }, settings);
          expect([below.chance.atUser.share, below.chance.at10.share]).toEqual([1, 1]);
          const above = runUncertainty(unsafe, { neutral, cap }, settings);
          expect([above.chance.atUser.share, above.chance.at100.share]).toEqual([0, 0]);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('ranges that cannot move the break-even ratio (field sizes, cohort) leave the point verdict', () => {
    fc.assert(
      fc.property(
        // With N from the field the field sizes set N, so they may move the verdict then.
        validScenario
          .filter((scenario) => scenario.cohort > 0)
          .map((scenario) => ({ ...scenario, nFrom: 'set' as const })),
        rangeArbitrary('cap'),
        rangeArbitrary('saf'),
        rangeArbitrary('cohort').filter((range) => range.lo > 0),
        (scenario, cap, saf, cohort) => {
          const summary = runUncertainty(
            scenario,
            { cap, saf, cohort },
            { seed: 1, samples: 1_000 },
          );
          const results = calculateYears(scenario);
          const positive = (outcome: string) => (outcome === 'net-positive' ? 1 : 0);
          expect(summary.chance.at10.share).toBe(positive(results.verdictAt10.outcome));
          expect(summary.chance.at100.share).toBe(positive(results.verdictAt100.outcome));
          expect(summary.chance.atUser.share).toBe(positive(results.verdictAtUser.outcome));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never falls as N rises, and agrees with the chances at 1 : 10 and 1 : 100', () => {
    fc.assert(
      fc.property(validScenario, verdictRanges, fc.nat(1_000), (scenario, ranges, seed) => {
        const summary = runUncertainty(scenario, ranges, { seed, samples: 1_000 });
        const shares = summary.chanceCurve.map((point) => point.share);
        for (let index = 1; index < shares.length; index += 1) {
          expect(shares[index]).toBeGreaterThanOrEqual(shares[index - 1] ?? 0);
        }
        expect(summary.chanceCurve[CHANCE_GRID.indexOf(10)]?.share).toBe(summary.chance.at10.share);
        expect(summary.chanceCurve[CHANCE_GRID.indexOf(100)]?.share).toBe(
          summary.chance.at100.share,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('uncertainty in the field sizes never changes a chance while N is set with its slider', () => {
    fc.assert(
      fc.property(
        validScenario.map((scenario) => ({ ...scenario, nFrom: 'set' as const })),
        verdictRanges,
        rangeArbitrary('cap'),
        rangeArbitrary('saf'),
        (scenario, ranges, cap, saf) => {
          const without = runUncertainty(scenario, ranges, { seed: 5, samples: 1_000 });
          const withField = runUncertainty(
            scenario,
            { ...ranges, cap, saf },
            { seed: 5, samples: 1_000 },
          );
          expect(withField.chance).toEqual(without.chance);
          expect(withField.chanceCurve).toEqual(without.chanceCurve);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts a sample at break-even as not positive, and one with no safety placements as never', () => {
    // Thread's illustration at 1 : 1 is exactly at break-even (R = 1): net neutral, not positive.
    const atOne = runUncertainty(
      { ...THREAD, neutral: 1 },
      { cap: { lo: 1_000, hi: 9_000 } },
      { seed: 1, samples: 1_000 },
    );
    expect(atOne.chance.atUser.share).toBe(0);
    expect(atOne.chanceCurve[0]).toEqual({ n: 1, share: 0 });
    expect(atOne.chanceCurve[1]?.share).toBe(1);
    const noSafety = runUncertainty(
      { ...THREAD, toSafety: 0 },
      { neutral: { lo: 1, hi: 1_000 } },
      { seed: 1, samples: 1_000 },
    );
    expect(noSafety.chance.atUser.share).toBe(0);
    expect(noSafety.figures.breakEvenRatio.median).toBe(Number.POSITIVE_INFINITY);
    expect(noSafety.edgeCounts.noSafety).toBe(1_000);
  });
});

describe('the share rule and the other summaries', () => {
  it('sampled shares that sum past 100 % are scaled down in proportion, per sample', () => {
    const set = sampleScenario(
      { ...THREAD, toSafety: 60 },
      { toCap: { lo: 30, hi: 70 } },
      { seed: 2, samples: 2_000 },
    );
    expect(set.sharesScaled).toBeGreaterThan(1_000);
    for (let index = 0; index < set.samples; index += 1) {
      const toCap = set.inputs.toCap?.[index] ?? 0;
      const total = 60 + toCap;
      const factor = total > 100 ? 100 / total : 1;
      // cohort 1,000: new capabilities = 1,000 × toCap% after scaling; safety likewise from 60 %.
      expect(set.newCapabilities[index]).toBeCloseTo(10 * toCap * factor, 9);
      expect(set.newSafety[index]).toBeCloseTo(10 * 60 * factor, 9);
    }
  });

  it('sensitivity holds the others at their medians, sorts by swing and flags bars that cross zero', () => {
    // R = 10 (5 % safety, 50 % capabilities); N from 5 to 40 crosses it, the cohort scales the
    // impact without changing its sign, the field sizes do not enter it.
    const scenario = { ...THREAD, toSafety: 5, toCap: 50 };
    const ranges = {
      neutral: { lo: 5, hi: 40 },
      cohort: { lo: 500, hi: 2_000 },
      cap: { lo: 5_000, hi: 20_000 },
    };
    const { bars, base, baseOutcome } = runUncertainty(scenario, ranges, {
      seed: 1,
      samples: 1_000,
    }).sensitivity;
    expect(bars.map((bar) => bar.key)).toEqual(['neutral', 'cohort', 'cap']);
    const [neutral, cohort, cap] = bars;
    const people = rangeMedian('cohort', ranges.cohort);
    const nMedian = rangeMedian('neutral', ranges.neutral);
    // Net impact = people × (5 % − 50 % / N).
    expect(base).toBeCloseTo(people * (0.05 - 0.5 / nMedian), 9);
    expect(baseOutcome).toBe('net-positive');
    expect(neutral).toMatchObject({ low: 5, high: 40, flips: true });
    expect(neutral?.netImpactAtLow).toBeCloseTo(people * (0.05 - 0.5 / 5), 9);
    expect(neutral?.netImpactAtHigh).toBeCloseTo(people * (0.05 - 0.5 / 40), 9);
    expect(cohort).toMatchObject({ low: 500, high: 2_000, flips: false });
    expect(cohort?.netImpactAtHigh).toBeCloseTo(2_000 * (0.05 - 0.5 / nMedian), 9);
    expect(cap).toMatchObject({ swing: 0, flips: false });
  });

  it("each input's sampled percentiles, found from its draws, are the percentiles of its values", () => {
    const settings = { seed: 6, samples: 3_000 };
    const set = sampleScenario(THREAD, FIVE_RANGES, settings);
    const summary = runUncertainty(THREAD, FIVE_RANGES, settings);
    expect(summary.inputs.map((input) => input.key)).toEqual(set.ranged);
    for (const input of summary.inputs) {
      const values = set.inputs[input.key];
      if (!values) throw new Error(`no samples of ${input.key}`);
      const [p5, median, p95] = percentilesAt(values, [0.05, 0.5, 0.95]);
      expect(input.sampled).toEqual({ p5, median, p95 });
      expect(input.median).toBe(rangeMedian(input.key, FIVE_RANGES[input.key] ?? { lo: 0, hi: 0 }));
    }
  });

  it('the histogram of net impact holds every sample, its tails counted apart', () => {
    const summary = runUncertainty(THREAD, FIVE_RANGES, { seed: 4, samples: 5_000 });
    const { bins, below, above } = summary.netImpactAtUserHistogram;
    const total = bins.reduce((sum, bin) => sum + bin.count, 0) + below + above;
    expect(total).toBe(5_000);
    expect(below + above).toBeLessThanOrEqual(0.011 * 5_000);
    expect(bins.length).toBeGreaterThan(10);
    const { p5, median, p95 } = summary.figures.netImpactAtUser;
    expect(p5).toBeLessThan(median);
    expect(median).toBeLessThan(p95);
  });
});

describe('the worker handler', () => {
  it('gives exactly what a direct call gives, for the same seed: the summary, then the bands', () => {
    const request = {
      id: 7,
      scenario: THREAD,
      ranges: FIVE_RANGES,
      sampling: { seed: 11, samples: 2_000 },
    };
    const handle = createMonteCarloHandler();
    const posted: MonteCarloReply[] = [];
    const post = (reply: MonteCarloReply) => posted.push(reply);
    handle(structuredClone(request), post);
    // The summary alone: the bands wait until the page asks for them.
    expect(posted.map((reply) => [reply.kind, reply.id, reply.ok])).toEqual([['summary', 7, true]]);
    handle({ kind: 'bands', id: 7 }, post);
    expect(posted.map((reply) => [reply.kind, reply.id, reply.ok])).toEqual([
      ['summary', 7, true],
      ['bands', 7, true],
    ]);
    const [summaryReply, bandsReply] = posted;
    if (!summaryReply?.ok || summaryReply.kind !== 'summary') return;
    if (!bandsReply?.ok || bandsReply.kind !== 'bands') return;
    // Both survive the structured clone that carries them to the page unchanged.
    const { bands, ...summary } = runUncertainty(THREAD, FIVE_RANGES, request.sampling);
    expect(structuredClone(summaryReply.summary)).toEqual(summary);
    expect(structuredClone(bandsReply.bands)).toEqual(bands);
    const other = monteCarloReplies({ ...request, sampling: { seed: 12, samples: 2_000 } });
    expect(other.summary.ok && other.summary.summary.figures).not.toEqual(
      summaryReply.summary.figures,
    );
  });

  it("answers each run as a fresh handler does, though it writes over the last run's arrays", () => {
    const handle = createMonteCarloHandler();
    const posted: MonteCarloReply[] = [];
    const post = (reply: MonteCarloReply) => posted.push(reply);
    const sampling = { seed: 2, samples: 1_000 };
    const requests = [
      { id: 1, scenario: THREAD, ranges: FIVE_RANGES, sampling },
      { id: 2, scenario: { ...THREAD, toCap: 30 }, ranges: FIVE_RANGES, sampling },
      // Run 2's bands are never asked for (a drag): run 3 writes over its kept samples.
      {
        id: 3,
        scenario: { ...THREAD, cohort: 2_000 },
        ranges: { toCap: { lo: 1, hi: 60 } },
        sampling,
      },
      { id: 4, scenario: THREAD, ranges: FIVE_RANGES, sampling: { seed: 2, samples: 1_500 } },
    ];
    for (const request of requests) {
      handle(request, post);
      if (request.id !== 2) handle({ kind: 'bands', id: request.id }, post);
      const fresh = monteCarloReplies(request);
      const replies = posted.filter((reply) => reply.id === request.id);
      expect(replies[0], `run ${request.id}'s summary`).toEqual({
        ...fresh.summary,
        elapsedMs: expect.any(Number),
      });
      if (request.id !== 2) {
        expect(replies[1], `run ${request.id}'s bands`).toEqual({
          ...fresh.bands,
          elapsedMs: expect.any(Number),
        });
      }
    }
  });

  it('gives bands only for the run it answered last, once', () => {
    const handle = createMonteCarloHandler();
    const posted: MonteCarloReply[] = [];
    const post = (reply: MonteCarloReply) => posted.push(reply);
    const sampling = { seed: 1, samples: 1_000 };
    handle({ id: 1, scenario: THREAD, ranges: FIVE_RANGES, sampling }, post);
    handle({ id: 2, scenario: THREAD, ranges: FIVE_RANGES, sampling }, post);
    // Run 1's samples went with run 2; run 2's bands come once.
    handle({ kind: 'bands', id: 1 }, post);
    handle({ kind: 'bands', id: 2 }, post);
    handle({ kind: 'bands', id: 2 }, post);
    expect(posted.map((reply) => [reply.kind, reply.id, reply.ok])).toEqual([
      ['summary', 1, true],
      ['summary', 2, true],
      ['bands', 1, false],
      ['bands', 2, true],
      ['bands', 2, false],
    ]);
  });

  it('carries the bands over the years, as a direct call gives them for the same seed', () => {
    const scenario = { ...THREAD, years: 10, perYear: 2 };
    const ranges = { ...FIVE_RANGES, drift: { lo: 0, hi: 20 } };
    const sampling = { seed: 5, samples: 2_000 };
    const { bands } = monteCarloReplies(structuredClone({ id: 8, scenario, ranges, sampling }));
    expect(bands?.ok).toBe(true);
    if (!bands?.ok) return;
    expect(structuredClone(bands.bands.years)).toEqual(
      runUncertainty(scenario, ranges, sampling).bands.years,
    );
    expect(bands.bands.years.alumniSafety.xs).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps the sample count and seed within their limits and answers bad requests with an error', () => {
    const clamped = monteCarloReplies({
      id: 1,
      scenario: THREAD,
      ranges: {},
      sampling: { seed: -4.5, samples: 5 },
    }).summary;
    expect(clamped.ok && [clamped.summary.samples, clamped.summary.seed]).toEqual([1_000, 0]);
    // A bad request gets one reply, an error, and no bands.
    for (const [request, id] of [
      [{ id: 2, scenario: { ...THREAD, cap: 'x' } }, 2],
      [{ id: 3, scenario: THREAD, ranges: { toCap: 5 } }, 3],
      [null, -1],
    ] as const) {
      const posted: MonteCarloReply[] = [];
      const handle = createMonteCarloHandler();
      handle(request, (reply: MonteCarloReply) => posted.push(reply));
      handle({ kind: 'bands', id }, (reply: MonteCarloReply) => posted.push(reply));
      expect(posted).toEqual([
        { id, kind: 'summary', ok: false, error: expect.any(String) },
        { id, kind: 'bands', ok: false, error: 'the worker has no samples of that run' },
      ]);
    }
  });
});

const PINNED_NEUTRAL_DRAWS = [-1.499339784990988, 1.511090324076333, 0.4768354592109422];

describe('the sampler over the years (issue 12)', () => {
  const long = { ...THREAD, years: 10, neutral: 2, toSafety: 60, toCap: 40 };
  const settings = { seed: 3, samples: 2_000 };

  it('a range on drift gives a chance between 0 and 1 where the point verdict flips inside it', () => {
    const point = runUncertainty(long, {}, settings);
    const ranged = runUncertainty(long, { drift: { lo: 0, hi: 50 } }, settings);
    expect(calculateYears(long).verdictAtUser.outcome).toBe('net-positive');
    expect(point.chance.atUser.share).toBe(1);
    expect(ranged.chance.atUser.share).toBeGreaterThan(0);
    expect(ranged.chance.atUser.share).toBeLessThan(1);
    // Net impact at your 1 : 2 falls as drift rises: its interval reaches below the point's.
    expect(ranged.figures.netImpactAtUser.p5).toBeLessThan(point.figures.netImpactAtUser.p5);
  });

  it('a range on anyway scales net impact but never moves a chance', () => {
    const ranges = { toCap: { lo: 20, hi: 60 } };
    const without = runUncertainty(long, ranges, settings);
    const withAnyway = runUncertainty(long, { ...ranges, anyway: { lo: 10, hi: 90 } }, settings);
    expect(withAnyway.chance).toEqual(without.chance);
    expect(withAnyway.figures.netImpactAt10.p95).toBeLessThan(without.figures.netImpactAt10.p95);
  });

  it('with N from the field, a range on importance moves the chance at your ratio', () => {
    // R = 60 / 40 = 1.5, and N = importance × 10,000 ÷ 1,000 runs from 1 to 3 across the range.
    const field = { ...THREAD, nFrom: 'field' as const, toSafety: 40, toCap: 60, importance: 0.15 };
    const summary = runUncertainty(field, { importance: { lo: 0.1, hi: 0.3 } }, settings);
    expect(summary.chance.atUser.share).toBeGreaterThan(0);
    expect(summary.chance.atUser.share).toBeLessThan(1);
    expect(
      runUncertainty({ ...field, nFrom: 'set' }, { importance: { lo: 0.1, hi: 0.3 } }, settings)
        .chance.atUser.share,
    ).toBe(1);
  });
});
