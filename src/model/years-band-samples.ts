/**
 * The samples the years bands step through (./years-bands.ts): each sample's yearly rates and its
 * state at the end of the year, in typed arrays reused from run to run, filled from the run's
 * columns with the same numbers as years.ts's runYearsInto.
 */
import type { Scenario } from './inputs';
import type { SampleSet } from './monte-carlo';

/**
 * Scratch arrays, grown as needed and reused by every run (a 100,000-sample run would otherwise
 * allocate about 10 MB each time): the samples' yearly rates and their state. They stay in the
 * worker at the largest run's size, as the other bands' buffers do.
 */
const SCRATCH_NAMES = [
  'capFactor',
  'safFactor',
  'drift',
  'pivot',
  'addSafety',
  'addCapabilities',
  'anyway',
  'keep',
  'boost',
  'baseCapabilities',
  'baseSafety',
  'alumniSafety',
  'alumniCapabilities',
] as const;
type ScratchName = (typeof SCRATCH_NAMES)[number];
type Scratch = Record<ScratchName, Float64Array>;
let scratch: Scratch | null = null;

/** The scratch arrays, at least `count` long. */
function scratchArrays(count: number): Scratch {
  if (scratch === null || scratch.capFactor.length < count) {
    scratch = Object.fromEntries(
      SCRATCH_NAMES.map((name) => [name, new Float64Array(count)]),
    ) as Scratch;
  }
  return scratch;
}

/** Every sample's yearly rates (years.ts, runYearsInto: the same numbers) and its state. */
export interface Samples {
  readonly count: number;
  readonly capFactor: Float64Array;
  readonly safFactor: Float64Array;
  readonly drift: Float64Array;
  readonly pivot: Float64Array;
  readonly addSafety: Float64Array;
  readonly addCapabilities: Float64Array;
  /** anyway / 100, 1 − anyway / 100 and 1 + capBoost / 100. */
  readonly anyway: Float64Array;
  readonly keep: Float64Array;
  readonly boost: Float64Array;
  /** The base field and the alumni at the end of the year, from the base field now. */
  readonly baseCapabilities: Float64Array;
  readonly baseSafety: Float64Array;
  readonly alumniSafety: Float64Array;
  readonly alumniCapabilities: Float64Array;
  /** Each sample's N in use (the run's). */
  readonly neutral: Float64Array;
}

/*
 * The columns are filled by these small loops, one input at a time, rather than in one loop that
 * reads each input through a closure (its column, or its point): which closure an input gets
 * depends on which inputs are ranges, so V8 threw away that loop's optimised code whenever a run
 * had other ranges, and optimised it again (30–50 ms of compiling on a background thread each
 * time, a core the page shares with the worker).
 */

/** out[i] = offset + sign × v / 100, with v the input in sample i (its point where it is not a range). */
function fillPercent(
  out: Float64Array,
  values: Float64Array | undefined,
  point: number,
  offset: number,
  sign: number,
): void {
  if (values === undefined) {
    out.fill(offset + sign * (point / 100));
    return;
  }
  for (let i = 0; i < out.length; i += 1) out[i] = offset + sign * ((values[i] ?? point) / 100);
}

/** out[i] = the input in sample i. */
function fillValues(out: Float64Array, values: Float64Array | undefined, point: number): void {
  if (values === undefined) {
    out.fill(point);
    return;
  }
  for (let i = 0; i < out.length; i += 1) out[i] = values[i] ?? point;
}

/** out[i] = cohorts per year in sample i × one cohort's placements in it. */
function fillYearly(
  out: Float64Array,
  perYear: Float64Array | undefined,
  point: number,
  cohort: Float64Array,
): void {
  for (let i = 0; i < out.length; i += 1) {
    out[i] = (perYear === undefined ? point : (perYear[i] ?? point)) * (cohort[i] ?? 0);
  }
}

export function samplesOf(set: SampleSet, scenario: Scenario, count: number): Samples {
  const { inputs } = set;
  const grown = scratchArrays(count);
  const array = (name: ScratchName) => grown[name].subarray(0, count);
  const samples: Samples = {
    count,
    capFactor: array('capFactor'),
    safFactor: array('safFactor'),
    drift: array('drift'),
    pivot: array('pivot'),
    addSafety: array('addSafety'),
    addCapabilities: array('addCapabilities'),
    anyway: array('anyway'),
    keep: array('keep'),
    boost: array('boost'),
    baseCapabilities: array('baseCapabilities'),
    baseSafety: array('baseSafety'),
    alumniSafety: array('alumniSafety'),
    alumniCapabilities: array('alumniCapabilities'),
    neutral: set.neutral,
  };
  // years.ts, runYearsInto: 1 + growth / 100, drift / 100, pivot / 100, anyway / 100,
  // 1 − anyway / 100 and 1 + capBoost / 100 (1 × x and a + (−1) × x are x and a − x exactly).
  fillPercent(samples.capFactor, inputs.capGrowth, scenario.capGrowth, 1, 1);
  fillPercent(samples.safFactor, inputs.safGrowth, scenario.safGrowth, 1, 1);
  fillPercent(samples.drift, inputs.drift, scenario.drift, 0, 1);
  fillPercent(samples.pivot, inputs.pivot, scenario.pivot, 0, 1);
  fillPercent(samples.anyway, inputs.anyway, scenario.anyway, 0, 1);
  fillPercent(samples.keep, inputs.anyway, scenario.anyway, 1, -1);
  fillPercent(samples.boost, inputs.capBoost, scenario.capBoost, 1, 1);
  fillYearly(samples.addSafety, inputs.perYear, scenario.perYear, set.cohortSafety);
  fillYearly(samples.addCapabilities, inputs.perYear, scenario.perYear, set.cohortCapabilities);
  fillValues(samples.baseCapabilities, inputs.cap, scenario.cap);
  fillValues(samples.baseSafety, inputs.saf, scenario.saf);
  samples.alumniSafety.fill(0);
  samples.alumniCapabilities.fill(0);
  return samples;
}
