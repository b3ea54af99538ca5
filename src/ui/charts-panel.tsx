/**
 * The three charts, fed the current scenario.
 *
 * A slider move redraws only each chart's live layer (charts/live-plot.tsx), well under a
 * millisecond per chart, so the charts follow the scenario in the same render as the slider and
 * the figures: the whole page shows one scenario in every frame. The recharts frames mount one
 * after another, each once it first comes near the viewport (plot-turns.tsx), so the first chart
 * appears without waiting for the others and a chart nobody scrolls to costs nothing. A chart far from the viewport is paused (use-near-viewport.ts): it keeps its
 * last drawing and catches up as it nears, so a slider step costs only the charts in view. Each
 * chart has its own error boundary (chart-boundary.tsx): a chart that throws shows a message in
 * its place and the others keep drawing.
 */
import { memo, useMemo } from 'react';
import { useScenarioStore } from '../store/scenario-store';
import { selectScenario } from '../store/selectors';
import { ChartBoundary } from './chart-boundary';
import { FieldRatioChart, TITLE as FIELD_RATIO_TITLE } from './charts/field-ratio-chart';
import {
  NewResearchersChart,
  TITLE as NEW_RESEARCHERS_TITLE,
} from './charts/new-researchers-chart';
import { NetImpactChart, TITLE as NET_IMPACT_TITLE } from './charts/net-impact-chart';
import { PlotTurnContext, usePlotTurns } from './plot-turns';
import { useChartComparison } from './use-comparison';
import { useNearViewport } from './use-near-viewport';

function ChartsPanelComponent() {
  const scenario = useScenarioStore(selectScenario);
  const comparison = useChartComparison();
  // One observed slot per chart: plain blocks, so the figures lay out as without them.
  const [fieldRatioSlot, fieldRatioNear, fieldRatioMeasured] = useNearViewport<HTMLDivElement>();
  const [newResearchersSlot, newResearchersNear, newResearchersMeasured] =
    useNearViewport<HTMLDivElement>();
  const [netImpactSlot, netImpactNear, netImpactMeasured] = useNearViewport<HTMLDivElement>();
  const near = useMemo(
    () => [fieldRatioNear, newResearchersNear, netImpactNear],
    [fieldRatioNear, newResearchersNear, netImpactNear],
  );
  const measured = useMemo(
    () => [fieldRatioMeasured, newResearchersMeasured, netImpactMeasured],
    [fieldRatioMeasured, newResearchersMeasured, netImpactMeasured],
  );
  const turn = usePlotTurns(near, measured);
  return (
    <section className="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Charts</h2>
      <PlotTurnContext.Provider value={turn(0)}>
        <div ref={fieldRatioSlot}>
          <ChartBoundary
            title={FIELD_RATIO_TITLE}
            scenario={scenario}
            comparison={comparison}
            paused={!fieldRatioNear}
          >
            <FieldRatioChart scenario={scenario} comparison={comparison} paused={!fieldRatioNear} />
          </ChartBoundary>
        </div>
      </PlotTurnContext.Provider>
      <PlotTurnContext.Provider value={turn(1)}>
        <div ref={newResearchersSlot}>
          <ChartBoundary
            title={NEW_RESEARCHERS_TITLE}
            scenario={scenario}
            comparison={comparison}
            paused={!newResearchersNear}
          >
            <NewResearchersChart
              scenario={scenario}
              comparison={comparison}
              paused={!newResearchersNear}
            />
          </ChartBoundary>
        </div>
      </PlotTurnContext.Provider>
      <PlotTurnContext.Provider value={turn(2)}>
        <div ref={netImpactSlot}>
          <ChartBoundary
            title={NET_IMPACT_TITLE}
            scenario={scenario}
            comparison={comparison}
            paused={!netImpactNear}
          >
            <NetImpactChart scenario={scenario} comparison={comparison} paused={!netImpactNear} />
          </ChartBoundary>
        </div>
      </PlotTurnContext.Provider>
    </section>
  );
}

export const ChartsPanel = memo(ChartsPanelComponent);
