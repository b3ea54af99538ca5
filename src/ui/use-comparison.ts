import { useMemo } from 'react';
import type { YearsResults } from '../model/years';
import { resolveComparison } from '../model/comparison';
import type { Scenario } from '../model/inputs';
import { chartScenarioOf, resultsOf, selectCompare, selectPins } from '../store/selectors';
import { useScenario } from '../store/use-store-while';

export interface Comparison {
  readonly name: string;
  readonly scenario: Scenario;
  readonly results: YearsResults;
}

/** The scenario chosen in "Compare with", with its results; null when there is none. */
export function useComparison(): Comparison | null {
  // Two plain selectors, not one shallow-compared array: every store change (each slider step)
  // runs every subscriber's selector, and these then cost a property read each.
  const compare = useScenario(selectCompare);
  const pins = useScenario(selectPins);
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
  const compare = useScenario(selectCompare);
  const pins = useScenario(selectPins);
  return useMemo(() => {
    const resolved = resolveComparison(compare, pins);
    // A compared scenario with N from the field is drawn at its derived N, as the current one.
    return resolved ? { ...resolved, scenario: chartScenarioOf(resolved.scenario) } : null;
  }, [compare, pins]);
}
