/**
 * The benchmark's page with ranges (scripts/bench/five-ranges.mjs): the link it opens must be
 * what it says, "The thread's disagreements" plus two ranges, five in all, opening with no
 * notice; and the sliders it moves must exist on that page (both ends of every range, by their
 * public accessible names), or the benchmark would stop at "No slider named …".
 */
import { describe, expect, it } from 'vitest';
import {
  FIVE_RANGE_KEY_SLIDERS,
  FIVE_RANGE_KEYS,
  FIVE_RANGE_SLIDERS,
  FIVE_RANGES_QUERY,
} from '../../scripts/bench/five-ranges.mjs';
import { INPUT_KEYS, INPUT_SPECS, type InputKey } from '../../src/model/inputs';
import { PRESETS } from '../../src/model/presets';
import { rangeEndName } from '../../src/ui/range-end-field';
import { decodeScenario, encodeScenario } from '../../src/url';

const opened = decodeScenario(FIVE_RANGES_QUERY);
const rangedKeys = Object.keys(opened.ranges) as InputKey[];

describe('the five-range link', () => {
  it('opens with five ranges and no notice, in the form the page writes', () => {
    expect(opened.issues).toEqual([]);
    expect(rangedKeys).toHaveLength(5);
    expect([...rangedKeys].sort()).toEqual([...FIVE_RANGE_KEYS].sort());
    expect(encodeScenario(opened.scenario, opened.ranges)).toBe(FIVE_RANGES_QUERY);
  });

  it("is The thread's disagreements with two more ranges", () => {
    const preset = PRESETS.find((p) => p.id === 'disagreements');
    if (!preset) throw new Error('no disagreements preset');
    for (const [key, range] of Object.entries(preset.ranges)) {
      expect(opened.ranges[key as InputKey]).toEqual(range);
    }
    for (const key of INPUT_KEYS) {
      if (!(key in opened.ranges)) expect(opened.scenario[key]).toBe(preset.scenario[key]);
    }
    expect(rangedKeys.filter((key) => !(key in preset.ranges)).sort()).toEqual([
      'cohort',
      'nonGen',
    ]);
  });
});

describe('the sliders it moves', () => {
  it('are both ends of every range and point sliders of inputs that are not ranges', () => {
    const ends = rangedKeys.flatMap((key) => [rangeEndName(key, 'lo'), rangeEndName(key, 'hi')]);
    const points = INPUT_KEYS.filter((key) => !(key in opened.ranges)).map(
      (key) => INPUT_SPECS[key].label,
    );
    for (const end of ends) expect(FIVE_RANGE_SLIDERS).toContain(end);
    for (const slider of FIVE_RANGE_SLIDERS) expect([...ends, ...points]).toContain(slider);
    expect(FIVE_RANGE_SLIDERS.filter((slider) => points.includes(slider)).length).toBeGreaterThan(
      1,
    );
    for (const slider of FIVE_RANGE_KEY_SLIDERS) expect(FIVE_RANGE_SLIDERS).toContain(slider);
  });
});
