/**
 * "How sure is the verdict" (issue 11): the three uncertainty charts, after the scenario charts,
 * rendered only while some input is a range (useUncertainty's status is not `none`).
 *
 * The charts draw the latest Monte Carlo summary. While a newer run is going (the store moved on
 * and the worker has not answered yet) they keep the last summary and the section says it is
 * updating (`aria-busy`, and a visible line: not a live region, which would speak on every slider
 * step). Before the first summary a line says the samples are being drawn; if the sampling fails,
 * a plain message takes the charts' place and the rest of the page works on.
 *
 * Like the charts panel, each plot draws in its turn once it nears the viewport (plot-turns.tsx),
 * and a chart far from the viewport keeps its last drawing (use-near-viewport.ts).
 */
import { memo, type ComponentType } from 'react';
import { ChartBoundary } from './chart-boundary';
import { ChanceCurveChart, TITLE as CHANCE_TITLE } from './charts/chance-curve-chart';
import {
  NetImpactDistributionChart,
  TITLE as DISTRIBUTION_TITLE,
} from './charts/net-impact-distribution-chart';
import { SensitivityChart, TITLE as SENSITIVITY_TITLE } from './charts/sensitivity-chart';
import type { UncertaintyChartProps } from './charts/uncertainty-chart-props';
import { PlotTurnContext } from './plot-turns';
import { useChartSlots } from './use-chart-slots';
import { useUncertainty } from './use-uncertainty';
import type { UncertaintyState } from '../app/uncertainty-runs';
import './uncertainty-charts.css';

export const SECTION_TITLE = 'How sure is the verdict';

/** In page order, which is also the order their plots draw in. */
const CHARTS: readonly {
  readonly title: string;
  readonly Chart: ComponentType<UncertaintyChartProps>;
}[] = [
  { title: CHANCE_TITLE, Chart: ChanceCurveChart },
  { title: DISTRIBUTION_TITLE, Chart: NetImpactDistributionChart },
  { title: SENSITIVITY_TITLE, Chart: SensitivityChart },
];

type Ready = Extract<UncertaintyState, { status: 'ready' }>;

interface SlotProps extends UncertaintyChartProps {
  readonly title: string;
  readonly Chart: ComponentType<UncertaintyChartProps>;
}

/**
 * One chart with its fault boundary. The section re-renders twice per slider step with ranges
 * (the run starts: "Updating"; its summary arrives); a chart far from the viewport keeps its
 * drawing anyway, so while it stays paused its boundary and chart are not rendered again at all.
 */
const UncertaintyChartSlot = memo(
  function UncertaintyChartSlot({ title, Chart, summary, job, paused }: SlotProps) {
    return (
      <ChartBoundary title={title} paused={paused}>
        <Chart summary={summary} job={job} paused={paused} />
      </ChartBoundary>
    );
  },
  (previous, next) =>
    previous.title === next.title &&
    previous.Chart === next.Chart &&
    ((previous.paused && next.paused) ||
      (previous.paused === next.paused &&
        previous.summary === next.summary &&
        previous.job === next.job)),
);

function UncertaintyCharts({ state }: { readonly state: Ready }) {
  const slots = useChartSlots(CHARTS);
  return (
    <>
      {slots.map(({ chart: { title, Chart }, ref, near, turn }) => (
        <PlotTurnContext.Provider key={title} value={turn}>
          <div ref={ref}>
            <UncertaintyChartSlot
              title={title}
              Chart={Chart}
              summary={state.summary}
              job={state.job}
              paused={!near}
            />
          </div>
        </PlotTurnContext.Provider>
      ))}
    </>
  );
}

const UPDATING_LINE = 'Updating: the charts show the last run until the new one arrives.';

/**
 * The status line and whether it is shown. With a summary the "updating" line keeps its place
 * while hidden (visibility only, as the figures' "updating…" word), so the charts below do not
 * move down and up again at every step of a drag: each move of theirs was a layout of the page and
 * a repaint of the three charts, twice a step.
 */
function statusLine(state: UncertaintyState): { readonly text: string; readonly shown: boolean } {
  switch (state.status) {
    case 'running':
      return { text: 'Drawing the samples…', shown: true };
    case 'ready':
      return { text: UPDATING_LINE, shown: !state.current };
    case 'failed':
      return {
        text: `The sampling failed, so these charts cannot be drawn (${state.message}). The figures and charts above still show your point values.`,
        shown: true,
      };
    default:
      return { text: '', shown: false };
  }
}

function UncertaintyChartsPanelComponent() {
  const state = useUncertainty();
  if (state.status === 'none') return null;
  const line = statusLine(state);
  const busy = state.status === 'running' || (state.status === 'ready' && !state.current);
  return (
    <section
      className="charts uncertainty-charts"
      aria-labelledby="uncertainty-charts-title"
      aria-busy={busy}
    >
      <h2 id="uncertainty-charts-title">{SECTION_TITLE}</h2>
      <p className="uncertainty-charts__intro">
        With some inputs as ranges, the page draws samples of every range and computes each one;
        these charts show how the verdict varies over them.
      </p>
      <p
        className={`uncertainty-charts__status uncertainty-charts__status--${state.status}${line.shown ? '' : ' uncertainty-charts__status--hidden'}`}
        data-export="exclude"
      >
        {line.text}
      </p>
      {state.status === 'ready' && <UncertaintyCharts state={state} />}
    </section>
  );
}

export const UncertaintyChartsPanel = memo(UncertaintyChartsPanelComponent);
