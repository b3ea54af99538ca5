import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { useScenarioStore, withInput } from '../../src/store/scenario-store';
import { calculate } from '../../src/model/calculate';
import { selectResults } from '../../src/store/selectors';

describe('scenario store', () => {
  beforeEach(() => {
    useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO);
  });

  it('sets an input, clamped and rounded to its precision', () => {
    useScenarioStore.getState().setInput('cohort', 25_000);
    expect(useScenarioStore.getState().scenario.cohort).toBe(20_000);
    useScenarioStore.getState().setInput('toCap', 1.44);
    expect(useScenarioStore.getState().scenario.toCap).toBe(1.4);
  });

  it('ignores non-finite values', () => {
    const before = useScenarioStore.getState().scenario;
    useScenarioStore.getState().setInput('cap', Number.NaN);
    expect(useScenarioStore.getState().scenario).toBe(before);
  });

  it('keeps the shares at or under 100 % when one is raised', () => {
    const next = withInput(DEFAULT_SCENARIO, 'toIndep', 40);
    expect(next.toIndep).toBe(40);
    expect(next.toSafety + next.toIndep + next.toCap).toBeCloseTo(100, 9);
    expect(next.toSafety).toBe(30);
    expect(next.toCap).toBe(30);
  });

  it('takes the excess from "other" first', () => {
    const roomy = { ...DEFAULT_SCENARIO, toSafety: 20, toCap: 20 };
    const next = withInput(roomy, 'toCap', 50);
    expect(next).toMatchObject({ toSafety: 20, toIndep: 0, toCap: 50 });
  });

  it('derives results from the current inputs, after every change', () => {
    expect(selectResults(useScenarioStore.getState()).fieldAfter.capabilitiesPerSafety).toBe(7);
    useScenarioStore.getState().setInput('cohort', 3000);
    const state = useScenarioStore.getState();
    // The years model (issue 12): with its defaults, every figure of calculate() exactly.
    expect(selectResults(state)).toMatchObject(calculate(state.scenario));
    expect(selectResults(state).fieldAfter.capabilitiesPerSafety).toBeCloseTo(11_500 / 2_500, 12);
  });

  it('gives every reader the same results object until the scenario changes', () => {
    // zustand 5 re-renders (and loops forever) when a selector returns a fresh object each call,
    // and every component reading results would recalculate.
    const state = useScenarioStore.getState();
    const first = selectResults(state);
    expect(selectResults(useScenarioStore.getState())).toBe(first);
    useScenarioStore.getState().setInput('cohort', 3000);
    expect(selectResults(useScenarioStore.getState())).not.toBe(first);
  });

  it('reset restores the defaults and clears the notice', () => {
    useScenarioStore.getState().applyScenario({ ...DEFAULT_SCENARIO, cap: 500 }, ['x']);
    useScenarioStore.getState().reset();
    expect(useScenarioStore.getState().scenario).toEqual(DEFAULT_SCENARIO);
    expect(useScenarioStore.getState().notice).toEqual([]);
  });
});
