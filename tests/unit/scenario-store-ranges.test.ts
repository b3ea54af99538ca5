/**
 * The store's ranges and sampling (issue 11), by behaviour: what a reader would see after each
 * action, what survives a trip through the link, and which actions are one history step.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { PRESETS } from '../../src/model/presets';
import {
  DEFAULT_SAMPLING,
  NO_RANGES,
  SAMPLES_MAX,
  SAMPLES_MIN,
  SEED_MAX,
} from '../../src/model/ranges';
import { useScenarioStore } from '../../src/store/scenario-store';
import {
  selectActivePresetId,
  selectHasRanges,
  selectRange,
  selectRanges,
  selectSampling,
} from '../../src/store/selectors';
import { decodeLink, encodeLink } from '../../src/url/link-codec';

const store = () => useScenarioStore.getState();

/** The store's state through a link and back, as Back / Forward and a reload would give it. */
function throughLink() {
  const { scenario, ranges, sampling, pins, compare } = store();
  return decodeLink(encodeLink({ scenario, ranges, sampling, pins, compare, embed: false }));
}

describe('scenario store: ranges and sampling', () => {
  beforeEach(() => {
    useScenarioStore.setState({
      scenario: DEFAULT_SCENARIO,
      ranges: NO_RANGES,
      sampling: DEFAULT_SAMPLING,
      pins: [],
      compare: { kind: 'none' },
      notice: [],
      commitCount: 0,
    });
  });

  it('makes an input a range around its point, as one history step', () => {
    store().makeRange('cohort');
    expect(store().ranges.cohort).toEqual({ lo: 500, hi: 1_500 });
    expect(store().scenario.cohort).toBe(1_000);
    expect(store().commitCount).toBe(1);
    expect(selectHasRanges(store())).toBe(true);
    store().makeRange('neutral');
    expect(store().ranges.neutral).toEqual({ lo: 50, hi: 200 });
    expect(store().scenario.neutral).toBe(100);
  });

  it('making a range at a limit moves the point to the new middle; the shares still fit', () => {
    store().makeRange('toIndep');
    expect(store().ranges.toIndep).toEqual({ lo: 0, hi: 10 });
    expect(store().scenario).toMatchObject({ toSafety: 47.5, toIndep: 5, toCap: 47.5 });
  });

  it('turning a range off keeps the point where the range put it', () => {
    store().makeRange('toCap');
    store().setRangeEnd('toCap', 'hi', 80);
    expect(store().scenario.toCap).toBe(60);
    store().makePoint('toCap');
    expect(store().ranges).toEqual({});
    expect(store().scenario.toCap).toBe(60);
    expect(store().commitCount).toBe(2);
    expect(selectHasRanges(store())).toBe(false);
  });

  it('a reset of one input turns its range off and sets the default point, as one history step', () => {
    store().makeRange('toCap');
    store().setRangeEnd('toCap', 'hi', 80);
    store().makeRange('cohort');
    store().setInput('toSafety', 30);
    expect(store().commitCount).toBe(2);
    store().resetInput('toCap');
    expect(store().ranges).toEqual({ cohort: { lo: 500, hi: 1_500 } });
    // The share rule of the slider: capabilities back down to 50 % leaves the rest to "other".
    expect(store().scenario).toMatchObject({ toCap: 50, toSafety: 30, toIndep: 0 });
    expect(store().commitCount).toBe(3);
    // A ranged input whose middle is its default still has a range to turn off.
    store().resetInput('cohort');
    expect(store().ranges).toEqual({});
    expect(store().scenario.cohort).toBe(1_000);
    expect(store().commitCount).toBe(4);
  });

  it('a reset of an input already at its default point changes nothing and adds no step', () => {
    store().setInput('cap', 20_000);
    const before = store();
    store().resetInput('cohort');
    expect(store()).toBe(before);
    store().resetInput('cap');
    expect(store().scenario.cap).toBe(DEFAULT_SCENARIO.cap);
    expect(store().commitCount).toBe(before.commitCount + 1);
  });

  it('moves one end; an end dragged past the other pushes it', () => {
    store().makeRange('cohort');
    store().setRangeEnd('cohort', 'lo', 800);
    expect(store().ranges.cohort).toEqual({ lo: 800, hi: 1_500 });
    expect(store().scenario.cohort).toBe(1_150);
    store().setRangeEnd('cohort', 'lo', 3_000);
    expect(store().ranges.cohort).toEqual({ lo: 3_000, hi: 3_001 });
    store().setRangeEnd('cohort', 'hi', 100);
    expect(store().ranges.cohort).toEqual({ lo: 99, hi: 100 });
    // Dragging is not a history step: the slider commits when it is released.
    expect(store().commitCount).toBe(1);
  });

  it('a point set on a ranged input changes nothing: its point is the middle', () => {
    store().makeRange('neutral');
    const before = store();
    store().setInput('neutral', 7);
    expect(store()).toBe(before);
  });

  it('a ranged share keeps its middle while another share is dragged', () => {
    store().makeRange('toCap'); // 40–60, the point 50
    store().setInput('toSafety', 80);
    expect(store().scenario).toMatchObject({ toSafety: 50, toIndep: 0, toCap: 50 });
    store().setInput('toIndep', 30);
    expect(store().scenario).toMatchObject({ toSafety: 20, toIndep: 30, toCap: 50 });
  });

  it('widening a ranged share pushes the point shares aside, and back through the link', () => {
    store().makeRange('toCap');
    store().setRangeEnd('toCap', 'hi', 100); // 40–100, the point 70
    expect(store().scenario).toMatchObject({ toSafety: 30, toCap: 70 });
    expect(throughLink()).toMatchObject({ state: { scenario: store().scenario }, issues: [] });
  });

  it('re-rolls the seed with the given random source, never to the same seed', () => {
    store().rerollSeed(() => 0.5);
    expect(store().sampling.seed).toBe(Math.floor(0.5 * (SEED_MAX + 1)));
    expect(store().commitCount).toBe(1);
    store().rerollSeed(() => 0.5);
    expect(store().sampling.seed).toBe(Math.floor(0.5 * (SEED_MAX + 1)) + 1);
    store().rerollSeed(() => 0.999_999_999_99);
    expect(store().sampling.seed).toBe(SEED_MAX);
    store().rerollSeed(() => Number.NaN);
    expect(store().sampling.seed).toBe(0);
    expect(store().sampling.samples).toBe(DEFAULT_SAMPLING.samples);
  });

  it('sets samples, rounded and clamped; ignores what is not a number', () => {
    store().setSamples(2_500.4);
    expect(store().sampling).toEqual({ seed: 1, samples: 2_500 });
    store().setSamples(10);
    expect(store().sampling.samples).toBe(SAMPLES_MIN);
    store().setSamples(1e12);
    expect(store().sampling.samples).toBe(SAMPLES_MAX);
    const before = store().sampling;
    store().setSamples(Number.NaN);
    expect(store().sampling).toBe(before);
    expect(store().commitCount).toBe(0);
  });

  it('every state the actions reach survives the link unchanged', () => {
    store().makeRange('neutral');
    store().makeRange('toCap');
    store().setRangeEnd('toCap', 'lo', 1.4);
    store().setRangeEnd('neutral', 'hi', 737.3);
    store().makeRange('indepWeight');
    store().setInput('toIndep', 20);
    store().rerollSeed(() => 0.25);
    store().setSamples(33_333);
    store().pinCurrent();
    const { state, issues } = throughLink();
    expect(issues).toEqual([]);
    expect(state).toMatchObject({
      scenario: store().scenario,
      ranges: store().ranges,
      sampling: store().sampling,
      pins: store().pins,
    });
  });

  it('pins carry ranges, and restoring a pin brings them back', () => {
    store().makeRange('toCap');
    store().pinCurrent();
    expect(store().pins[0]?.ranges).toEqual({ toCap: { lo: 40, hi: 60 } });
    store().makePoint('toCap');
    store().restorePin(0);
    expect(store().ranges).toEqual({ toCap: { lo: 40, hi: 60 } });
  });

  it('a preset applies its ranges; a preset of points clears them', () => {
    const disagreements = PRESETS.find((preset) => preset.id === 'disagreements');
    const thread = PRESETS.find((preset) => preset.id === 'thread');
    if (!disagreements || !thread) throw new Error('presets missing');
    store().applyPreset(disagreements);
    expect(store().ranges).toEqual(disagreements.ranges);
    expect(store().scenario).toEqual(disagreements.scenario);
    expect(selectActivePresetId(store())).toBe('disagreements');
    store().makePoint('neutral');
    // Same points, fewer ranges: no longer the preset.
    expect(selectActivePresetId(store())).toBeNull();
    store().applyPreset(thread);
    expect(store().ranges).toEqual({});
    expect(selectActivePresetId(store())).toBe('thread');
  });

  it('reset clears ranges and sampling; applyLinkState takes both', () => {
    store().makeRange('cap');
    store().rerollSeed(() => 0.1);
    store().reset();
    expect(store().ranges).toEqual({});
    expect(store().sampling).toEqual(DEFAULT_SAMPLING);
    const { state } = decodeLink('?v=1&cohort=200~400&seed=9&samples=5000');
    store().applyLinkState(state);
    expect(store().ranges).toEqual({ cohort: { lo: 200, hi: 400 } });
    expect(store().scenario.cohort).toBe(300);
    expect(store().sampling).toEqual({ seed: 9, samples: 5_000 });
  });

  it('selectors return stored values, so zustand does not loop', () => {
    store().makeRange('toCap');
    const state = store();
    expect(selectRanges(state)).toBe(selectRanges(store()));
    expect(selectRange('toCap')(state)).toBe(state.ranges.toCap);
    expect(selectSampling(state)).toBe(selectSampling(store()));
    // Moving a point keeps the ranges object, so range readers do not re-render.
    store().setInput('cohort', 300);
    expect(selectRanges(store())).toBe(state.ranges);
  });
});
