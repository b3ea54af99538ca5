/**
 * The three charts, fed the current scenario.
 *
 * A slider move redraws only each chart's live layer (charts/live-plot.tsx), well under a
 * millisecond per chart, so the charts follow the scenario in the same render as the slider and
 * the figures: the whole page shows one scenario in every frame. Each chart reads the store
 * itself (chart-from-store.tsx), so a step re-renders neither the panel nor the boundaries.
 *
 * The recharts frames mount one after another, each once it first comes near the viewport
 * (plot-turns.tsx), so the first chart appears without waiting for the others and a chart nobody
 * scrolls to costs nothing. A chart far from the viewport is paused (use-near-viewport.ts): it
 * keeps its last drawing and catches up as it nears, so a slider step costs only the charts in
 * view. Each chart has its own error boundary (chart-boundary.tsx): a chart that throws shows a
 * message in its place and the others keep drawing.
 */
import { memo } from 'react';
import { ChartBoundary } from './chart-boundary';
import { ChartFromStore } from './chart-from-store';
import { FieldRatioChart, TITLE as FIELD_RATIO_TITLE } from './charts/field-ratio-chart';
import {
  NewResearchersChart,
  TITLE as NEW_RESEARCHERS_TITLE,
} from './charts/new-researchers-chart';
import { NetImpactChart, TITLE as NET_IMPACT_TITLE } from './charts/net-impact-chart';
import { PlotTurnContext } from './plot-turns';
import { useChartSlots } from './use-chart-slots';

/** The panel's charts, in page order (which is also the order their plots draw in). */
const CHARTS = [
  { title: FIELD_RATIO_TITLE, Chart: FieldRatioChart },
  { title: NEW_RESEARCHERS_TITLE, Chart: NewResearchersChart },
  { title: NET_IMPACT_TITLE, Chart: NetImpactChart },
] as const;

function ChartsPanelComponent() {
  const slots = useChartSlots(CHARTS);
  return (
    <section className="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Charts</h2>
      {slots.map(({ chart: { title, Chart }, ref, near, turn }) => (
        <PlotTurnContext.Provider key={title} value={turn}>
          <div ref={ref}>
            <ChartBoundary title={title} paused={!near}>
              <ChartFromStore Chart={Chart} near={near} />
            </ChartBoundary>
          </div>
        </PlotTurnContext.Provider>
      ))}
    </section>
  );
}

export const ChartsPanel = memo(ChartsPanelComponent);
