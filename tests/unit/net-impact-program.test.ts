/**
 * Chart 3, "Net impact against cohort size", plots what the headline's net impact says: over the
 * years, each point is the whole program with cohorts of that size, what it caused by the end of
 * year Y (with `anyway` and `capBoost`), so the point at the scenario's own cohort is the
 * headline's figure; its CSV says so. With the years defaults it is one cohort, as before.
 */
import { describe, expect, it } from 'vitest';
import { buildNetImpactSeries } from '../../src/charts/data/net-impact-series';
import { netImpactCsv } from '../../src/export/csv';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import { calculate } from '../../src/model/calculate';
import { calculateYears } from '../../src/model/years';

const LINK = 'https://example.test/?v=1';
const PROGRAM: Scenario = {
  ...DEFAULT_SCENARIO,
  neutral: 40,
  years: 6,
  perYear: 3,
  drift: 5,
  pivot: 2,
  anyway: 25,
  capBoost: 50,
  safGrowth: 21,
};

function expectClose(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('chart 3 over the years', () => {
  it('is the headline’s net impact at the scenario’s own cohort, to the bit', () => {
    const series = buildNetImpactSeries(PROGRAM);
    const headline = calculateYears(PROGRAM);
    expect(series.current.user).toBe(headline.verdictAtUser.netImpact);
    expect(series.current.n10).toBe(headline.verdictAt10.netImpact);
    expect(series.current.n100).toBe(headline.verdictAt100.netImpact);
    // Not one cohort's: 18 cohorts, three quarters of them credited, capabilities weighed 1.5×.
    expect(series.current.user).not.toBeCloseTo(calculate(PROGRAM).verdictAtUser.netImpact, 0);
    expect(series.programYears).toBe(6);
  });

  it('is, at every cohort size on its axis, the program with cohorts of that size', () => {
    const series = buildNetImpactSeries(PROGRAM);
    for (const point of series.points) {
      const program = calculateYears({ ...PROGRAM, cohort: point.cohort });
      expectClose(point.user, program.verdictAtUser.netImpact);
      expectClose(point.n10, program.verdictAt10.netImpact);
      expectClose(point.n100, program.verdictAt100.netImpact);
    }
  });

  it('is one cohort with the years defaults, and its CSV says which', () => {
    const one = buildNetImpactSeries(DEFAULT_SCENARIO);
    expect(one.programYears).toBeNull();
    expect(one.current.user).toBe(calculate(DEFAULT_SCENARIO).verdictAtUser.netImpact);
    expect(netImpactCsv(one, DEFAULT_SCENARIO, LINK)).toMatch(
      /^# Net impact against cohort size, in safety-researcher equivalents\.\r\n/,
    );
    const csv = netImpactCsv(buildNetImpactSeries(PROGRAM), PROGRAM, LINK);
    expect(csv).toMatch(
      /^# Net impact against cohort size, in safety-researcher equivalents: each row is the whole program with every cohort of that size, what it caused by the end of year 6 \(the headline's net impact\)\.\r\n/,
    );
    const row = csv
      .split('\r\n')
      .find((line) => line.startsWith(`${PROGRAM.cohort},`))
      ?.split(',')
      .map(Number);
    const headline = calculateYears(PROGRAM);
    expect(row?.[3]).toBe(Number(headline.verdictAtUser.netImpact.toPrecision(10)));
  });

  it('says when the program causes nothing (everyone would have entered anyway)', () => {
    const series = buildNetImpactSeries({ ...PROGRAM, anyway: 100 });
    expect(series.current.user).toBe(0);
    expect(series.text).toBe(
      'The program causes nothing here, so the net impact is 0 at any cohort size.',
    );
  });
});
