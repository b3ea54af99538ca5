/**
 * The three charts, fed the current scenario.
 *
 * Redrawing a recharts chart is tens of milliseconds of main-thread work, so the charts follow
 * the scenario one at a time (use-staggered-values.ts): the urgent render of a slider move (the
 * slider, the figures) leaves them alone, then each chart the move affects redraws in its own
 * transition, one per frame, so no task holds two charts' work. On page load the plots draw one
 * after another too (plot-turns.tsx), so the first chart appears without waiting for the others.
 */
import { memo } from 'react';
import {
  fieldRatioInputsEqual,
  netImpactInputsEqual,
  newResearchersInputsEqual,
} from '../charts/data/same-inputs';
import { useScenarioStore } from '../store/scenario-store';
import { selectScenario } from '../store/selectors';
import { FieldRatioChart } from './charts/field-ratio-chart';
import { NewResearchersChart } from './charts/new-researchers-chart';
import { NetImpactChart } from './charts/net-impact-chart';
import { PlotTurnContext, usePlotTurns } from './plot-turns';
import { useChartComparison } from './use-comparison';
import { useStaggeredValues } from './use-staggered-values';

/** What each chart depends on, in page order (the charts' memo uses the same checks). */
const CHART_INPUTS = [fieldRatioInputsEqual, newResearchersInputsEqual, netImpactInputsEqual];

function ChartsPanelComponent() {
  const scenario = useScenarioStore(selectScenario);
  const [fieldRatio = scenario, newResearchers = scenario, netImpact = scenario] =
    useStaggeredValues(scenario, CHART_INPUTS);
  const turn = usePlotTurns(3);
  const comparison = useChartComparison();
  return (
    <section className="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Charts</h2>
      <PlotTurnContext.Provider value={turn(0)}>
        <FieldRatioChart scenario={fieldRatio} comparison={comparison} />
      </PlotTurnContext.Provider>
      <PlotTurnContext.Provider value={turn(1)}>
        <NewResearchersChart scenario={newResearchers} comparison={comparison} />
      </PlotTurnContext.Provider>
      <PlotTurnContext.Provider value={turn(2)}>
        <NetImpactChart scenario={netImpact} comparison={comparison} />
      </PlotTurnContext.Provider>
    </section>
  );
}

export const ChartsPanel = memo(ChartsPanelComponent);
