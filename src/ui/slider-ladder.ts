/**
 * Ladders: sliders that step through a list of readable values ("rungs") instead of a linear or
 * log scale. The range input's positions are rung indices, so an arrow key moves one rung and
 * Page Up / Down move about a tenth of the track (the browser's own big step).
 *
 * Why ladders: the cohort slider was linear over 0–20,000, so real cohorts of 50–300 fitted in a
 * few pixels and an arrow moved one person; the net-neutral slider was log over 1–1,000 and
 * stepped to 99.5, 98.9, … Each ladder spends its track where people's values are and lands on
 * numbers people say ("a cohort of 250", "1 : 20"). Its ends are the input's range, so every
 * linkable value keeps a slider position (the nearest rung) and 0 and the maximum stay reachable.
 *
 * Pure: tested in tests/unit/slider-ladder.test.ts.
 */
import type { InputKey } from '../model/inputs';

export interface Ladder {
  /** Strictly increasing; the first is the input's minimum and the last its maximum. */
  readonly rungs: readonly number[];
  /** Values labelled under the track (each one a rung). */
  readonly marks: readonly number[];
}

/** `from`, `from + step`, … up to `to` inclusive. */
interface Run {
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

// toPrecision(12) removes binary noise (0.1 × 3 = 0.30000000000000004) from computed rungs.
const clean = (value: number) => Number(value.toPrecision(12));

/** Joins runs of evenly spaced values into one increasing list without repeats. */
export function ladderFromRuns(runs: readonly Run[]): number[] {
  const rungs: number[] = [];
  for (const { from, to, step } of runs) {
    const count = Math.round((to - from) / step);
    for (let k = 0; k <= count; k += 1) {
      const value = clean(from + k * step);
      const last = rungs[rungs.length - 1];
      if (last === undefined || value > last) rungs.push(value);
    }
  }
  return rungs;
}

/** The same mantissas in every decade from `min` to `max` (both powers of ten). */
export function decadeLadder(min: number, max: number, mantissas: readonly number[]): number[] {
  const rungs: number[] = [];
  for (let decade = min; decade < max; decade = clean(decade * 10)) {
    for (const mantissa of mantissas) rungs.push(clean(mantissa * decade));
  }
  rungs.push(max);
  return rungs;
}

/**
 * Cohort size, 0–20,000 people: every person up to 20, then steps of 5 %–10 % of the value
 * (25, 30 … 100, 110 … 500, 525 … 1,000, 1,050 … 2,000), coarser above 2,000 where no single
 * program's cohort is. 10–2,000 takes 106 of the 148 steps, about 72 % of the track.
 */
const COHORT_RUNGS = ladderFromRuns([
  { from: 0, to: 20, step: 1 },
  { from: 25, to: 100, step: 5 },
  { from: 110, to: 500, step: 10 },
  { from: 525, to: 1_000, step: 25 },
  { from: 1_050, to: 2_000, step: 50 },
  { from: 2_250, to: 5_000, step: 250 },
  { from: 5_500, to: 10_000, step: 500 },
  { from: 11_000, to: 20_000, step: 1_000 },
]);

/** Net-neutral N, 1–1,000: 1, 1.5, 2, 3, 4, 5, 7 in each decade, evenly spread like a log scale. */
const NEUTRAL_RUNGS = decadeLadder(1, 1_000, [1, 1.5, 2, 3, 4, 5, 7]);

export const LADDERS: Readonly<Partial<Record<InputKey, Ladder>>> = {
  cohort: { rungs: COHORT_RUNGS, marks: [10, 100, 1_000, 10_000] },
  neutral: { rungs: NEUTRAL_RUNGS, marks: [10, 100] },
};

/**
 * Index of the rung nearest to `value` (the lower one on a tie). A value between rungs (from a
 * link or the number box) is shown there but is not changed until the slider is moved.
 */
export function nearestRung(rungs: readonly number[], value: number): number {
  if (rungs.length === 0 || Number.isNaN(value)) return 0;
  // Binary search for the first rung ≥ value.
  let lo = 0;
  let hi = rungs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rungs[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  const above = rungs[lo] ?? Infinity;
  const below = rungs[lo - 1];
  return below !== undefined && value - below <= above - value ? lo - 1 : lo;
}

/** Where a mark sits along the track, 0–1. */
export function markFraction(ladder: Ladder, value: number): number {
  const last = ladder.rungs.length - 1;
  return last > 0 ? nearestRung(ladder.rungs, value) / last : 0;
}
