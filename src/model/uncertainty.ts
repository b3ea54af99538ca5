/**
 * What the page shows about a Monte Carlo run (docs/model.md, "Ranges and sampling"): the chance
 * of net positive at 1 : 10, 1 : 100 and at your ratio, the chance against N, the 5th, 50th and
 * 95th percentiles of every headline figure, the distribution of net impact at your ratio and the
 * sensitivity of it to each range. Everything returned is a plain object of numbers and strings
 * (it crosses from the worker to the page by structured clone); only the break-even ratio's
 * percentiles may be +∞ ("never").
 *
 * Chance rule: a sample is net positive at 1 : N when its break-even ratio R is below N by more
 * than the model's break-even tolerance, R < N × (1 − 1e-9), exactly calculate.ts's verdict. A
 * sample at break-even is net neutral, not positive; one with no safety placements, or with
 * nothing placed, has R = +∞ and is never positive; one with no capabilities placements has R = 0
 * and is positive at every N ≥ 1.
 */
import { BREAK_EVEN_TOLERANCE } from './calculate';
import { curveBands, type CurveBands } from './curve-bands';
import { fitRange, quantileAtZ } from './distributions';
import { INPUT_SPECS, type InputKey, type Scenario } from './inputs';
import { sampleScenario, type SampleSet } from './monte-carlo';
import type { RangeFamily, SamplingSettings, ScenarioRanges } from './ranges';
import { neutralVariesPerSample } from './ranges-in-use';
import { interpolate, orderStatistics, type OrderStatistic } from './order-statistics';
import {
  countsBelow,
  histogramOf,
  mean,
  percentiles,
  percentilesAt,
  type Histogram,
  type Percentiles,
} from './sample-statistics';
import { sensitivityOf, type Sensitivity } from './sensitivity';

/** The chance of net positive at one N: `positive` of `samples` samples, and their share (0–1). */
export interface Chance {
  readonly positive: number;
  readonly samples: number;
  readonly share: number;
}

export interface ChancePoint {
  readonly n: number;
  readonly share: number;
}

/** One ranged input: its range, family and fitted median, and what the samples show of it. */
export interface InputSummary {
  readonly key: InputKey;
  readonly lo: number;
  readonly hi: number;
  readonly family: RangeFamily;
  /** The fitted distribution's median (where the sensitivity view holds the input). */
  readonly median: number;
  readonly sampled: Percentiles;
  readonly mean: number;
}

export type { CurveBand, CurveBands } from './curve-bands';
export type { Histogram, Percentiles };

export interface UncertaintySummary {
  readonly samples: number;
  readonly seed: number;
  readonly ranged: readonly InputKey[];
  /**
   * Whether each sample has its own N at "your ratio" (a range on N, or with N from the field on
   * what it is derived from): ./ranges-in-use.ts, `neutralVariesPerSample`.
   */
  readonly neutralVaries: boolean;
  readonly chance: { readonly at10: Chance; readonly at100: Chance; readonly atUser: Chance };
  /** The chance of net positive at N on CHANCE_GRID (1 to 1,000, evenly on a log axis). */
  readonly chanceCurve: readonly ChancePoint[];
  readonly figures: {
    readonly fieldRatioNow: Percentiles;
    readonly fieldRatioAfter: Percentiles;
    /** The field at the end of year Y with only the alumni who would have entered anyway. */
    readonly fieldRatioWithout: Percentiles;
    readonly newSafety: Percentiles;
    readonly newCapabilities: Percentiles;
    /** R, the break-even ratio 1 : R; +∞ where samples have no safety placements. */
    readonly breakEvenRatio: Percentiles;
    /** 100 × R, "capabilities per 100 safety" (the same samples as breakEvenRatio). */
    readonly capabilitiesPer100Safety: Percentiles;
    readonly netImpactAt10: Percentiles;
    readonly netImpactAt100: Percentiles;
    readonly netImpactAtUser: Percentiles;
  };
  /** Samples with no safety placements (R = +∞), with no capabilities placements (R = 0), with neither. */
  readonly edgeCounts: {
    readonly noSafety: number;
    readonly noCapabilities: number;
    readonly nothingPlaced: number;
  };
  /** Samples whose shares summed past 100 % and were scaled down (the share rule). */
  readonly sharesScaled: number;
  readonly netImpactAtUserHistogram: Histogram;
  readonly sensitivity: Sensitivity;
  readonly inputs: readonly InputSummary[];
}

