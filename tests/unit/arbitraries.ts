/** fast-check arbitraries shared by the property tests. */
import fc from 'fast-check';
import {
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
  type InputKey,
  type Scenario,
} from '../../src/model/inputs';

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
  )
  .map(([values, shares]) => ({ ...values, ...shares }));
