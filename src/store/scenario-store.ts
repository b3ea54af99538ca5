/**
 * The scenario store holds inputs only; every figure is derived from them (src/model/calculate).
 * Besides the current scenario it holds the pinned scenarios and the comparison target, which
 * travel in the link with it.
 *
 * `commitCount` counts finished changes (a slider released, a number typed, a preset clicked, a
 * pin added): the URL sync pushes one browser-history entry per commit, so Back undoes a whole
 * drag and the Undo button walks the same history.
 */
import { create } from 'zustand';
import {
  cleanPinName,
  MAX_PINS,
  nextPinName,
  NO_COMPARISON,
  type CompareTarget,
  type PinnedScenario,
} from '../model/comparison';
import {
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  normaliseInputValue,
  type InputKey,
  type Scenario,
} from '../model/inputs';
import { setShare } from '../model/shares';

/** Where the scenario in the notice came from: a link, or an imported file. */
export type NoticeSource = 'link' | 'file';

export interface ScenarioState {
  readonly scenario: Scenario;
  readonly pins: readonly PinnedScenario[];
  readonly compare: CompareTarget;
  /** Messages about the link or import that produced the scenario (ignored or adjusted values). */
  readonly notice: readonly string[];
  readonly noticeSource: NoticeSource;
  readonly commitCount: number;
  setInput: (key: InputKey, value: number) => void;
  /** Replaces the whole scenario (presets, imports). */
  applyScenario: (
    scenario: Scenario,
    notice?: readonly string[],
    noticeSource?: NoticeSource,
  ) => void;
  /** Replaces scenario, pins and comparison at once (opening a link or file, Back / Forward). */
  applyLinkState: (
    state: {
      readonly scenario: Scenario;
      readonly pins: readonly PinnedScenario[];
      readonly compare: CompareTarget;
    },
    notice?: readonly string[],
    noticeSource?: NoticeSource,
  ) => void;
  reset: () => void;
  /** Marks the end of a change: pointer or key released, number entered, preset clicked. */
  commit: () => void;
  dismissNotice: () => void;
  /** Pins the current scenario under the next free name; no-op when four are pinned. */
  pinCurrent: () => void;
  renamePin: (index: number, name: string) => void;
  removePin: (index: number) => void;
  /** Makes a pinned scenario the current one. */
  restorePin: (index: number) => void;
  setCompare: (target: CompareTarget) => void;
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

function sameScenario(a: Scenario, b: Scenario): boolean {
  return INPUT_KEYS.every((key) => a[key] === b[key]);
}

/** After removing pin `removed`, the comparison still points at the same pin (or at nothing). */
function compareAfterRemoval(compare: CompareTarget, removed: number): CompareTarget {
  if (compare.kind !== 'pin') return compare;
  if (compare.index === removed) return NO_COMPARISON;
  return compare.index > removed ? { kind: 'pin', index: compare.index - 1 } : compare;
}

export const useScenarioStore = create<ScenarioState>()((set) => ({
  scenario: DEFAULT_SCENARIO,
  pins: [],
  compare: NO_COMPARISON,
  notice: [],
  noticeSource: 'link',
  commitCount: 0,
  setInput: (key, value) =>
    set((state) => {
      const next = withInput(state.scenario, key, value);
      return sameScenario(next, state.scenario) ? state : { scenario: next };
    }),
  applyScenario: (scenario, notice = [], noticeSource = 'link') =>
    set({ scenario, notice, noticeSource }),
  applyLinkState: ({ scenario, pins, compare }, notice = [], noticeSource = 'link') =>
    set({ scenario, pins, compare, notice, noticeSource }),
  reset: () => set({ scenario: DEFAULT_SCENARIO, notice: [] }),
  commit: () => set((state) => ({ commitCount: state.commitCount + 1 })),
  dismissNotice: () => set({ notice: [] }),
  pinCurrent: () =>
    set((state) => {
      if (state.pins.length >= MAX_PINS) return state;
      const pin = { name: nextPinName(state.pins), scenario: state.scenario };
      return { pins: [...state.pins, pin], commitCount: state.commitCount + 1 };
    }),
  renamePin: (index, name) =>
    set((state) => {
      const pin = state.pins[index];
      if (!pin) return state;
      const cleaned = cleanPinName(name, pin.name);
      if (cleaned === pin.name) return state;
      const pins = state.pins.map((p, i) => (i === index ? { ...p, name: cleaned } : p));
      return { pins, commitCount: state.commitCount + 1 };
    }),
  removePin: (index) =>
    set((state) => {
      if (!state.pins[index]) return state;
      return {
        pins: state.pins.filter((_, i) => i !== index),
        compare: compareAfterRemoval(state.compare, index),
        commitCount: state.commitCount + 1,
      };
    }),
  restorePin: (index) =>
    set((state) => {
      const pin = state.pins[index];
      if (!pin) return state;
      return { scenario: pin.scenario, commitCount: state.commitCount + 1 };
    }),
  setCompare: (target) => set((state) => ({ compare: target, commitCount: state.commitCount + 1 })),
}));
