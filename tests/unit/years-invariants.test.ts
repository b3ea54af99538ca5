/**
 * Properties of the years model (issue 12) for every valid scenario: each input in its range at
 * its precision, the shares summing to at most 100 %. docs/model.md, "Over the years", proves why
 * each holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, type Verdict } from '../../src/model/calculate';
import {
  INPUT_SPECS,
  roundToPrecision,
  type Scenario,
  type YearsInputKey,
} from '../../src/model/inputs';
import { calculateYears, type YearsResults } from '../../src/model/years';
import { runYearsInto } from '../../src/model/years-end';
import { YEARS_INPUT_KEYS } from '../../src/model/years-inputs';
import { ONE_COHORT_MEANING } from './url-fixtures';

type YearsInputs = Pick<Scenario, YearsInputKey | 'nFrom'>;
type YearsScenario = Scenario;
type YearsNumberKey = YearsInputKey;
const YEARS_NUMBER_KEYS = YEARS_INPUT_KEYS;
const YEARS_NUMBER_SPECS = INPUT_SPECS;
/** A scenario of the one-cohort model with the years inputs at the meaning it had. */
function withYearsDefaults(s: Scenario, years: Partial<YearsInputs> = {}): Scenario {
  return { ...s, ...ONE_COHORT_MEANING, ...years };
}
import { validScenario } from './arbitraries';

const RUNS = { numRuns: 500 } as const;

/** A value of one years input on its precision grid: the ends and the default often. */
function yearsValue(key: YearsNumberKey): fc.Arbitrary<number> {
  const { min, max, precision, defaultValue } = YEARS_NUMBER_SPECS[key];
  const steps = Math.round((max - min) / precision);
  return fc.oneof(
    fc.constantFrom(min, max, defaultValue),
    fc.integer({ min: 0, max: steps }).map((i) => roundToPrecision(min + i * precision, precision)),
  );
}

const validYearsInputs: fc.Arbitrary<YearsInputs> = fc
  .tuple(
    fc.record(
      Object.fromEntries(YEARS_NUMBER_KEYS.map((key) => [key, yearsValue(key)])) as {
        [K in YearsNumberKey]: fc.Arbitrary<number>;
      },
    ),
    fc.constantFrom('set' as const, 'field' as const),
  )
  .map(([numbers, nFrom]) => ({ ...numbers, nFrom }));

const validYearsScenario: fc.Arbitrary<YearsScenario> = fc
  .tuple(validScenario, validYearsInputs)
  .map(([scenario, inputs]) => ({ ...scenario, ...inputs }));

/** A scenario and two values of one input, the smaller first. */
function withTwo(key: YearsNumberKey) {
  return fc
    .tuple(validYearsScenario, yearsValue(key), yearsValue(key))
    .map(([s, a, b]) => ({ s, low: Math.min(a, b), high: Math.max(a, b) }));
}

function netImpacts(r: YearsResults): number[] {
  return [
    r.verdictAt10.netImpact,
    r.verdictAt100.netImpact,
    r.verdictAtUser.netImpact,
    ...r.series.netImpactAt10,
    ...r.series.netImpactAt100,
    ...r.series.netImpactAtUser,
  ];
}

