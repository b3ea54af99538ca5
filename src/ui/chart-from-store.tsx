/**
 * A scenario chart fed from the store. The chart reads the store itself, rather than being
 * given the scenario by its parent, so a slider step re-renders the chart alone: not the charts
 * panel, not the chart's error boundary. While `near` is false (the chart is far from the
 * viewport, use-near-viewport.ts) it stops following the store, keeps its last drawing and
 * catches up as it nears (use-store-while.ts).
 */
import type { ComponentType, ReactElement } from 'react';
import { selectScenario } from '../store/selectors';
import { useScenarioStoreWhile } from '../store/use-store-while';
import type { ScenarioChartProps } from './charts/scenario-chart-props';
import { useChartComparison } from './use-comparison';

export function ChartFromStore({
  Chart,
  near = true,
}: {
  readonly Chart: ComponentType<ScenarioChartProps>;
  readonly near?: boolean;
}): ReactElement {
  const scenario = useScenarioStoreWhile(near, selectScenario);
  const comparison = useChartComparison();
  return <Chart scenario={scenario} comparison={comparison} paused={!near} />;
}