/**
 * A whole run in one: the summary and the 90 % bands around the charts' lines, at the charts' own
 * x samples (./curve-bands.ts). The worker sends the two apart (the bands take longer than all the
 * rest: src/worker/monte-carlo-handler.ts); tests and in-page callers take them together.
 */
export interface UncertaintyRun extends UncertaintySummary {
  readonly bands: CurveBands;
}

/** Points per decade of the chance curve: 40, so 121 points from 1 to 1,000 with 10 and 100 on it. */
const CHANCE_POINTS_PER_DECADE = 40;
export const CHANCE_GRID: readonly number[] = Array.from(
  { length: 3 * CHANCE_POINTS_PER_DECADE + 1 },
  (_, index) => 10 ** (index / CHANCE_POINTS_PER_DECADE),
);

/** About this many bins in the net impact histogram (d3's nice steps of 1, 2 or 5 × 10^k). */
const HISTOGRAM_BINS = 40;
/** The histogram spans the 0.5th to 99.5th percentiles, so a long tail does not squash the rest. */
const HISTOGRAM_TAIL = 0.005;

/** The largest R that is net positive at 1 : N (the chance rule in the module comment). */
function positiveBelow(n: number): number {
  return n * (1 - BREAK_EVEN_TOLERANCE);
}

function chance(positive: number, samples: number): Chance {
  return { positive, samples, share: samples > 0 ? positive / samples : 0 };
}

/** The chance of net positive at each N of `ns` (ascending), from the samples' break-even ratios. */
export function chancesAt(breakEven: Float64Array, ns: readonly number[]): Chance[] {
  return countsBelow(breakEven, ns.map(positiveBelow)).map((positive) =>
    chance(positive, breakEven.length),
  );
}

/** The chance at each sample's own N (your ratio, when it is a range too). */
function chanceAtOwnN(breakEven: Float64Array, neutral: Float64Array): Chance {
  let positive = 0;
  for (let index = 0; index < breakEven.length; index += 1) {
    if ((breakEven[index] ?? Number.NaN) < positiveBelow(neutral[index] ?? Number.NaN)) {
      positive += 1;
    }
  }
  return chance(positive, breakEven.length);
}

/** The order statistics of each input's draws at p5, median, p95: the same for every run of a seed. */
const drawStatistics = new WeakMap<Float64Array, readonly OrderStatistic[]>();

function drawOrderStatistics(draws: Float64Array): readonly OrderStatistic[] {
  let statistics = drawStatistics.get(draws);
  if (!statistics) {
    statistics = orderStatistics(draws, [0.05, 0.5, 0.95]);
    drawStatistics.set(draws, statistics);
  }
  return statistics;
}

function inputSummaries(
  set: SampleSet,
  scenario: Scenario,
  ranges: ScenarioRanges,
): InputSummary[] {
  return set.ranged.flatMap((key) => {
    const range = ranges[key];
    const values = set.inputs[key];
    const draws = set.draws[key];
    if (!range || !values || !draws) return [];
    const fit = fitRange(key, range, scenario[key]);
    // An input's values are a non-decreasing function of its draws, so their percentiles are
    // that function of the draws' order statistics (exactly what selecting on the values gives).
    const [p5, median, p95] = drawOrderStatistics(draws).map((statistic) =>
      interpolate(statistic, (z) => quantileAtZ(fit, z)),
    );
    return [
      {
        key,
        lo: fit.lo,
        hi: fit.hi,
        family: INPUT_SPECS[key].rangeFamily ?? 'logit-normal',
        median: quantileAtZ(fit, 0),
        sampled: { p5: p5 ?? Number.NaN, median: median ?? Number.NaN, p95: p95 ?? Number.NaN },
        mean: mean(values),
      },
    ];
  });
}

/** Samples with no safety placements, with no capabilities placements, with neither. */
function edgeCountsOf(set: SampleSet): UncertaintySummary['edgeCounts'] {
  return {
    noSafety: countAtMostZero(set.newSafety, set.samples),
    noCapabilities: countAtMostZero(set.newCapabilities, set.samples),
    nothingPlaced: countBothAtMostZero(set.newSafety, set.newCapabilities, set.samples),
  };
}

