/**
 * The shared x axis of the two cohort-size charts (field ratio and net impact). Its maximum is a
 * nice round number at least twice the current cohort, so the current value sits in the left
 * half with room to see where larger cohorts lead; it only changes when the cohort crosses a
 * threshold, which keeps the axis steady while a slider moves.
 */
import { niceCeil, tidy } from './nice-scale';

/** Axis maximum when the cohort is empty: enough to show what a real cohort would do. */
export const EMPTY_COHORT_AXIS_MAX = 1_000;
/** Smallest axis for a non-empty cohort, so one or two people still get a readable axis. */
const MIN_COHORT_AXIS_MAX = 10;
/** Intervals across the axis; 60 keeps three charts cheap to redraw on every slider move. */
export const COHORT_SAMPLE_INTERVALS = 60;

/** Nice round maximum (1, 2, 2.5, 5 × 10^k) at least twice the cohort; 1,000 for an empty cohort. */
export function cohortAxisMax(cohort: number): number {
  if (!Number.isFinite(cohort) || cohort <= 0) return EMPTY_COHORT_AXIS_MAX;
  return niceCeil(Math.max(MIN_COHORT_AXIS_MAX, 2 * cohort));
}

// The axis maximum takes few distinct values, so domains and ticks are cached per maximum and
// stay the same objects while a slider moves (recharts then skips re-registering the axis).
const domainCache = new Map<number, readonly [number, number]>();
const ticksCache = new Map<number, readonly number[]>();

/** [0, max] as the same array for the same maximum. */
export function cohortDomain(max: number): readonly [number, number] {
  let domain = domainCache.get(max);
  if (domain === undefined) {
    domain = [0, max];
    domainCache.set(max, domain);
  }
  return domain;
}

/** 5 or 6 evenly spaced ticks from 0 to `max` (max is a nice number, so the steps are too). */
export function cohortTicks(max: number): readonly number[] {
  let ticks = ticksCache.get(max);
  if (ticks === undefined) {
    ticks = computeCohortTicks(max);
    ticksCache.set(max, ticks);
  }
  return ticks;
}

function computeCohortTicks(max: number): readonly number[] {
  const mantissa = tidy(max / 10 ** Math.floor(Math.log10(max)));
  // 1 → fifths (0, 200, … 1,000); 2 → quarters (0, 500, … 2,000); 2.5 and 5 → fifths.
  const intervals = mantissa === 2 ? 4 : 5;
  const ticks: number[] = [];
  for (let i = 0; i <= intervals; i += 1) ticks.push(tidy((max * i) / intervals));
  return ticks;
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
