/**
 * "Over the years" (issue 12): the three charts of the years model, after the scenario charts.
 * Built as the charts panel is (charts-panel.tsx): each chart reads the store itself
 * (chart-from-store.tsx), its plot draws in its turn once it nears the viewport (plot-turns.tsx),
 * a chart far from the viewport is paused and keeps its last drawing (use-near-viewport.ts), so
 * these charts cost nothing per slider step until the reader scrolls to them, and each has its
 * own error boundary.
 */
import { memo } from 'react';
import { ChartBoundary } from './chart-boundary';
import { ChartFromStore } from './chart-from-store';
import { AlumniYearsChart, TITLE as ALUMNI_TITLE } from './charts/alumni-years-chart';
import { FieldYearsChart, TITLE as FIELD_TITLE } from './charts/field-years-chart';
import { NetImpactYearsChart, TITLE as NET_IMPACT_TITLE } from './charts/net-impact-years-chart';
import { PlotTurnContext } from './plot-turns';
import { useChartSlots } from './use-chart-slots';

export const SECTION_TITLE = 'Over the years';

/** In page order, which is also the order their plots draw in. */
const CHARTS = [
  { title: FIELD_TITLE, Chart: FieldYearsChart },
  { title: ALUMNI_TITLE, Chart: AlumniYearsChart },
  { title: NET_IMPACT_TITLE, Chart: NetImpactYearsChart },
] as const;

function YearsChartsPanelComponent() {
  const slots = useChartSlots(CHARTS);
  return (
    <section className="charts years-charts" aria-labelledby="years-charts-title">
      <h2 id="years-charts-title">{SECTION_TITLE}</h2>
      <p className="years-charts__intro">
        The program placing its cohorts year after year, from today (year 0) to the end of the last
        year, while the field grows and alumni move between the sides.
      </p>
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

export const YearsChartsPanel = memo(YearsChartsPanelComponent);

// The embed of one of these charts (embed-app.tsx) loads them through this module, so the page
// and the embed share one chunk and neither the page's first load nor another embed carries them.
export { AlumniYearsChart, FieldYearsChart, NetImpactYearsChart };
