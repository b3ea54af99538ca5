/**
 * The sampler's columns, kept from run to run (./monte-carlo.ts): each range's sampled values and
 * each point input's column, which a slider step mostly leaves as they were, so they are reused
 * instead of rebuilt; and the output columns, which a run writes over a finished run's.
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

/** The columns a run writes, one value per sample (./monte-carlo.ts, SampleSet). */
const OUTPUT_COLUMNS = [
  'newSafety',
  'newCapabilities',
  'perPersonSafety',
  'perPersonCapabilities',
  'cohortSafety',
  'cohortCapabilities',
  'perPersonNetImpactAtUser',
  'breakEven',
  'fieldRatioNow',
  'fieldRatioAfter',
  'fieldRatioWithout',
  'neutral',
  'netImpactAt10',
  'netImpactAt100',
  'netImpactAtUser',
] as const;

export type OutputColumns = Record<(typeof OUTPUT_COLUMNS)[number], Float64Array>;

/**
 * The run's output columns: `recycled`'s when it has as many samples (every value is written
 * again, so none of its numbers survive), new ones otherwise.
 */
export function outputColumns(
  count: number,
  recycled: (Readonly<OutputColumns> & { readonly samples: number }) | null,
): OutputColumns {
  const reuse = recycled !== null && recycled.samples === count;
  const columns: Partial<OutputColumns> = {};
  for (const name of OUTPUT_COLUMNS) {
    columns[name] = reuse ? recycled[name] : new Float64Array(count);
  }
  return columns as OutputColumns;
}
