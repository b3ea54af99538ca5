/**
 * Where the scenario charts sample their x axes, in the model because two sides need exactly the
 * same samples: the chart builders (src/charts/data) draw their lines at them, and the Monte Carlo
 * worker computes each line's 90 % band at them (./curve-bands.ts), so band and line share every
 * x. Both are functions of the scenario's points alone.
 *
 * - The cohort-size charts (field ratio, net impact) run from 0 to a nice round maximum at least
 *   twice the current cohort, which only changes when the cohort crosses a threshold, so the axis
 *   stays steady while a slider moves.
 * - The new-researchers chart runs over the share of placed people in capabilities roles, 0 to
 *   100 %, plus the scenario's own share.
 */

/** Axis maximum when the cohort is empty: enough to show what a real cohort would do. */
export const EMPTY_COHORT_AXIS_MAX = 1_000;
/** Smallest axis for a non-empty cohort, so one or two people still get a readable axis. */
const MIN_COHORT_AXIS_MAX = 10;
/** Intervals across the axis; 60 keeps three charts cheap to redraw on every slider move. */
export const COHORT_SAMPLE_INTERVALS = 60;

/** Removes binary noise from computed samples (0.1 × 3 = 0.3, not 0.30000000000000004). */
function tidy(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(12));
}

/**
 * Smallest of 1, 2, 2.5, 5 × 10^k that is at least `value`. The axis maximum comes from this
 * ladder, not from d3's nice(), so it moves in few, large steps while the cohort slider moves.
 */
const LADDER = [1, 2, 2.5, 5, 10] as const;
function ladderCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return LADDER.map((step) => tidy(step * power)).find((top) => top >= value) ?? tidy(10 * power);
}

/** Nice round maximum (1, 2, 2.5, 5 × 10^k) at least twice the cohort; 1,000 for an empty cohort. */
export function cohortAxisMax(cohort: number): number {
  if (!Number.isFinite(cohort) || cohort <= 0) return EMPTY_COHORT_AXIS_MAX;
  return ladderCeil(Math.max(MIN_COHORT_AXIS_MAX, 2 * cohort));
}

/**
 * Evenly spaced cohort sizes from 0 to `max`, plus `current` exactly (so the marker sits on the
 * line and the readout can show it), in ascending order without duplicates. Cohorts are whole
 * people, so where the axis is wide enough the samples are rounded to whole numbers (the readout
 * and the CSV then say "33 people", not "33.3"); on the smallest axes they stay fractional so the
 * line keeps its shape.
 */
export function cohortSamples(max: number, current: number): readonly number[] {
  const samples: number[] = [];
  const whole = max >= COHORT_SAMPLE_INTERVALS;
  for (let i = 0; i <= COHORT_SAMPLE_INTERVALS; i += 1) {
    const sample = (max * i) / COHORT_SAMPLE_INTERVALS;
    samples.push(whole ? Math.round(sample) : tidy(sample));
  }
  if (Number.isFinite(current) && current >= 0 && current <= max && !samples.includes(current)) {
    samples.push(current);
    samples.sort((a, b) => a - b);
  }
  return samples;
}

/** The cohort-size charts' samples for a scenario's cohort. */
export function cohortSamplesFor(cohort: number): readonly number[] {
  return cohortSamples(cohortAxisMax(cohort), cohort);
}

/**
 * Intervals across the new-researchers chart's 0–100 % (61 samples with both ends). Every point
 * is evaluated per person of the cohort, so it does not depend on the cohort's size.
 */
const SPLIT_INTERVALS = 60;

/** 0 %, 1.67 %, … 100 %: the split chart's grid, before the scenario's own share joins it. */
export const SPLIT_SHARE_GRID: readonly number[] = Object.freeze(
  Array.from({ length: SPLIT_INTERVALS + 1 }, (_, i) =>
    Number(((100 * i) / SPLIT_INTERVALS).toPrecision(12)),
  ),
);

/**
 * The split chart's samples: the grid with the scenario's own share of placed people in
 * capabilities roles (null when nobody is placed) in its place, replacing a grid point it equals.
 */
export function splitShareSamples(current: number | null): readonly number[] {
  if (current === null) return SPLIT_SHARE_GRID;
  const samples = [...SPLIT_SHARE_GRID];
  const at = samples.findIndex((share) => share >= current);
  if (at === -1) samples.push(current);
  else samples.splice(at, samples[at] === current ? 1 : 0, current);
  return samples;
}
