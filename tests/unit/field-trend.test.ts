/**
 * Where the field's capabilities : safety ratio heads as the cohort grows (src/model/field-trend.ts;
 * docs/model.md, "Where the field ratio heads"): from cap / saf toward the newcomers' own a / b,
 * monotonically, never past it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldAfter, placementsOf } from '../../src/model/calculate';
import { fieldRatioTrend, type FieldRatioTrend } from '../../src/model/field-trend';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import { validScenario } from './arbitraries';

const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });

function ratioAfter(s: Scenario, cohort: number): number {
  return fieldAfter(s, placementsOf(s, { ...s, cohort })).capabilitiesPerSafety;
}

function limitOf(trend: FieldRatioTrend): number | null {
  return trend.kind === 'down' || trend.kind === 'up' ? trend.limit : null;
}

describe('where the field ratio heads', () => {
  it.each([
    // name, changes, kind, limit (capabilities per safety researcher)
    ["the thread's 500 / 500 cohort: 10 : 1 toward 1 : 1", {}, 'down', 1],
    ['an empty cohort: the same split, the same trend', { cohort: 0 }, 'down', 1],
    [
      'the survey, independents counted',
      { toSafety: 49, toIndep: 29, toCap: 1.4 },
      'down',
      1.4 / 78,
    ],
    ['the longitudinal 8 : 1', { toSafety: 80, toCap: 10 }, 'down', 1 / 8],
    ['a field already better than the cohort', { cap: 100, saf: 1_000 }, 'up', 1],
    ['a split at the field ratio, 5 / 50 %', { toSafety: 5, toCap: 50 }, 'steady', null],
    ['no capabilities placements', { toSafety: 100, toCap: 0 }, 'down-to-zero', null],
    ['no safety placements', { toSafety: 0, toCap: 100 }, 'up-without-limit', null],
    ['all non-generalizing', { nonGen: 100 }, 'up-without-limit', null],
    ['everyone other', { toSafety: 0, toIndep: 0, toCap: 0 }, 'no-one-added', null],
    [
      'only independents, weighted 0',
      { toSafety: 0, toIndep: 60, toCap: 0, indepWeight: 0 },
      'no-one-added',
      null,
    ],
  ] as const)('%s', (_name, changes, kind, limit) => {
    const trend = fieldRatioTrend(scenario(changes));
    expect(trend.kind).toBe(kind);
    if (limit === null) expect(limitOf(trend)).toBeNull();
    else expect(limitOf(trend)).toBeCloseTo(limit, 12);
  });

  it('moves the field ratio its way, monotonically, and never past the limit', () => {
    fc.assert(
      fc.property(
        validScenario,
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (s, x, y) => {
          const [small, large] = x <= y ? [x, y] : [y, x];
          const trend = fieldRatioTrend(s);
          const now = s.cap / s.saf;
          const [a, b] = [ratioAfter(s, small), ratioAfter(s, large)];
          const slack = 1e-9 * Math.max(now, a, b);
          switch (trend.kind) {
            case 'no-one-added':
            case 'steady':
              expect(Math.abs(a - now)).toBeLessThanOrEqual(slack);
              expect(Math.abs(b - now)).toBeLessThanOrEqual(slack);
              break;
            case 'down':
            case 'down-to-zero':
              expect(b).toBeLessThanOrEqual(a + slack);
              expect(a).toBeLessThanOrEqual(now + slack);
              expect(b).toBeGreaterThanOrEqual((limitOf(trend) ?? 0) - slack);
              break;
            case 'up':
            case 'up-without-limit':
              expect(b).toBeGreaterThanOrEqual(a - slack);
              expect(a).toBeGreaterThanOrEqual(now - slack);
              expect(b).toBeLessThanOrEqual((limitOf(trend) ?? Infinity) + slack);
              break;
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('reaches the limit as the cohort grows without bound', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const limit = limitOf(fieldRatioTrend(s));
        fc.pre(limit !== null);
        expect(Math.abs(ratioAfter(s, 1e15) / (limit ?? 1) - 1)).toBeLessThan(1e-3);
      }),
      { numRuns: 1_000 },
    );
  });
});
