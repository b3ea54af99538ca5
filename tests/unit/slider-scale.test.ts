import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_KEYS, INPUT_SPECS } from '../../src/model/inputs';
import {
  ladderOf,
  LOG_POSITIONS,
  positionFromValue,
  sliderAttributes,
  valueFromPosition,
} from '../../src/ui/slider-scale';

const logKeys = INPUT_KEYS.filter((key) => INPUT_SPECS[key].scale === 'log');
const linearKeys = INPUT_KEYS.filter((key) => INPUT_SPECS[key].scale === 'linear');
const ladderKeys = INPUT_KEYS.filter((key) => INPUT_SPECS[key].scale === 'ladder');

describe('slider scale', () => {
  it('the field sizes and safety importance are log sliders; cohort size and the net-neutral ratio are ladders', () => {
    expect(logKeys).toEqual(['cap', 'saf', 'importance']);
    expect(ladderKeys).toEqual(['cohort', 'neutral']);
  });

  it.each(logKeys)('%s: log slider ends are the range ends and the default is reachable', (key) => {
    const spec = INPUT_SPECS[key];
    expect(valueFromPosition(spec, 0)).toBe(spec.min);
    expect(valueFromPosition(spec, LOG_POSITIONS)).toBe(spec.max);
    expect(valueFromPosition(spec, positionFromValue(spec, spec.defaultValue))).toBe(
      spec.defaultValue,
    );
  });

  it.each(linearKeys)('%s: linear slider uses the input range directly', (key) => {
    const spec = INPUT_SPECS[key];
    expect(sliderAttributes(spec)).toEqual({ min: spec.min, max: spec.max, step: spec.sliderStep });
    expect(positionFromValue(spec, spec.defaultValue)).toBe(spec.defaultValue);
  });

  it.each(ladderKeys)(
    '%s: ladder positions are rung indices from the range minimum to its maximum',
    (key) => {
      const spec = INPUT_SPECS[key];
      const ladder = ladderOf(spec);
      expect(ladder).not.toBeNull();
      const last = (ladder?.rungs.length ?? 0) - 1;
      expect(sliderAttributes(spec)).toEqual({ min: 0, max: last, step: 1 });
      expect(valueFromPosition(spec, 0)).toBe(spec.min);
      expect(valueFromPosition(spec, last)).toBe(spec.max);
      expect(valueFromPosition(spec, positionFromValue(spec, spec.defaultValue))).toBe(
        spec.defaultValue,
      );
      // Out-of-track positions (a stale event) still give a value in range.
      expect(valueFromPosition(spec, -5)).toBe(spec.min);
      expect(valueFromPosition(spec, last + 5)).toBe(spec.max);
      expect(valueFromPosition(spec, Number.NaN)).toBe(spec.min);
    },
  );

  it('positions are monotonic and values stay in range', () => {
    for (const key of [...logKeys, ...ladderKeys]) {
      const spec = INPUT_SPECS[key];
      const { max } = sliderAttributes(spec);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: max - 1 }), (position) => {
          const a = valueFromPosition(spec, position);
          const b = valueFromPosition(spec, position + 1);
          expect(b).toBeGreaterThanOrEqual(a);
          expect(a).toBeGreaterThanOrEqual(spec.min);
          expect(b).toBeLessThanOrEqual(spec.max);
          // A ladder position shows the value it sets (log positions may share a rounded value).
          if (spec.scale === 'ladder') expect(positionFromValue(spec, a)).toBe(position);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('an exact value maps to the nearest slider position', () => {
    const spec = INPUT_SPECS.cap;
    expect(positionFromValue(spec, 100_000)).toBe(750);
    expect(positionFromValue(spec, 1e9)).toBe(LOG_POSITIONS);
  });

  it('an arrow step on Cohort size moves one rung, not one person', () => {
    const spec = INPUT_SPECS.cohort;
    const at = (value: number) => positionFromValue(spec, value);
    expect(valueFromPosition(spec, at(1_000) + 1)).toBe(1_050);
    expect(valueFromPosition(spec, at(1_000) - 1)).toBe(975);
    expect(valueFromPosition(spec, at(150) + 1)).toBe(160);
    expect(valueFromPosition(spec, at(7) + 1)).toBe(8);
    // A value between rungs (1,234 from a link) sits at the nearest rung, 1,250.
    expect(valueFromPosition(spec, at(1_234))).toBe(1_250);
  });

  it('the net-neutral ratio steps through readable values', () => {
    const spec = INPUT_SPECS.neutral;
    const { max } = sliderAttributes(spec);
    const values = Array.from({ length: max + 1 }, (_, position) =>
      valueFromPosition(spec, position),
    );
    expect(values).toEqual([
      1, 1.5, 2, 3, 4, 5, 7, 10, 15, 20, 30, 40, 50, 70, 100, 150, 200, 300, 400, 500, 700, 1_000,
    ]);
  });
});
