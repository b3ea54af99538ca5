/**
 * The sampler's input columns, kept from run to run (./monte-carlo.ts): each range's sampled
 * values and each point input's column. A slider step changes one input, so the others' columns
 * are the same as in the run before and are reused instead of rebuilt.
 */
import { quantilesInto, type FittedRange } from './distributions';
import type { InputKey } from './inputs';

function sameFit(a: FittedRange, b: FittedRange): boolean {
  return (
    a.family === b.family &&
    a.lo === b.lo &&
    a.hi === b.hi &&
    a.mu === b.mu &&
    a.sigma === b.sigma &&
    a.min === b.min &&
    a.max === b.max
  );
}

/**
 * Each input's last sampled values, with the draws and the fit that made them. A run changes one
 * input at a time (a slider step), so the other ranges' values are the same arrays as in the run
 * before: turning 10,000 draws into values through the family's quantile (an exp or a logistic
 * each) was about half of a five-range run's sampling. The arrays are never written after they
 * are made, so a run may share them with the one before.
 */
const sampledValues = new Map<
  InputKey,
  { readonly draws: Float64Array; readonly fit: FittedRange; readonly values: Float64Array }
>();

export function valuesOf(key: InputKey, fit: FittedRange, draws: Float64Array): Float64Array {
  const last = sampledValues.get(key);
  if (last && last.draws === draws && sameFit(last.fit, fit)) return last.values;
  const values = new Float64Array(draws.length);
  quantilesInto(fit, draws, values);
  sampledValues.set(key, { draws, fit, values });
  return values;
}

/** An input's point in every sample, as a column: the same array while the point and count stay. */
const pointColumns = new Map<InputKey, Float64Array>();

export function pointColumn(key: InputKey, point: number, count: number): Float64Array {
  const last = pointColumns.get(key);
  if (last && last.length === count && Object.is(last[0], point)) return last;
  const column = new Float64Array(count).fill(point);
  pointColumns.set(key, column);
  return column;
}
