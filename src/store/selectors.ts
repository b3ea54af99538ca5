/**
 * One selector per value. Derived results are memoised on the scenario object, which the store
 * replaces on every change, so all components reading results share one calculation per change.
 */
import { calculateYears, effectiveNeutral, type YearsResults } from '../model/years';
import { sameScenario, type InputKey, type Scenario } from '../model/inputs';
import { PRESETS, type PresetId } from '../model/presets';
import { rangedKeys, sameRanges } from '../model/range-points';
import { hasRangesInUse, neutralVariesPerSample } from '../model/ranges-in-use';
import type { InputRange, SamplingSettings, ScenarioRanges } from '../model/ranges';
import type { ScenarioState } from './scenario-store';

export const selectScenario = (state: ScenarioState): Scenario => state.scenario;
export const selectNotice = (state: ScenarioState): readonly string[] => state.notice;
export const selectCommitCount = (state: ScenarioState): number => state.commitCount;
export const selectInput =
  (key: InputKey) =>
  (state: ScenarioState): number =>
    state.scenario[key];

const resultsCache = new WeakMap<Scenario, YearsResults>();

/**
 * Results of the current scenario, computed once per scenario object: the years model (issue
 * 12), read at the end of year Y; with its defaults exactly the one-cohort model's figures.
 */
export function resultsOf(scenario: Scenario): YearsResults {
  let results = resultsCache.get(scenario);
  if (!results) {
    results = calculateYears(scenario);
    resultsCache.set(scenario, results);
  }
  return results;
}

export const selectResults = (state: ScenarioState): YearsResults => resultsOf(state.scenario);

const chartScenarioCache = new WeakMap<Scenario, Scenario>();

/**
 * The scenario as the one-cohort charts read it: with N from the field (issue 12), `neutral` is
 * the derived N, so their "your ratio" lines and texts follow the N the headline uses. The same
 * object when N is the slider's, and one object per scenario otherwise (the charts' memo compares
 * inputs, and a fresh object per call would redraw them for nothing).
 */
export function chartScenarioOf(scenario: Scenario): Scenario {
  if (scenario.nFrom !== 'field') return scenario;
  let chart = chartScenarioCache.get(scenario);
  if (!chart) {
    chart = { ...scenario, neutral: effectiveNeutral(scenario) };
    chartScenarioCache.set(scenario, chart);
  }
  return chart;
}

export const selectChartScenario = (state: ScenarioState): Scenario =>
  chartScenarioOf(state.scenario);

export const selectPins = (state: ScenarioState) => state.pins;
export const selectCompare = (state: ScenarioState) => state.compare;
export const selectNoticeSource = (state: ScenarioState) => state.noticeSource;

// Ranges and sampling (issue 11). Each returns a stored value, never a fresh object: zustand 5
// re-renders, and loops forever, when a selector's result differs on every call.
export const selectRanges = (state: ScenarioState): ScenarioRanges => state.ranges;
export const selectSampling = (state: ScenarioState): SamplingSettings => state.sampling;
export const selectSeed = (state: ScenarioState): number => state.sampling.seed;
export const selectSamples = (state: ScenarioState): number => state.sampling.samples;
/**
 * True when any input is a range the model uses (the sampling then runs): not for a net-neutral
 * range kept while N comes from the field (model/ranges-in-use.ts).
 */
export const selectHasRanges = (state: ScenarioState): boolean =>
  hasRangesInUse(state.scenario, state.ranges);
/**
 * True when the N in use differs from sample to sample (a range of N, or N from a field with a
 * range in it): "your ratio" is then the reader's range, not one N (model/ranges-in-use.ts).
 */
export const selectNeutralVaries = (state: ScenarioState): boolean =>
  neutralVariesPerSample(state.scenario, rangedKeys(state.ranges));
/** One input's range, or undefined when it is a point. */
export const selectRange =
  (key: InputKey) =>
  (state: ScenarioState): InputRange | undefined =>
    state.ranges[key];
export const selectIsRange =
  (key: InputKey) =>
  (state: ScenarioState): boolean =>
    state.ranges[key] !== undefined;

/**
 * The id of the preset the state matches, points and ranges alike, or null. A string, so a
 * reader re-renders only when the match changes, not on every slider move.
 */
export const selectActivePresetId = (state: ScenarioState): PresetId | null =>
  PRESETS.find(
    (preset) =>
      sameScenario(state.scenario, preset.scenario) && sameRanges(state.ranges, preset.ranges),
  )?.id ?? null;
