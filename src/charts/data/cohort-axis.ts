/**
 * The shared x axis of the two cohort-size charts (field ratio and net impact). Its maximum is a
 * nice round number at least twice the current cohort, so the current value sits in the left
 * half with room to see where larger cohorts lead; it only changes when the cohort crosses a
 * threshold, which keeps the axis steady while a slider moves.
 */
import { formatCount } from '../../format/format';
import { fixedAxis, type AxisSpec } from './axis';

// The samples are the model's, so the Monte Carlo worker computes the 90 % bands at exactly the
// charts' x values (src/model/chart-samples.ts).
export {
  COHORT_SAMPLE_INTERVALS,
  EMPTY_COHORT_AXIS_MAX,
  cohortAxisMax,
  cohortSamples,
} from '../../model/chart-samples';

/**
 * The cohort-size x axis from 0 to `max`, with d3's ticks: as `max` is on cohortAxisMax's ladder,
 * they are fifths of it (quarters for 2 × 10^k: 0, 500, … 2,000).
 */
export function cohortAxis(max: number): AxisSpec {
  return fixedAxis('linear', [0, max], formatCount);
}
