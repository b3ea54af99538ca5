import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Results } from '../model/calculate';
import { resolveComparison } from '../model/comparison';
import type { Scenario } from '../model/inputs';
import { useScenarioStore } from '../store/scenario-store';
import { resultsOf } from '../store/selectors';

export interface Comparison {
  readonly name: string;
  readonly scenario: Scenario;
  readonly results: Results;
}

/** The scenario chosen in "Compare with", with its results; null when there is none. */
export function useComparison(): Comparison | null {
  const [compare, pins] = useScenarioStore(useShallow((state) => [state.compare, state.pins]));
  const resolved = resolveComparison(compare, pins);
  if (!resolved) return null;
  return { ...resolved, results: resultsOf(resolved.scenario) };
}

/**
 * The comparison as the charts take it: the same object until the comparison or the pins change,
 * so the charts' memo skips them while sliders move.
 */
export function useChartComparison(): {
  readonly name: string;
  readonly scenario: Scenario;
} | null {
  const [compare, pins] = useScenarioStore(useShallow((state) => [state.compare, state.pins]));
  return useMemo(() => resolveComparison(compare, pins), [compare, pins]);
}
