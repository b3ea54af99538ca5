/**
 * The scenario a chart's data download describes, when it can differ from the one the chart
 * draws. With ranges a chart fed from the store draws the scenario of the run whose bands it
 * shows (chart-from-store.tsx), a step behind the store while the next run goes; its CSV, which
 * carries the link to the scenario as it is now, must hold that scenario's values, not the
 * drawing's. The value is a stable getter, so providing it never re-renders a chart; without a
 * provider (a chart given its scenario, as in an embed's tests) the drawn scenario is the one.
 */
import { createContext, useContext } from 'react';
import type { Scenario } from '../../model/inputs';

export type LatestScenario = () => Scenario;

export const LatestScenarioContext = createContext<LatestScenario | null>(null);

export function useLatestScenario(): LatestScenario | null {
  return useContext(LatestScenarioContext);
}
