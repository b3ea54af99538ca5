/**
 * The scenario store holds inputs only; every figure is derived from them (src/model/calculate).
 * Besides the current scenario it holds which inputs are ranges and the Monte Carlo settings
 * (issue 11), the pinned scenarios and the comparison target, which all travel in the link.
 *
 * `commitCount` counts finished changes (a slider released, a number typed, a preset clicked, a
 * pin added): the URL sync pushes one browser-history entry per commit, so Back undoes a whole
 * drag and the Undo button walks the same history. Value setters that follow a drag or typing
 * (`setInput`, `setRangeEnd`, `setSamples`) do not commit: the control calls `commit()` when the
 * change is finished. One-click actions (a range on or off, Re-roll, pin actions) commit
 * themselves.
 *
 * Invariant: `scenario` and `ranges` are always canonical (src/model/range-points.ts): every
 * ranged input's point sits at its range's middle and the shares fit into 100 %, so the state
 * survives a trip through the link unchanged.
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
  parseChoice,
  sameScenario,
  type ChoiceKey,
  type ChoiceValues,
  type InputKey,
  type Scenario,
} from '../model/inputs';
import type { Preset } from '../model/presets';
import { defaultRange, moveRangeEnd, withRangePoints } from '../model/range-points';
import {
  DEFAULT_SAMPLING,
  NO_RANGES,
  SAMPLES_MAX,
  SAMPLES_MIN,
  SEED_MAX,
  type SamplingSettings,
  type ScenarioRanges,
} from '../model/ranges';
import { withRangedInput } from './ranged-input';

export { withInput, withRangedInput } from './ranged-input';

/** Where the scenario in the notice came from: a link, or an imported file. */
export type NoticeSource = 'link' | 'file';

/** The parts of the store a link describes. */
export interface LinkedStoreState {
  readonly scenario: Scenario;
  readonly ranges: ScenarioRanges;
  readonly sampling: SamplingSettings;
  readonly pins: readonly PinnedScenario[];
  readonly compare: CompareTarget;
}

export interface ScenarioState extends LinkedStoreState {
  /** Messages about the link or import that produced the scenario (ignored or adjusted values). */
  readonly notice: readonly string[];
  readonly noticeSource: NoticeSource;
  readonly commitCount: number;
  /** Sets a point. An input that is a range keeps its point at the range's middle: no-op. */
  setInput: (key: InputKey, value: number) => void;
  /** Sets a choice (`nFrom`); a value that is not one of its options is ignored. Commits. */
  setChoice: <K extends ChoiceKey>(key: K, value: ChoiceValues[K]) => void;
  /** Replaces the whole scenario with points (imports, tests); every range is turned off. */
  applyScenario: (
    scenario: Scenario,
    notice?: readonly string[],
    noticeSource?: NoticeSource,
  ) => void;
  /** The preset's points and ranges; the seed and samples stay. The caller commits. */
  applyPreset: (preset: Preset) => void;
  /** Replaces everything a link holds at once (opening a link or file, Back / Forward). */
  applyLinkState: (
    state: LinkedStoreState,
    notice?: readonly string[],
    noticeSource?: NoticeSource,
  ) => void;
  /** The defaults: points, no ranges, the default seed and samples. Pins stay. */
  reset: () => void;
  /** Marks the end of a change: pointer or key released, number entered, preset clicked. */
  commit: () => void;
  dismissNotice: () => void;
  /** Makes an input a range around its point (`defaultRange`); commits. */
  makeRange: (key: InputKey) => void;
  /** Makes a range a point again, at the point it had (the range's middle); commits. */
  makePoint: (key: InputKey) => void;
  /**
   * One input back to its default point, as its chip's reset does: a range is turned off first
   * (setInput cannot move a ranged input), shares follow the share rule; commits, so it is one
   * Undo step. Nothing happens when the input is already its default point.
   */
  resetInput: (key: InputKey) => void;
  /** Moves one end; an end moved past the other pushes it (`moveRangeEnd`). */
  setRangeEnd: (key: InputKey, end: 'lo' | 'hi', value: number) => void;
  /** A new random seed, never the current one; commits. `random` is for tests. */
  rerollSeed: (random?: () => number) => void;
  /** Samples, rounded and clamped to SAMPLES_MIN–SAMPLES_MAX; a non-finite value is ignored. */
  setSamples: (samples: number) => void;
  /** Pins the current scenario (with its ranges) under the next free name; no-op when full. */
  pinCurrent: () => void;
  renamePin: (index: number, name: string) => void;
  removePin: (index: number) => void;
  /** Makes a pinned scenario, with its ranges, the current one. */
  restorePin: (index: number) => void;
  setCompare: (target: CompareTarget) => void;
}

/** After removing pin `removed`, the comparison still points at the same pin (or at nothing). */
function compareAfterRemoval(compare: CompareTarget, removed: number): CompareTarget {
  if (compare.kind !== 'pin') return compare;
  if (compare.index === removed) return NO_COMPARISON;
  return compare.index > removed ? { kind: 'pin', index: compare.index - 1 } : compare;
}

/** Scenario and ranges made canonical, keeping the current objects when nothing changed. */
function placed(
  state: Pick<ScenarioState, 'scenario' | 'ranges'>,
  scenario: Scenario,
  ranges: ScenarioRanges,
): Pick<ScenarioState, 'scenario' | 'ranges'> {
  const next = withRangePoints(scenario, ranges);
  return {
    scenario: sameScenario(next.scenario, state.scenario) ? state.scenario : next.scenario,
    ranges: next.ranges,
  };
}

