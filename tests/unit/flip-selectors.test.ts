/**
 * The slider rows read flip points through flipPointsOf, which keeps them while only the field
 * sizes move and reuses an input's previous object when its flip has not moved.
 * Both must be invisible: along any sequence of slider moves it answers exactly what
 * allFlipPoints computes from scratch.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allFlipPoints, sameFlipPoints } from '../../src/model/flip-points';
import { INPUT_KEYS, INPUT_SPECS, type InputKey, type Scenario } from '../../src/model/inputs';
import { withInput } from '../../src/store/scenario-store';
import { flipPointsOf } from '../../src/store/flip-selectors';
import { validScenario } from './arbitraries';

/** A slider move: an input and where along its range (0–1) it goes. */
const move = fc.record({
  key: fc.constantFrom(...INPUT_KEYS),
  at: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1)),
});

function moved(s: Scenario, key: (typeof INPUT_KEYS)[number], at: number): Scenario {
  const spec = INPUT_SPECS[key];
  return withInput(s, key, spec.min + at * (spec.max - spec.min));
}

describe('flipPointsOf', () => {
  it('equals allFlipPoints after every move of any sequence of moves', () => {
    fc.assert(
      fc.property(
        validScenario,
        fc.array(move, { minLength: 1, maxLength: 12 }),
        (start, moves) => {
          let s = start;
          expect(flipPointsOf(s)).toEqual(allFlipPoints(s));
          for (const { key, at } of moves) {
            s = moved(s, key, at);
            expect(flipPointsOf(s)).toEqual(allFlipPoints(s));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the same flips whatever hints (the flips of any other scenario) it is given', () => {
    fc.assert(
      fc.property(validScenario, validScenario, (hinted, s) => {
        expect(allFlipPoints(s, allFlipPoints(hinted))).toEqual(allFlipPoints(s));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the previous object for an input whose flip did not move', () => {
    const start = withInput(allDefaults(), 'toSafety', 40);
    const before = flipPointsOf(start);
    // Moving a field size moves no flip: every row keeps its object.
    const after = flipPointsOf(withInput(start, 'cap', 20_000));
    for (const key of INPUT_KEYS) expect(after[key]).toBe(before[key]);
    // Moving toSafety a little keeps the flips that did not move as the same objects, and a
    // moved one as a new object with new values.
    const nudged = flipPointsOf(withInput(start, 'toSafety', 41));
    const fresh = allFlipPoints(withInput(start, 'toSafety', 41));
    for (const key of INPUT_KEYS) {
      if (sameFlipPoints(fresh[key], before[key])) expect(nudged[key]).toBe(before[key]);
      else expect(nudged[key]).not.toBe(before[key]);
    }
  });
});

function allDefaults(): Scenario {
  return {
    ...(Object.fromEntries(INPUT_KEYS.map((key) => [key, INPUT_SPECS[key].defaultValue])) as {
      [K in InputKey]: number;
    }),
    nFrom: 'set',
  };
}
