/**
 * The props of the three uncertainty charts (issue 11) and when they redraw: only when a new
 * Monte Carlo summary arrives, never while `paused` (far from the viewport). Their data moves
 * with the worker's answers, not with every slider step, so one comparison by identity suffices.
 */
import type { MonteCarloJob } from '../../app/monte-carlo-client';
import type { UncertaintySummary } from '../../model/uncertainty';

export interface UncertaintyChartProps {
  readonly summary: UncertaintySummary;
  /** The scenario, ranges and sampling the summary answers (its N is "your ratio"). */
  readonly job: MonteCarloJob;
  readonly paused?: boolean;
}

export function skipUnlessNewSummary(
  previous: UncertaintyChartProps,
  next: UncertaintyChartProps,
): boolean {
  return next.paused === true || (previous.summary === next.summary && previous.job === next.job);
}
