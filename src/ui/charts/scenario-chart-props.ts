/**
 * The props every scenario chart takes, and when a chart redraws: only when an input it depends
 * on (or the comparison, or the Monte Carlo run's bands) changed, and never while `paused`, that is far from the viewport
 * (ui/use-near-viewport.ts). A paused chart keeps its last drawing; when it is unpaused, React
 * compares the props it last drew with the current ones and redraws if they differ.
 */
import type { Scenario } from '../../model/inputs';
import type { ChartBandSource } from './chart-band';
import type { ChartComparison } from './chart-comparison';

export interface ScenarioChartProps {
  readonly scenario: Scenario;
  readonly comparison?: ChartComparison | null;
  /** With ranges, the last Monte Carlo run's 90 % bands (chart-band.ts); null or absent without. */
  readonly band?: ChartBandSource | null;
  /** Far from the viewport: keep the last drawing until it nears. */
  readonly paused?: boolean;
}

/** A memo comparison for a scenario chart, given which scenario changes it draws. */
export function skipRedrawUnless(
  sameInputs: (previous: Scenario, next: Scenario) => boolean,
): (previous: ScenarioChartProps, next: ScenarioChartProps) => boolean {
  return (previous, next) =>
    next.paused === true ||
    (previous.comparison === next.comparison &&
      previous.band === next.band &&
      sameInputs(previous.scenario, next.scenario));
}
