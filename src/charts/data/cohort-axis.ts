/**
 * The shared x axis of the two cohort-size charts (field ratio and net impact). Its maximum is a
 * nice round number at least twice the current cohort, so the current value sits in the left
 * half with room to see where larger cohorts lead; it only changes when the cohort crosses a
 * threshold, which keeps the axis steady while a slider moves.
 */
import { formatCount } from '../../format/format';
import { fixedAxis, type AxisSpec } from './axis';

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
 * The cohort-size x axis from 0 to `max`, with d3's ticks: as `max` is on the ladder above, they
 * are fifths of it (quarters for 2 × 10^k: 0, 500, … 2,000).
 */
export function cohortAxis(max: number): AxisSpec {
  return fixedAxis('linear', [0, max], formatCount);
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