/*
 * Three passes that each return a count, not one that fills an object: V8 compiles a long loop
 * during its first run and keeps that code, so an object built after the loop, in the same
 * function, fell back to the interpreter on every run (docs/architecture.md, "Loops in the
 * worker"). The counts add without a branch, so a count that is usually 0 has type feedback too.
 */

/** How many of the first `count` values are ≤ 0. */
function countAtMostZero(values: Float64Array, count: number): number {
  let found = 0;
  for (let index = 0; index < count; index += 1) found += (values[index] ?? 0) <= 0 ? 1 : 0;
  return found;
}

/** How many of the first `count` indices have both values ≤ 0. */
function countBothAtMostZero(a: Float64Array, b: Float64Array, count: number): number {
  let found = 0;
  for (let index = 0; index < count; index += 1) {
    found += ((a[index] ?? 0) <= 0 ? 1 : 0) * ((b[index] ?? 0) <= 0 ? 1 : 0);
  }
  return found;
}

/**
 * Summarises a run (see the module comment for the rules).
 *
 * Why it has no loop of its own and reads arrays by index, not by destructuring: it runs once a
 * run, and every loop is in a function it calls. A loop over the samples here made V8 optimise
 * this whole function with all those callees inlined (about 70 ms of compiling on a background
 * thread), and destructuring arrays whose element kind depends on the data (whole numbers or
 * not) threw that code away again on the next run, up to 24 times in one slider's drag; that
 * compiling took a core from the page (docs/architecture.md, "Data flow of one slider move").
 */
export function summariseSamples(
  set: SampleSet,
  scenario: Scenario,
  ranges: ScenarioRanges,
): UncertaintySummary {
  const breakEvenRatio = percentiles(set.breakEven);
  const atUser = percentilesAt(set.netImpactAtUser, [
    HISTOGRAM_TAIL,
    0.05,
    0.5,
    0.95,
    1 - HISTOGRAM_TAIL,
  ]);
  const tailLow = atUser[0] ?? 0;
  const tailHigh = atUser[4] ?? 0;
  const curve = chancesAt(set.breakEven, CHANCE_GRID);
  const atTenAndHundred = chancesAt(set.breakEven, [10, 100]);
  return {
    samples: set.samples,
    seed: set.seed,
    ranged: set.ranged,
    neutralVaries: neutralVariesPerSample(scenario, set.ranged),
    chance: {
      at10: atTenAndHundred[0] ?? chance(0, 0),
      at100: atTenAndHundred[1] ?? chance(0, 0),
      atUser: chanceAtOwnN(set.breakEven, set.neutral),
    },
    chanceCurve: CHANCE_GRID.map((n, index) => ({ n, share: curve[index]?.share ?? 0 })),
    figures: {
      fieldRatioNow: percentiles(set.fieldRatioNow),
      fieldRatioAfter: percentiles(set.fieldRatioAfter),
      fieldRatioWithout: percentiles(set.fieldRatioWithout),
      newSafety: percentiles(set.newSafety),
      newCapabilities: percentiles(set.newCapabilities),
      breakEvenRatio,
      capabilitiesPer100Safety: {
        p5: 100 * breakEvenRatio.p5,
        median: 100 * breakEvenRatio.median,
        p95: 100 * breakEvenRatio.p95,
      },
      netImpactAt10: percentiles(set.netImpactAt10),
      netImpactAt100: percentiles(set.netImpactAt100),
      netImpactAtUser: { p5: atUser[1] ?? 0, median: atUser[2] ?? 0, p95: atUser[3] ?? 0 },
    },
    edgeCounts: edgeCountsOf(set),
    sharesScaled: set.sharesScaled,
    netImpactAtUserHistogram: histogramOf(set.netImpactAtUser, tailLow, tailHigh, HISTOGRAM_BINS),
    sensitivity: sensitivityOf(scenario, ranges),
    inputs: inputSummaries(set, scenario, ranges),
  };
}

/** Samples the scenario with its ranges, summarises the run and computes its bands. */
export function runUncertainty(
  scenario: Scenario,
  ranges: ScenarioRanges,
  settings: SamplingSettings,
): UncertaintyRun {
  const set = sampleScenario(scenario, ranges, settings);
  return { ...summariseSamples(set, scenario, ranges), bands: curveBands(set, scenario) };
}