describe('years model invariants', () => {
  it('more drift never raises net impact (at 1 : 10, 1 : 100, your N, in any year)', () => {
    fc.assert(
      fc.property(withTwo('drift'), ({ s, low, high }) => {
        const less = netImpacts(calculateYears({ ...s, drift: low }));
        const more = netImpacts(calculateYears({ ...s, drift: high }));
        more.forEach((value, i) => expect(value).toBeLessThanOrEqual(less[i] ?? Number.NaN));
      }),
      RUNS,
    );
  });

  it('more pivot never lowers net impact', () => {
    fc.assert(
      fc.property(withTwo('pivot'), ({ s, low, high }) => {
        const less = netImpacts(calculateYears({ ...s, pivot: low }));
        const more = netImpacts(calculateYears({ ...s, pivot: high }));
        more.forEach((value, i) => expect(value).toBeGreaterThanOrEqual(less[i] ?? Number.NaN));
      }),
      RUNS,
    );
  });

  it('the field ratios, with and without the program, never depend on capBoost', () => {
    fc.assert(
      fc.property(withTwo('capBoost'), ({ s, low, high }) => {
        const a = calculateYears({ ...s, capBoost: low });
        const b = calculateYears({ ...s, capBoost: high });
        expect(b.fieldWithout).toStrictEqual(a.fieldWithout);
        expect(b.fieldAfter).toStrictEqual(a.fieldAfter);
        expect(b.series.fieldRatioWithout).toStrictEqual(a.series.fieldRatioWithout);
        expect(b.series.fieldRatio).toStrictEqual(a.series.fieldRatio);
      }),
      RUNS,
    );
  });

  it('more capBoost never raises net impact; more anyway never moves it away from 0', () => {
    fc.assert(
      fc.property(withTwo('capBoost'), ({ s, low, high }) => {
        const less = netImpacts(calculateYears({ ...s, capBoost: low }));
        const more = netImpacts(calculateYears({ ...s, capBoost: high }));
        more.forEach((value, i) => expect(value).toBeLessThanOrEqual(less[i] ?? Number.NaN));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(withTwo('anyway'), ({ s, low, high }) => {
        const less = netImpacts(calculateYears({ ...s, anyway: low }));
        const more = netImpacts(calculateYears({ ...s, anyway: high }));
        more.forEach((value, i) =>
          expect(Math.abs(value)).toBeLessThanOrEqual(Math.abs(less[i] ?? Number.NaN)),
        );
      }),
      RUNS,
    );
  });

  it('with every years default it is today’s model, to the bit', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const today = calculate(scenario);
        const result = calculateYears(withYearsDefaults(scenario));
        expect(result.perCohort).toStrictEqual(today.placements);
        expect(result.fieldAfter).toStrictEqual(today.fieldAfter);
        expect(result.fieldWithout).toStrictEqual(today.fieldNow);
        expect(result.balance).toStrictEqual(today.balance);
        expect(result.verdictAt10).toStrictEqual(today.verdictAt10);
        expect(result.verdictAt100).toStrictEqual(today.verdictAt100);
        expect(result.verdictAtUser).toStrictEqual(today.verdictAtUser);
      }),
      { numRuns: 1_000 },
    );
  });

  it('every figure is finite and every verdict agrees with the sign of its net impact', () => {
    const sign: Record<Verdict['outcome'], number> = {
      'net-positive': 1,
      'net-neutral': 0,
      'net-negative': -1,
    };
    fc.assert(
      fc.property(validYearsScenario, (s) => {
        const r = calculateYears(s);
        const numbers = [
          r.neutral,
          r.fieldAfter.capabilitiesPerSafety,
          r.fieldWithout.capabilitiesPerSafety,
          r.alumniSafety,
          r.alumniCapabilities,
          r.causedSafety,
          r.causedCapabilities,
          ...r.series.fieldRatio,
          ...r.series.fieldRatioWithout,
          ...r.series.alumniSafety,
          ...r.series.alumniCapabilities,
          ...netImpacts(r),
        ];
        expect(numbers.every(Number.isFinite)).toBe(true);
        expect(r.series.length).toBe(s.years + 1);
        expect(r.neutral).toBeGreaterThan(0);
        for (const verdict of [r.verdictAt10, r.verdictAt100, r.verdictAtUser]) {
          expect(Math.sign(verdict.netImpact) + 0).toBe(sign[verdict.outcome]);
        }
      }),
      RUNS,
    );
  });

  it('moves keep the alumni: their total is what the years placed', () => {
    fc.assert(
      fc.property(validYearsScenario, (s) => {
        const r = calculateYears(s);
        const placed = r.perCohort.newSafety + r.perCohort.newCapabilities;
        const total = r.alumniSafety + r.alumniCapabilities;
        const expected = s.years * s.perYear * placed;
        expect(Math.abs(total - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
        expect(r.alumniSafety).toBeGreaterThanOrEqual(0);
        expect(r.alumniCapabilities).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('the end-only run gives the same end as the run with series', () => {
    fc.assert(
      fc.property(validYearsScenario, (s) => {
        const r = calculateYears(s);
        const end = runYearsInto(s, r.perCohort, {
          baseCapabilities: 0,
          baseSafety: 0,
          alumniSafety: 0,
          alumniCapabilities: 0,
        });
        expect(end.alumniSafety).toBe(r.alumniSafety);
        expect(end.alumniCapabilities).toBe(r.alumniCapabilities);
        expect(end.baseCapabilities).toBe(r.series.baseCapabilities[s.years]);
        expect(end.baseSafety).toBe(r.series.baseSafety[s.years]);
      }),
      RUNS,
    );
  });
});
