/**
 * Ranges (issue 11): any input may be a range instead of a point. A range is a 90 % interval: its
 * low end is the input's 5th percentile and its high end its 95th (as in Squiggle's `5 to 20` and
 * Guesstimate). Which distribution fills the interval is a property of the input's spec
 * (`rangeFamily` in ./inputs.ts), so a new input gets a range for free.
 *
 * This module holds the shared types and limits; the distributions, the sampler and the summaries
 * live beside it (see docs/model.md, "Ranges and sampling").
 */
import type { InputKey } from './inputs';

/** A 90 % interval of one input, in the input's own units; `lo ≤ hi` once sanitised. */
export interface InputRange {
  readonly lo: number;
  readonly hi: number;
}

/** The inputs that are ranges; an input without an entry is a point (its scenario value). */
export type ScenarioRanges = { readonly [K in InputKey]?: InputRange };

export const NO_RANGES: ScenarioRanges = Object.freeze({});

/**
 * The distribution family that turns an input's 90 % interval into samples:
 * - `lognormal`: inputs on a log scale (field sizes, the net-neutral ratio);
 * - `logit-normal`: inputs bounded on both sides (shares, weights, the cohort size), a normal on
 *   the logit of the value's position between the input's min and max.
 */
export type RangeFamily = 'lognormal' | 'logit-normal';

/** How the Monte Carlo run is set: the seed of its random numbers and the number of samples. */
export interface SamplingSettings {
  readonly seed: number;
  readonly samples: number;
}

/** Fixed defaults, so one link shows the same numbers on every machine. */
export const DEFAULT_SAMPLING: SamplingSettings = Object.freeze({ seed: 1, samples: 10_000 });

export const SAMPLES_MIN = 1_000;
export const SAMPLES_MAX = 100_000;
/** Seeds are whole numbers in [0, SEED_MAX]: 32-bit unsigned, the PRNG's own seed width. */
export const SEED_MAX = 0xffff_ffff;
