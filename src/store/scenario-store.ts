/**
 * The scenario store holds inputs only; every figure is derived from them (src/model/calculate).
 *
 * `commitCount` counts finished changes (a slider released, a number typed, a preset clicked):
 * the URL sync pushes one browser-history entry per commit, so Back undoes a whole drag.
 */
import { create } from 'zustand';
import {
  DEFAULT_SCENARIO,
  INPUT_SPECS,
  normaliseInputValue,
  type InputKey,
  type Scenario,
} from '../model/inputs';
import { setShare } from '../model/shares';

export interface ScenarioState {
  readonly scenario: Scenario;
  /** Messages about the link or import that produced the scenario (ignored or adjusted values). */
  readonly notice: readonly string[];
  readonly commitCount: number;
  setInput: (key: InputKey, value: number) => void;
  /** Replaces the whole scenario (presets, links, Back / Forward). */
  applyScenario: (scenario: Scenario, notice?: readonly string[]) => void;
  reset: () => void;
  /** Marks the end of a change: pointer or key released, number entered, preset clicked. */
  commit: () => void;
  dismissNotice: () => void;
}

const SHARE_INPUTS: ReadonlySet<InputKey> = new Set(['toSafety', 'toIndep', 'toCap']);

export function withInput(scenario: Scenario, key: InputKey, value: number): Scenario {
  const normalised = normaliseInputValue(key, value);
  if (normalised === null) return scenario;
  if (SHARE_INPUTS.has(key)) {
    const shares = setShare(scenario, key as 'toSafety' | 'toIndep' | 'toCap', normalised);
    return { ...scenario, ...shares };
  }
  return { ...scenario, [key]: normalised };
}

export const useScenarioStore = create<ScenarioState>()((set) => ({
  scenario: DEFAULT_SCENARIO,
  notice: [],
  commitCount: 0,
  setInput: (key, value) =>
    set((state) => {
      const next = withInput(state.scenario, key, value);
      return next === state.scenario ||
        (Object.keys(INPUT_SPECS) as InputKey[]).every((k) => next[k] === state.scenario[k])
        ? state
        : { scenario: next };
    }),
  applyScenario: (scenario, notice = []) => set({ scenario, notice }),
  reset: () => set({ scenario: DEFAULT_SCENARIO, notice: [] }),
  commit: () => set((state) => ({ commitCount: state.commitCount + 1 })),
  dismissNotice: () => set({ notice: [] }),
}));
