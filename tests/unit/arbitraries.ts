/** fast-check arbitraries shared by the property tests. */
import fc from 'fast-check';
import {
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
  type InputKey,
  type Scenario,
} from '../../src/model/inputs';
import { withRangePoints } from '../../src/model/range-points';
import {
  DEFAULT_SAMPLING,
  NO_RANGES,
  SAMPLES_MAX,
  SAMPLES_MIN,
  SEED_MAX,
  type InputRange,
  type SamplingSettings,
  type ScenarioRanges,
} from '../../src/model/ranges';

/** A value at the input's precision within its range; the default now and then. */
function validValue(key: InputKey): fc.Arbitrary<number> {
  const { min, max, precision, defaultValue } = INPUT_SPECS[key];
  const perUnit = Math.round(1 / precision);
  const steps = fc.integer({ min: Math.round(min * perUnit), max: Math.round(max * perUnit) });
  return fc.oneof(
    fc.constant(defaultValue),
    steps.map((n) => n / perUnit),
  );
}

/** Shares in tenths of a percent, summing to at most 100 %. */
const validShares = fc
  .tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000))
  .filter(([a, b, c]) => a + b + c <= 1000)
  .map(([a, b, c]) => ({ toSafety: a / 10, toIndep: b / 10, toCap: c / 10 }));

export const validScenario: fc.Arbitrary<Scenario> = fc
  .tuple(
    fc.record(
      Object.fromEntries(INPUT_KEYS.map((key) => [key, validValue(key)])) as {
        [K in InputKey]: fc.Arbitrary<number>;
      },
    ),
    fc.oneof(
      fc.constant({
        toSafety: DEFAULT_SCENARIO.toSafety,
        toIndep: DEFAULT_SCENARIO.toIndep,
        toCap: DEFAULT_SCENARIO.toCap,
      }),
      validShares,
    ),
    fc.constantFrom('set' as const, 'field' as const),
  )
  .map(([values, shares, nFrom]) => ({ ...values, ...shares, nFrom }));

/** A range of one input: two different valid values, low end first. */
export function validRange(key: InputKey): fc.Arbitrary<InputRange> {
  return fc
    .tuple(validValue(key), validValue(key))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ lo: Math.min(a, b), hi: Math.max(a, b) }));
}

/** Any subset of the inputs as ranges (often none, often several). */
export const validRanges: fc.Arbitrary<ScenarioRanges> = fc.oneof(
  fc.constant(NO_RANGES),
  fc.record(
    Object.fromEntries(INPUT_KEYS.map((key) => [key, validRange(key)])) as {
      [K in InputKey]: fc.Arbitrary<InputRange>;
    },
    { requiredKeys: [] },
  ),
);

/**
 * A scenario with ranges in its canonical form (every ranged point at its range's middle, the
 * shares fitted), which is what the store holds and what a link must give back exactly.
 */
export const validRangedScenario: fc.Arbitrary<{ scenario: Scenario; ranges: ScenarioRanges }> = fc
  .tuple(validScenario, validRanges)
  .map(([scenario, ranges]) => {
    const placed = withRangePoints(scenario, ranges);
    return { scenario: placed.scenario, ranges: placed.ranges };
  });

/** Seed and samples, the defaults now and then. */
export const validSampling: fc.Arbitrary<SamplingSettings> = fc.record({
  seed: fc.oneof(fc.constant(DEFAULT_SAMPLING.seed), fc.integer({ min: 0, max: SEED_MAX })),
  samples: fc.oneof(
    fc.constant(DEFAULT_SAMPLING.samples),
    fc.integer({ min: SAMPLES_MIN, max: SAMPLES_MAX }),
  ),
});
