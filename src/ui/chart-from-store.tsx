/**
 * A scenario chart fed from the store. The chart reads the store itself, rather than being
 * given the scenario by its parent, so a slider step re-renders the chart alone: not the charts
 * panel, not the chart's error boundary. While `near` is false (the chart is far from the
 * viewport, use-near-viewport.ts) it stops following the store, keeps its last drawing and
 * catches up as it nears (use-store-while.ts). With ranges it also passes the Monte Carlo run's
 * 90 % bands (charts/chart-band.ts).
 */
import type { ComponentType, ReactElement } from 'react';
import { chartScenarioOf, selectChartScenario } from '../store/selectors';
import { useScenarioStore } from '../store/scenario-store';
import { useScenarioStoreWhile } from '../store/use-store-while';
import { LatestScenarioContext } from './charts/latest-scenario';
import type { ScenarioChartProps } from './charts/scenario-chart-props';
import { useChartComparison } from './use-comparison';
import { useRunBands } from './use-uncertainty';

/** The store's scenario as the charts read it, for their data downloads (latest-scenario.ts). */
const latestChartScenario = () => selectChartScenario(useScenarioStore.getState());

export function ChartFromStore({
  Chart,
  near = true,
}: {
  readonly Chart: ComponentType<ScenarioChartProps>;
  readonly near?: boolean;
}): ReactElement {
  // With ranges, the last run's bands, also while a newer run goes (as the headline's chances);
  // they come after the run's summary, which does not re-render the chart. Without ranges they
  // never change, so this adds nothing to a slider step. Far from the viewport the chart does
  // not follow them either: the bands of every step of a drag re-rendered all six charts.
  const band = useRunBands(near);
  // With bands the chart draws the scenario their run answered, not the store's: its lines and
  // bands then always belong together (a line a step ahead of its band could leave it), and a
  // slider step redraws the chart once, when the run's bands come, instead of twice. Every change
  // of the scenario starts a run, so the chart reaches the store's scenario with the last run.
  // With N from the field, `neutral` is the derived N (selectors.ts, chartScenarioOf).
  const storeScenario = useScenarioStoreWhile(near && band === null, selectChartScenario);
  const scenario = band === null ? storeScenario : chartScenarioOf(band.scenario);
  const comparison = useChartComparison();
  return (
    <LatestScenarioContext value={latestChartScenario}>
      <Chart scenario={scenario} comparison={comparison} band={band} paused={!near} />
    </LatestScenarioContext>
  );
}
