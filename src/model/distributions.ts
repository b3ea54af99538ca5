/**
 * The distribution behind a range (docs/model.md, "Ranges and sampling"). A range is a 90 %
 * interval, as in Squiggle's `5 to 20` and Guesstimate: its low end is the 5th percentile and its
 * high end the 95th. The input's spec names the family (`rangeFamily`):
 *
 * - `lognormal`: ln(value) is normal, with μ = (ln lo + ln hi) / 2 and σ = (ln hi − ln lo) / (2 z95);
 * - `logit-normal`: logit(position) is normal, where position = (value − min) / (max − min), fitted
 *   the same way on logit(position of lo) and logit(position of hi).
 *
 * A value is `quantile(z)`, the family's quantile at a standard normal z: monotonic in z, so one
 * stream of z per input (common random numbers) gives smooth changes when an end moves, and the
 * 5th / 95th percentiles of the samples are the ends within sampling error.
 *
 * Bound rule: an end that sits where the family's transform is infinite (0 or 100 % of a bounded
 * input's range; 0 for a lognormal) is moved inward by δ = min(precision / 2, (hi − lo) / 4), so a
 * "0 % to 20 %" range has its 5th percentile at 0.05 %: within half the input's precision of the
 * end, which is below what the page shows. Lognormal samples past the input's min or max are set to
 * it (censored), which leaves every percentile inside the range where it was. A point range
 * (lo = hi) gives exactly the point, without any of this.
 */
import { INPUT_SPECS, type InputKey } from './inputs';
import type { InputRange, RangeFamily } from './ranges';

/** The standard normal's 95th percentile: Φ⁻¹(0.95). A 90 % interval is μ ± Z95 σ. */
export const Z95 = 1.6448536269514722;

/** One range fitted to its family: everything the sampler needs to turn a z into a value. */
export interface FittedRange {
  readonly key: InputKey;
  readonly family: RangeFamily;
  /** The range's ends after normalising (clamped into the input's min–max, lo ≤ hi). */
  readonly lo: number;
  readonly hi: number;
  /** Location and scale on the family's transformed axis (ln value, or logit of the position). */
  readonly mu: number;
  readonly sigma: number;
  /** The input's bounds: no value leaves them. */
  readonly min: number;
  readonly max: number;
}

/** What the UI says about each family in one line (the "90 % between …" text is in src/format). */
export const RANGE_FAMILY_DESCRIPTIONS: { readonly [F in RangeFamily]: string } = {
  lognormal:
    'lognormal: the logarithm of the value is normal, so the range is skewed towards its high end and spans orders of magnitude evenly',
  'logit-normal':
    'logit-normal: the log-odds of the value’s position between the input’s minimum and maximum is normal, so samples never leave those bounds',
};

/**
 * The ends of a range as the model uses them: non-finite ends replaced by the point value, both
 * clamped into the input's min–max, and swapped when reversed. The link codec sanitises ranges
 * already; this keeps the model total for any caller.
 */
export function normaliseRange(key: InputKey, range: InputRange, point: number): InputRange {
  const { min, max } = INPUT_SPECS[key];
  const clamp = (value: number) =>
    Math.min(max, Math.max(min, Number.isFinite(value) ? value : point));
  const a = clamp(range.lo);
  const b = clamp(range.hi);
  return a <= b ? { lo: a, hi: b } : { lo: b, hi: a };
}

/** The bound rule (module comment): how far an end on an infinite edge of the transform moves in. */
function boundNudge(key: InputKey, lo: number, hi: number): number {
  return Math.min(INPUT_SPECS[key].precision / 2, (hi - lo) / 4);
}

/**
 * Positions closer than this to 0 or 1 are taken as this far from them, so the logit stays finite
 * for ends that the bound rule leaves within a hair of a bound (a range of 1e-300 people). Far
 * below any precision the page shows.
 */
const POSITION_FLOOR = 1e-12;

function logit(p: number): number {
  const q = Math.min(1 - POSITION_FLOOR, Math.max(POSITION_FLOOR, p));
  return Math.log(q / (1 - q));
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Fits the input's family to a range so that its 5th and 95th percentiles are the range's ends. */
export function fitRange(key: InputKey, range: InputRange, point = range.lo): FittedRange {
  const spec = INPUT_SPECS[key];
  const { lo, hi } = normaliseRange(key, range, point);
  // An input that is never a range (`years`) is never fitted; the fallback only satisfies types.
  const family = spec.rangeFamily ?? 'logit-normal';
  const base = { key, family, lo, hi, min: spec.min, max: spec.max };
  if (lo === hi) return { ...base, mu: 0, sigma: 0 };
  const nudge = boundNudge(key, lo, hi);
  if (family === 'lognormal') {
    const a = Math.log(lo > 0 ? lo : nudge);
    const b = Math.log(hi);
    return { ...base, mu: (a + b) / 2, sigma: (b - a) / (2 * Z95) };
  }
  const span = spec.max - spec.min;
  const a = logit((Math.max(lo, spec.min + nudge) - spec.min) / span);
  const b = logit((Math.min(hi, spec.max - nudge) - spec.min) / span);
  return { ...base, mu: (a + b) / 2, sigma: (b - a) / (2 * Z95) };
}

/**
 * The fitted distribution's quantile at standard normal z: the value a sample with draw z takes.
 * Non-decreasing in z, always within the input's min–max, exactly the point for a point range.
 */
export function quantileAtZ(fit: FittedRange, z: number): number {
  if (fit.lo === fit.hi) return fit.lo;
  const x = fit.mu + fit.sigma * z;
  const value =
    fit.family === 'lognormal' ? Math.exp(x) : fit.min + (fit.max - fit.min) * logistic(x);
  return Math.min(fit.max, Math.max(fit.min, value));
}

/** The median of a range's distribution (z = 0): where the sensitivity view holds an input. */
export function rangeMedian(key: InputKey, range: InputRange, point = range.lo): number {
  return quantileAtZ(fitRange(key, range, point), 0);
}

/**
 * Fills `out` with the values of draws `z` (same length), without allocating: the sampler's hot
 * loop. The same formula as quantileAtZ, so a sample and the median agree to the last bit.
 */
export function quantilesInto(fit: FittedRange, z: Float64Array, out: Float64Array): void {
  for (let index = 0; index < z.length; index += 1) out[index] = quantileAtZ(fit, z[index] ?? 0);
}
