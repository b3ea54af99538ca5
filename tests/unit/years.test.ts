/**
 * The years model (issue 12), step by step, against figures worked out by hand (docs/model.md,
 * "Over the years"), and against today's one-cohort model at the defaults.
 */
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/model/calculate';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import {
  calculateYears,
  effectiveNeutral,
  neutralFromField,
  type YearsResults,
} from '../../src/model/years';
import { runYearsInto, type YearsEnd } from '../../src/model/years-end';
import type { YearsInputKey } from '../../src/model/inputs';
import { ONE_COHORT_MEANING } from './url-fixtures';

type YearsInputs = Pick<Scenario, YearsInputKey | 'nFrom'>;
/** A scenario with the years inputs of the one-cohort model, and any override. */
function withYearsDefaults(s: Scenario, years: Partial<YearsInputs> = {}): Scenario {
  return { ...s, ...ONE_COHORT_MEANING, ...years };
}
import { URL_FIXTURES } from './url-fixtures';

function years(scenario: Partial<Scenario>, inputs: Partial<YearsInputs>): YearsResults {
  return calculateYears(withYearsDefaults({ ...DEFAULT_SCENARIO, ...scenario }, inputs));
}

/** Relative closeness, for figures worked out by hand with other arithmetic than the model's. */
function expectClose(actual: number, expected: number, relative = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('with every default and one year it is today’s model, to the bit', () => {
  it.each(URL_FIXTURES.map((fixture) => [fixture.note, fixture.scenario] as const))(
    'fixture link: %s',
    (_note, scenario) => {
      const today = calculate(scenario);
      const result = calculateYears(withYearsDefaults(scenario));
      expect(result.perCohort).toStrictEqual(today.placements);
      expect(result.fieldNow).toStrictEqual(today.fieldNow);
      expect(result.fieldAfter).toStrictEqual(today.fieldAfter);
      expect(result.balance).toStrictEqual(today.balance);
      expect(result.verdictAt10).toStrictEqual(today.verdictAt10);
      expect(result.verdictAt100).toStrictEqual(today.verdictAt100);
      expect(result.verdictAtUser).toStrictEqual(today.verdictAtUser);
      // Nobody would have come anyway, so without the program the field is today's.
      expect(result.fieldWithout).toStrictEqual(today.fieldNow);
      // The series: today, then the end of year 1 with the headline's own figures.
      expect(result.series.length).toBe(2);
      expect(result.series.fieldRatio[0]).toBe(today.fieldNow.capabilitiesPerSafety);
      expect(result.series.fieldRatio[1]).toBe(today.fieldAfter.capabilitiesPerSafety);
      expect(result.series.netImpactAtUser[1]).toBe(today.verdictAtUser.netImpact);
    },
  );

  it('N from the field at the thread’s 10,000 : 1,000 and importance 10 is its 1 : 100', () => {
    const derived = years({}, { nFrom: 'field' });
    expect(derived.neutral).toBe(100);
    expect(derived.verdictAtUser).toStrictEqual(calculate(DEFAULT_SCENARIO).verdictAt100);
    // Importance 1: the "not crazy" 1 : 10.
    const one = years({}, { nFrom: 'field', importance: 1 });
    expect(one.neutral).toBe(10);
    expect(one.verdictAtUser).toStrictEqual(calculate(DEFAULT_SCENARIO).verdictAt10);
  });
});

describe('step 1: the base field grows', () => {
  it('at 21 %/yr the safety side is 1.21³ times larger after three years', () => {
    const result = years({ toSafety: 0, toCap: 0 }, { years: 3, safGrowth: 21 });
    expectClose(result.series.baseSafety[3] ?? Number.NaN, 1_000 * 1.21 ** 3);
    expect(result.series.baseCapabilities[3]).toBe(10_000);
  });

  it('growth below zero shrinks it, and the ratios stay finite at the extremes', () => {
    // cap 10,000 +50 %/yr, saf 1,000 −20 %/yr: (15,000, 800), (22,500, 640), (33,750, 512).
    const result = years({}, { years: 3, capGrowth: 50, safGrowth: -20 });
    expect(Array.from(result.series.baseCapabilities)).toEqual([10_000, 15_000, 22_500, 33_750]);
    expect(Array.from(result.series.baseSafety).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([
      1_000, 800, 640, 512,
    ]);
    // The smallest field shrinking for 30 years: 10 × 0.8^30 = 0.0124 safety researchers.
    const smallest = years(
      { cap: 100, saf: 10, cohort: 0 },
      { years: 30, capGrowth: -20, safGrowth: -20 },
    );
    expectClose(smallest.series.baseSafety[30] ?? Number.NaN, 10 * 0.8 ** 30, 1e-9);
    expectClose(smallest.fieldAfter.capabilitiesPerSafety, 10, 1e-9);
  });

  it('growth never touches the alumni, so net impact does not depend on it', () => {
    const still = years({}, { years: 10, perYear: 2, drift: 5 });
    const growing = years({}, { years: 10, perYear: 2, drift: 5, capGrowth: 100, safGrowth: -20 });
    expect(growing.series.alumniSafety).toEqual(still.series.alumniSafety);
    expect(growing.verdictAtUser).toStrictEqual(still.verdictAtUser);
    expect(growing.fieldAfter.capabilitiesPerSafety).not.toBe(
      still.fieldAfter.capabilitiesPerSafety,
    );
  });
});

describe('step 2 and 3: alumni move, then the year’s cohorts are placed', () => {
  // Two cohorts a year of 1,000 at 80 / 0 / 10 %: 1,600 safety and 200 capabilities a year.
  // Drift 10 % and pivot 20 %, both from the stocks at the start of the step:
  //   year 1: nothing to move yet                     → (1,600, 200)
  //   year 2: 160 leave safety, 40 leave capabilities → (1,480, 320) + (1,600, 200) = (3,080, 520)
  //   year 3: 308 and 104                             → (2,876, 724) + (1,600, 200) = (4,476, 924)
  const moving = years(
    { toSafety: 80, toCap: 10 },
    { years: 3, perYear: 2, drift: 10, pivot: 20, capGrowth: 50, safGrowth: -20 },
  );

  it('drift and pivot together, from the stocks at the start of each step', () => {
    const safety = Array.from(moving.series.alumniSafety);
    const capabilities = Array.from(moving.series.alumniCapabilities);
    [0, 1_600, 3_080, 4_476].forEach((value, year) => expectClose(safety[year] ?? NaN, value));
    [0, 200, 520, 924].forEach((value, year) => expectClose(capabilities[year] ?? NaN, value));
    // Moves keep the alumni: 3 years × 2 cohorts × 900 placed people.
    expectClose(moving.alumniSafety + moving.alumniCapabilities, 5_400);
  });

  it('the field after counts every alumnus; net impact at 1 : N follows the issue’s formula', () => {
    // (33,750 + 924) : (512 + 4,476).
    expectClose(moving.fieldAfter.capabilitiesPerSafety, 34_674 / 4_988);
    expectClose(moving.verdictAt10.netImpact, 4_476 - 924 / 10);
    expectClose(moving.verdictAt100.netImpact, 4_476 - 924 / 100);
    expect(moving.verdictAt10.outcome).toBe('net-positive');
  });

  it('a cohort first moves in the year after it is placed: at Y = 1 moves change nothing', () => {
    const today = calculate(DEFAULT_SCENARIO);
    const result = years({}, { drift: 50, pivot: 50 });
    expect(result.fieldAfter).toStrictEqual(today.fieldAfter);
    expect(result.verdictAtUser).toStrictEqual(today.verdictAtUser);
  });

  it('drift alone moves safety alumni to capabilities and can flip the verdict', () => {
    // One cohort a year of 50 / 50 with half of safety leaving each year: the safety stock tends
    // to 500 / 0.5 = 1,000 while capabilities grow 500 + 500 a year; at 1 : 1 it turns negative.
    const result = years({ neutral: 1 }, { years: 4, drift: 50 });
    // Safety: 500, 750, 875, 937.5; capabilities: 500, 1,250, 2,125, 3,062.5.
    expect(Array.from(result.series.alumniSafety)).toEqual([0, 500, 750, 875, 937.5]);
    expect(Array.from(result.series.alumniCapabilities)).toEqual([0, 500, 1_250, 2_125, 3_062.5]);
    expect(result.series.netImpactAtUser[1]).toBe(0);
    expect(result.verdictAtUser.outcome).toBe('net-negative');
    expect(result.verdictAtUser.netImpact).toBe(937.5 - 3_062.5);
  });
});

describe('what the program caused', () => {
  it('anyway at 100 %: net impact exactly 0 in every year and every verdict neutral', () => {
    const result = years({ toSafety: 80, toCap: 10 }, { years: 30, perYear: 4, anyway: 100 });
    for (const verdict of [result.verdictAt10, result.verdictAt100, result.verdictAtUser]) {
      expect(verdict.outcome).toBe('net-neutral');
      expect(Object.is(verdict.netImpact, 0)).toBe(true);
    }
    for (const line of [
      result.series.netImpactAt10,
      result.series.netImpactAt100,
      result.series.netImpactAtUser,
    ]) {
      expect(Array.from(line).every((value) => Object.is(value, 0))).toBe(true);
    }
    expect(result.breakEven).toEqual({ kind: 'none' });
    // Every alumnus would have come anyway: the field without the program is the field after.
    expect(result.fieldWithout).toStrictEqual(result.fieldAfter);
  });

  it('anyway scales net impact by 1 − anyway and moves the field without the program', () => {
    const result = years({}, { anyway: 25 });
    expect(result.verdictAt10.netImpact).toBe(0.75 * 500 - (0.75 * 500) / 10);
    // 10,000 + 125 : 1,000 + 125.
    expectClose(result.fieldWithout.capabilitiesPerSafety, 10_125 / 1_125);
    expect(result.fieldAfter).toStrictEqual(calculate(DEFAULT_SCENARIO).fieldAfter);
  });

  it('capBoost weighs capabilities alumni in net impact and the break-even, not in the ratios', () => {
    const result = years({}, { capBoost: 100 });
    expect(result.verdictAt10.netImpact).toBe(500 - 1_000 / 10);
    expect(result.breakEven).toEqual({ kind: 'ratio', r: 2 });
    expect(result.fieldAfter).toStrictEqual(calculate(DEFAULT_SCENARIO).fieldAfter);
    expect(result.balance).toStrictEqual(calculate(DEFAULT_SCENARIO).balance);
  });
});

describe('N from the field', () => {
  it('is importance × capabilities ÷ safety of today’s field, not of the grown one', () => {
    expect(neutralFromField(100_000, 1_100, 1)).toBe(100_000 / 1_100);
    const result = years(
      { cap: 100_000, saf: 1_100 },
      { nFrom: 'field', importance: 2, years: 10, capGrowth: 30 },
    );
    expect(result.neutral).toBe(2 * (100_000 / 1_100));
    expect(result.verdictAtUser.n).toBe(result.neutral);
  });

  it('the slider’s N is ignored with nFrom = field, and the derived one may leave its range', () => {
    const base = { ...withYearsDefaults(DEFAULT_SCENARIO), nFrom: 'field' as const };
    expect(effectiveNeutral({ ...base, neutral: 3 })).toBe(100);
    expect(effectiveNeutral({ ...base, importance: 0.1, cap: 100, saf: 100_000 })).toBeCloseTo(
      1e-4,
      15,
    );
    expect(effectiveNeutral({ ...base, nFrom: 'set', neutral: 3 })).toBe(3);
  });
});

describe('thirty years, four cohorts a year', () => {
  // Cohorts of 100 at 80 / 0 / 10 %: k = 4 × 90 = 360 placed a year, k_s = 320 of them in safety.
  // With drift d = 5 % and pivot p = 10 %, the safety stock x_y before the year's placements moves
  // as x_y = r·x_{y−1} + p·T_{y−1} + k_s, r = 1 − d − p = 0.85, T_y = 360·y (moves keep alumni).
  // Trying x_y = α·y + β + γ·r^y: α = p·k / (d + p) = 240, β = (k_s − p·k − r·α) / (1 − r) = 1,600 / 3,
  // and x_0 = 0 gives γ = −β. So x_30 = 7,200 + (1,600 / 3)·(1 − 0.85^30) = 7,729.2636…
  const x30 = 7_200 + (1_600 / 3) * (1 - 0.85 ** 30);
  const result = years(
    { cap: 100_000, saf: 600, cohort: 100, toSafety: 80, toCap: 10 },
    {
      years: 30,
      perYear: 4,
      drift: 5,
      pivot: 10,
      safGrowth: 21,
      capGrowth: 10,
      anyway: 20,
      capBoost: 50,
    },
  );

  it('the alumni stocks match the closed form', () => {
    expect(x30).toBeCloseTo(7_729.2636, 4);
    expect(result.series.length).toBe(31);
    expectClose(result.alumniSafety, x30, 1e-12);
    expectClose(result.alumniCapabilities, 10_800 - x30, 1e-12);
    // Every year, not only the last.
    for (let y = 1; y <= 30; y += 1) {
      const expected = 240 * y + (1_600 / 3) * (1 - 0.85 ** y);
      expectClose(result.series.alumniSafety[y] ?? NaN, expected, 1e-12);
    }
  });

  it('the field ratios, with and without the program', () => {
    const cap30 = 100_000 * 1.1 ** 30;
    const saf30 = 600 * 1.21 ** 30;
    expectClose(result.fieldAfter.capabilitiesPerSafety, (cap30 + 10_800 - x30) / (saf30 + x30));
    expectClose(
      result.fieldWithout.capabilitiesPerSafety,
      (cap30 + 0.2 * (10_800 - x30)) / (saf30 + 0.2 * x30),
    );
    expect(result.fieldAfter.capabilitiesPerSafety).toBeCloseTo(9.1799, 4);
    expect(result.fieldWithout.capabilitiesPerSafety).toBeCloseTo(9.4746, 4);
  });

  it('net impact at 1 : 10, 1 : 100 and your N', () => {
    const at = (n: number) => 0.8 * (x30 - ((10_800 - x30) * 1.5) / n);
    expectClose(result.verdictAt10.netImpact, at(10), 1e-12);
    expectClose(result.verdictAt100.netImpact, at(100), 1e-12);
    expectClose(result.verdictAtUser.netImpact, at(100), 1e-12);
    expect(result.verdictAt100.netImpact).toBeCloseTo(6_146.56, 1);
  });

  it('runYearsInto gives the same end, without the series', () => {
    const end: YearsEnd = {
      baseCapabilities: 0,
      baseSafety: 0,
      alumniSafety: 0,
      alumniCapabilities: 0,
    };
    runYearsInto(
      withYearsDefaults(
        { ...DEFAULT_SCENARIO, cap: 100_000, saf: 600 },
        {
          years: 30,
          perYear: 4,
          drift: 5,
          pivot: 10,
          safGrowth: 21,
          capGrowth: 10,
        },
      ),
      result.perCohort,
      end,
    );
    expect(end.alumniSafety).toBe(result.alumniSafety);
    expect(end.alumniCapabilities).toBe(result.alumniCapabilities);
    expect(end.baseSafety).toBe(result.series.baseSafety[30]);
  });
});
