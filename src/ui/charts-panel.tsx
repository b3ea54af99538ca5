/** The three charts, fed the current scenario. */
import { memo } from 'react';
import { useScenarioStore } from '../store/scenario-store';
import { selectScenario } from '../store/selectors';
import { FieldRatioChart } from './charts/field-ratio-chart';
import { NewResearchersChart } from './charts/new-researchers-chart';
import { NetImpactChart } from './charts/net-impact-chart';

function ChartsPanelComponent() {
  const scenario = useScenarioStore(selectScenario);
  return (
    <section className="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Charts</h2>
      <FieldRatioChart scenario={scenario} />
      <NewResearchersChart scenario={scenario} />
      <NetImpactChart scenario={scenario} />
    </section>
  );
}

export const ChartsPanel = memo(ChartsPanelComponent);