function withoutKey(ranges: ScenarioRanges, key: InputKey): ScenarioRanges {
  const rest = Object.fromEntries(Object.entries(ranges).filter(([k]) => k !== key));
  return Object.keys(rest).length === 0 ? NO_RANGES : rest;
}

function newSeed(current: number, random: () => number): number {
  const drawn = Math.floor(random() * (SEED_MAX + 1));
  const seed = Number.isFinite(drawn) ? Math.min(SEED_MAX, Math.max(0, drawn)) : current;
  // Re-roll must change the figures: never hand back the seed in use.
  return seed === current ? (current + 1) % (SEED_MAX + 1) : seed;
}

export const useScenarioStore = create<ScenarioState>()((set) => ({
  scenario: DEFAULT_SCENARIO,
  ranges: NO_RANGES,
  sampling: DEFAULT_SAMPLING,
  pins: [],
  compare: NO_COMPARISON,
  notice: [],
  noticeSource: 'link',
  commitCount: 0,
  setInput: (key, value) =>
    set((state) => {
      const next = withRangedInput(state.scenario, state.ranges, key, value);
      return sameScenario(next, state.scenario) ? state : { scenario: next };
    }),
  setChoice: (key, value) =>
    set((state) => {
      if (parseChoice(key, value) === null || state.scenario[key] === value) return state;
      return { scenario: { ...state.scenario, [key]: value }, commitCount: state.commitCount + 1 };
    }),
  applyScenario: (scenario, notice = [], noticeSource = 'link') =>
    set({
      scenario: withRangePoints(scenario, NO_RANGES).scenario,
      ranges: NO_RANGES,
      notice,
      noticeSource,
    }),
  applyPreset: (preset) =>
    set((state) => ({ ...placed(state, preset.scenario, preset.ranges), notice: [] })),
  applyLinkState: (
    { scenario, ranges, sampling, pins, compare },
    notice = [],
    noticeSource = 'link',
  ) =>
    set((state) => ({
      ...placed(state, scenario, ranges),
      sampling,
      pins,
      compare,
      notice,
      noticeSource,
    })),
  reset: () =>
    set({ scenario: DEFAULT_SCENARIO, ranges: NO_RANGES, sampling: DEFAULT_SAMPLING, notice: [] }),
  commit: () => set((state) => ({ commitCount: state.commitCount + 1 })),
  dismissNotice: () => set({ notice: [] }),
  makeRange: (key) =>
    set((state) => {
      if (state.ranges[key] !== undefined) return state;
      const ranges = { ...state.ranges, [key]: defaultRange(key, state.scenario[key]) };
      return { ...placed(state, state.scenario, ranges), commitCount: state.commitCount + 1 };
    }),
  makePoint: (key) =>
    set((state) => {
      if (state.ranges[key] === undefined) return state;
      // The point stays where the range put it.
      const ranges = withoutKey(state.ranges, key);
      return { ...placed(state, state.scenario, ranges), commitCount: state.commitCount + 1 };
    }),
  resetInput: (key) =>
    set((state) => {
      const ranges = state.ranges[key] === undefined ? state.ranges : withoutKey(state.ranges, key);
      const point = withRangedInput(state.scenario, ranges, key, DEFAULT_SCENARIO[key]);
      const next = placed(state, point, ranges);
      if (next.scenario === state.scenario && ranges === state.ranges) return state;
      return { ...next, commitCount: state.commitCount + 1 };
    }),
  setRangeEnd: (key, end, value) =>
    set((state) => {
      const range = state.ranges[key];
      if (range === undefined) return state;
      const moved = moveRangeEnd(key, range, end, value);
      if (moved === range) return state;
      return placed(state, state.scenario, { ...state.ranges, [key]: moved });
    }),
  rerollSeed: (random = Math.random) =>
    set((state) => ({
      sampling: { ...state.sampling, seed: newSeed(state.sampling.seed, random) },
      commitCount: state.commitCount + 1,
    })),
  setSamples: (samples) =>
    set((state) => {
      if (!Number.isFinite(samples)) return state;
      const next = Math.min(SAMPLES_MAX, Math.max(SAMPLES_MIN, Math.round(samples)));
      return next === state.sampling.samples
        ? state
        : { sampling: { ...state.sampling, samples: next } };
    }),
  pinCurrent: () =>
    set((state) => {
      if (state.pins.length >= MAX_PINS) return state;
      const pin = { name: nextPinName(state.pins), scenario: state.scenario, ranges: state.ranges };
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
      return {
        ...placed(state, pin.scenario, pin.ranges),
        commitCount: state.commitCount + 1,
      };
    }),
  setCompare: (target) => set((state) => ({ compare: target, commitCount: state.commitCount + 1 })),
}));

/**
 * The store's actions (setInput, commit, makeRange, …), read without subscribing. They never
 * change, and every subscription runs its selector on every store change: the nine slider rows
 * held five action subscriptions each, about fifty selector calls per slider step for nothing.
 * Read it where the action is used (a render or a handler), like any other stable function.
 */
export function scenarioActions(): ScenarioState {
  return useScenarioStore.getState();
}
