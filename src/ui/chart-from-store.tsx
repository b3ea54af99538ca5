/**
 * A scenario chart fed from the store. The chart reads the store itself, rather than being
 * given the scenario by its parent, so a slider step re-renders the chart alone: not the charts
 * panel, not the chart's error boundary. While `near` is false (the chart is far from the
 * viewport, use-near-viewport.ts) it stops following the store, keeps its last drawing and
 * catches up as it nears (use-store-while.ts). With ranges it also passes the Monte Carlo run's
 * 90 % bands (charts/chart-band.ts).
 */
import type { ComponentType, ReactElement } from 'react';
import { selectChartScenario } from '../store/selectors';
import { useScenarioStoreWhile } from '../store/use-store-while';
import type { ScenarioChartProps } from './charts/scenario-chart-props';
import { useChartComparison } from './use-comparison';
import { useRunBands } from './use-uncertainty';

export function ChartFromStore({
  Chart,
  near = true,
}: {
  readonly Chart: ComponentType<ScenarioChartProps>;
  readonly near?: boolean;
}): ReactElement {
  // With N from the field, `neutral` is the derived N (selectors.ts, chartScenarioOf).
  const scenario = useScenarioStoreWhile(near, selectChartScenario);
  const comparison = useChartComparison();
  // With ranges, the last run's bands, also while a newer run goes (as the headline's chances);
  // they usually come with the run's summary (one commit), and a summary alone does not
  // re-render the chart. Without ranges they
  // never change, so this adds nothing to a slider step. Far from the viewport the chart does
  // not follow them either: the bands of every step of a drag re-rendered all six charts.
  const band = useRunBands(near);
  return <Chart scenario={scenario} comparison={comparison} band={band} paused={!near} />;
}
