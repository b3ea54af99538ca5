/**
 * One selector per value. Derived results are memoised on the scenario object, which the store
 * replaces on every change, so all components reading results share one calculation per change.
 */
import { calculate, type Results } from '../model/calculate';
import type { InputKey, Scenario } from '../model/inputs';
import type { ScenarioState } from './scenario-store';

export const selectScenario = (state: ScenarioState): Scenario => state.scenario;
export const selectNotice = (state: ScenarioState): readonly string[] => state.notice;
export const selectCommitCount = (state: ScenarioState): number => state.commitCount;
export const selectInput =
  (key: InputKey) =>
  (state: ScenarioState): number =>
    state.scenario[key];

const resultsCache = new WeakMap<Scenario, Results>();

/** Results of the current scenario, computed once per scenario object. */
export function resultsOf(scenario: Scenario): Results {
  let results = resultsCache.get(scenario);
  if (!results) {
    results = calculate(scenario);
    resultsCache.set(scenario, results);
  }
  return results;
}

export const selectResults = (state: ScenarioState): Results => resultsOf(state.scenario);

export const selectPins = (state: ScenarioState) => state.pins;
export const selectPinCurrent = (state: ScenarioState) => state.pinCurrent;
export const selectRenamePin = (state: ScenarioState) => state.renamePin;
export const selectRemovePin = (state: ScenarioState) => state.removePin;
export const selectRestorePin = (state: ScenarioState) => state.restorePin;
export const selectSetCompare = (state: ScenarioState) => state.setCompare;
export const selectCompare = (state: ScenarioState) => state.compare;
export const selectNoticeSource = (state: ScenarioState) => state.noticeSource;
