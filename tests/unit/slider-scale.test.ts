import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_KEYS, INPUT_SPECS } from '../../src/model/inputs';
import {
  LOG_POSITIONS,
  positionFromValue,
  sliderAttributes,
  valueFromPosition,
} from '../../src/ui/slider-scale';

const logKeys = INPUT_KEYS.filter((key) => INPUT_SPECS[key].scale === 'log');
const linearKeys = INPUT_KEYS.filter((key) => INPUT_SPECS[key].scale === 'linear');

describe('slider scale', () => {
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

  it('log positions are monotonic and values stay in range', () => {
    for (const key of logKeys) {
      const spec = INPUT_SPECS[key];
      fc.assert(
        fc.property(fc.integer({ min: 0, max: LOG_POSITIONS - 1 }), (position) => {
          const a = valueFromPosition(spec, position);
          const b = valueFromPosition(spec, position + 1);
          expect(b).toBeGreaterThanOrEqual(a);
          expect(a).toBeGreaterThanOrEqual(spec.min);
          expect(b).toBeLessThanOrEqual(spec.max);
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
});
