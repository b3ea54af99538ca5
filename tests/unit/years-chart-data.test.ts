/**
 * The builders of the three "Over the years" charts (issue 12): their series are the years
 * model's (the last point is the headline's figure), their axes contain what they draw and tick
 * whole years, the longitudinal 8 : 1 sits at the years it covers, edge scenarios give no NaN,
 * the same-inputs checks hold, and the comparison and CSV keep to the chart's years.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate } from '../../src/model/calculate';
import { DEFAULT_SCENARIO, roundToPrecision, type Scenario } from '../../src/model/inputs';
import { calculateYears } from '../../src/model/years';
import {
  YEARS_INPUT_KEYS,
  YEARS_INPUT_SPECS,
  type YearsInputKey,
} from '../../src/model/years-inputs';
import { publishedSplitByYear } from '../../src/model/years-reference';
import { buildFieldYearsSeries } from '../../src/charts/data/field-years-series';
import { buildAlumniYearsSeries } from '../../src/charts/data/alumni-years-series';
import { buildNetImpactYearsSeries } from '../../src/charts/data/net-impact-years-series';
import { yearAxis, yearHeading } from '../../src/charts/data/year-axis';
import {
  compareAlumniYears,
  compareFieldYears,
  compareNetImpactYears,
} from '../../src/charts/data/years-comparison';
import {
  alumniYearsInputsEqual,
  fieldYearsInputsEqual,
  netImpactYearsInputsEqual,
} from '../../src/charts/data/years-same-inputs';
import type { AxisSpec } from '../../src/charts/data/axis';
import { alumniYearsCsv, fieldYearsCsv, netImpactYearsCsv } from '../../src/export/years-csv';
import { validScenario } from './arbitraries';

const years = (changes: Partial<Scenario>, inputs: Partial<Scenario> = {}): Scenario => ({
  ...DEFAULT_SCENARIO,
  ...changes,
  ...inputs,
});

/** A value of one years input on its precision grid: the ends and the default often. */
function yearsValue(key: YearsInputKey): fc.Arbitrary<number> {
  const { min, max, precision, defaultValue } = YEARS_INPUT_SPECS[key];
  const steps = Math.round((max - min) / precision);
  return fc.oneof(
    fc.constantFrom(min, max, defaultValue),
    fc.integer({ min: 0, max: steps }).map((i) => roundToPrecision(min + i * precision, precision)),
  );
}

const validYearsScenario: fc.Arbitrary<Scenario> = fc
  .tuple(
    validScenario,
    fc.record(
      Object.fromEntries(YEARS_INPUT_KEYS.map((key) => [key, yearsValue(key)])) as {
        [K in YearsInputKey]: fc.Arbitrary<number>;
      },
    ),
    fc.constantFrom('set' as const, 'field' as const),
  )
  .map(([scenario, numbers, nFrom]) => ({ ...scenario, ...numbers, nFrom }));

const EDGE: Record<string, Scenario> = {
  defaults: years({}),
  'empty cohort, 5 years': years({ cohort: 0 }, { years: 5 }),
  'nobody placed': years({ toSafety: 0, toIndep: 0, toCap: 0 }, { years: 3 }),
  'anyway 100 %': years({}, { years: 10, anyway: 100 }),
  'shrinking 20 %/yr for 30 years': years({}, { years: 30, safGrowth: -20, capGrowth: -20 }),
  'doubling for 30 years, 4 cohorts': years(
    { cohort: 20_000 },
    { years: 30, perYear: 4, safGrowth: 100, capGrowth: 100 },
  ),
  'drift and pivot 50 %': years({}, { years: 12, drift: 50, pivot: 50 }),
  'N from a tiny field ratio': years(
    { cap: 100, saf: 100_000 },
    { years: 4, nFrom: 'field', importance: 0.1 },
  ),
  'all capabilities, boosted': years(
    { toSafety: 0, toIndep: 0, toCap: 100 },
    { years: 7, capBoost: 200 },
  ),
};

function numbersIn(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (Array.isArray(value)) for (const item of value) numbersIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) numbersIn(item, found);
  }
  return found;
}

function expectInside(axis: AxisSpec, values: readonly number[]) {
  for (const value of values) {
    expect(value).toBeGreaterThanOrEqual(axis.domain[0]);
    expect(value).toBeLessThanOrEqual(axis.domain[1]);
  }
}

describe('the year axis', () => {
  it('spans today to year Y with whole-year ticks only, 0 and Y among them', () => {
    for (let y = 1; y <= 30; y += 1) {
      const axis = yearAxis(y);
      expect(axis.domain).toEqual([0, y]);
      expect(axis.ticks[0]).toBe(0);
      expect(axis.ticks.every(Number.isInteger)).toBe(true);
      expect(axis.ticks.length).toBeLessThanOrEqual(Math.min(y + 1, 11));
      expect(axis.ticks.at(-1)).toBe(y);
      // Ascending, and no two closer than a year.
      for (let i = 1; i < axis.ticks.length; i += 1) {
        expect((axis.ticks[i] ?? 0) - (axis.ticks[i - 1] ?? 0)).toBeGreaterThanOrEqual(1);
      }
    }
    expect(yearAxis(1).ticks).toEqual([0, 1]);
    expect(yearAxis(3).ticks).toEqual([0, 1, 2, 3]);
    expect(yearAxis(15).ticks).toEqual([0, 2, 4, 6, 8, 10, 12, 15]);
    expect(yearAxis(30).ticks).toEqual([0, 5, 10, 15, 20, 25, 30]);
  });

  it('names year 0 today in the readout', () => {
    expect(yearHeading(0)).toBe('Today');
    expect(yearHeading(12)).toBe('End of year 12');
  });
});

describe('The field over the years', () => {
  it('at the defaults draws today → year 1 and ends on calculate()’s field ratio after', () => {
    const series = buildFieldYearsSeries(years({}));
    const today = calculate(DEFAULT_SCENARIO);
    expect(series.xs).toEqual([0, 1]);
    expect(series.withProgram).toEqual([10, today.fieldAfter.capabilitiesPerSafety]);
    expect(series.withoutProgram).toEqual([10, 10]);
    expect(series.text).toBe(
      'After 1 year of one cohort of 1,000 people a year, the field moves from 10 : 1 today to 7 : 1 capabilities to safety researchers with the program. Without the program it would stay at 10 : 1.',
    );
  });

  it('ends on the headline figures, with and without the program, and its axes hold both lines', () => {
    fc.assert(
      fc.property(validYearsScenario, (s) => {
        const series = buildFieldYearsSeries(s);
        const results = calculateYears(s);
        expect(series.xs).toHaveLength(results.years + 1);
        expect(series.withProgram.at(-1)).toBe(results.fieldAfter.capabilitiesPerSafety);
        expect(series.withoutProgram.at(-1)).toBe(results.fieldWithout.capabilitiesPerSafety);
        expectInside(series.yAxis, [...series.withProgram, ...series.withoutProgram]);
        expectInside(series.xAxis, series.xs);
      }),
      { numRuns: 200 },
    );
  });

  it('names the growth and the alumni who would have come anyway', () => {
    const text = buildFieldYearsSeries(
      years({}, { years: 10, safGrowth: 21, capGrowth: -5, anyway: 20 }),
    ).text;
    expect(text).toMatch(/^After 10 years of one cohort of 1,000 people a year/);
    expect(text).toContain('changes by −5 % a year in capabilities and 21 % a year in safety');
    expect(text).toContain('counting only the 20 % of alumni who would have entered anyway');
  });
});

describe('Where alumni work', () => {
  it('marks the longitudinal 80 / 10 % at years 1 to 3 only, as the people placed by then', () => {
    const s = years({ cohort: 100 }, { years: 10, perYear: 2 });
    const series = buildAlumniYearsSeries(s);
    expect(series.longitudinal).toEqual([
      { year: 1, safety: 160, capabilities: 20 },
      { year: 2, safety: 320, capabilities: 40 },
      { year: 3, safety: 480, capabilities: 60 },
    ]);
    // Only the years the axis shows.
    expect(buildAlumniYearsSeries(years({}, { years: 2 })).longitudinal.map((p) => p.year)).toEqual(
      [1, 2],
    );
    expect(buildAlumniYearsSeries(years({})).longitudinal).toEqual([
      { year: 1, safety: 800, capabilities: 100 },
    ]);
    // Under the reader's judgement calls, as on the new-researchers chart.
    const nonGen = years({ nonGen: 25 }, { years: 3 });
    expect(buildAlumniYearsSeries(nonGen).longitudinal[2]).toEqual({
      year: 3,
      ...(({ newSafety, newCapabilities }) => ({
        safety: newSafety,
        capabilities: newCapabilities,
      }))(publishedSplitByYear(nonGen, { toSafety: 80, toIndep: 0, toCap: 10 }, 3)),
    });
    expect(buildAlumniYearsSeries(years({ cohort: 0 }, { years: 5 })).longitudinal).toEqual([]);
  });

  it('lies on the scenario’s lines when the scenario has the published split and no moves', () => {
    const series = buildAlumniYearsSeries(
      years({ toSafety: 80, toIndep: 0, toCap: 10 }, { years: 5 }),
    );
    for (const point of series.longitudinal) {
      expect(point.safety).toBeCloseTo(series.safety[point.year] ?? Number.NaN, 9);
      expect(point.capabilities).toBeCloseTo(series.capabilities[point.year] ?? Number.NaN, 9);
    }
  });

  it('is the model’s alumni by year, with an axis that holds them and the marks', () => {
    fc.assert(
      fc.property(validYearsScenario, (s) => {
        const series = buildAlumniYearsSeries(s);
        const results = calculateYears(s);
        expect(series.safety).toEqual(Array.from(results.series.alumniSafety));
        expect(series.capabilities).toEqual(Array.from(results.series.alumniCapabilities));
        expect(series.yAxis.domain[0]).toBe(0);
        expectInside(series.yAxis, [
          ...series.safety,
          ...series.capabilities,
          ...series.longitudinal.flatMap((p) => [p.safety, p.capabilities]),
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('says where the alumni are and what the data would count', () => {
    const text = buildAlumniYearsSeries(
      years(
        { cohort: 100, toSafety: 80, toIndep: 0, toCap: 10 },
        { years: 10, drift: 5, pivot: 10 },
      ),
    ).text;
    expect(text).toMatch(
      /^After 10 years of one cohort of 100 people a year \(1,000 people placed\)/,
    );
    expect(text).toContain('which in the long run leaves 66.7 % of the alumni in safety');
    expect(text).toContain('about 1 to 3 years after the program');
    expect(text).toContain('would count 240 and 30 of the people placed by the end of year 3');
  });
});

describe('Net impact by year', () => {
  it('at the defaults ends on calculate()’s net impacts', () => {
    const series = buildNetImpactYearsSeries(years({}));
    const today = calculate(DEFAULT_SCENARIO);
    expect(series.values.n10).toEqual([0, today.verdictAt10.netImpact]);
    expect(series.values.n100).toEqual([0, today.verdictAt100.netImpact]);
    expect(series.values.user).toEqual([0, today.verdictAtUser.netImpact]);
    expect(series.lines.map((line) => line.name)).toEqual([
      'At 1 : 10',
      'At 1 : 100',
      'At your 1 : 100 (same as 1 : 100)',
    ]);
  });

  it('ends on the verdicts’ net impacts and contains every line in its axis', () => {
    fc.assert(
      fc.property(validYearsScenario, (s) => {
        const series = buildNetImpactYearsSeries(s);
        const results = calculateYears(s);
        expect(series.values.user.at(-1)).toBe(results.verdictAtUser.netImpact);
        expect(series.values.n10.at(-1)).toBe(results.verdictAt10.netImpact);
        expect(series.lines[2]?.n).toBe(results.neutral);
        expectInside(series.yAxis, [
          0,
          ...series.values.n10,
          ...series.values.n100,
          ...series.values.user,
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('names an N from the field, says when the verdict turns, and says why all is 0', () => {
    const field = buildNetImpactYearsSeries(
      years({ toSafety: 60, toCap: 30 }, { years: 30, drift: 30, nFrom: 'field', importance: 1 }),
    );
    expect(field.lines[2]?.name).toBe('At your 1 : 10, from the field (same as 1 : 10)');
    expect(field.text).toContain('at your 1 : 10, derived from the field');
    expect(field.text).toMatch(/At your ratio it turns net negative in year \d+\./);
    expect(buildNetImpactYearsSeries(years({}, { years: 4, anyway: 100 })).text).toContain(
      'Every alumnus would have entered anyway, so the program caused nothing',
    );
  });
});

describe('every years chart', () => {
  const builders = {
    field: [buildFieldYearsSeries, fieldYearsInputsEqual],
    alumni: [buildAlumniYearsSeries, alumniYearsInputsEqual],
    netImpact: [buildNetImpactYearsSeries, netImpactYearsInputsEqual],
  } as const;

  it.each(Object.entries(EDGE))('gives finite numbers and words for %s', (_, s) => {
    for (const [build] of Object.values(builders)) {
      const series = build(s);
      const numbers = numbersIn({ ...series, xAxis: series.xAxis.domain, yAxis: series.yAxis });
      expect(numbers.every(Number.isFinite)).toBe(true);
      expect(series.text).not.toMatch(/NaN|Infinity|n\/a|undefined/);
    }
  });

  it('gives identical output whenever the check says the inputs are equal', () => {
    const changes: readonly Partial<Scenario>[] = [
      { cap: 250_000 },
      { saf: 37 },
      { cohort: 4321 },
      { neutral: 7 },
      { nonGen: 5 },
      { years: 9 },
      { perYear: 3 },
      { safGrowth: 12 },
      { capGrowth: -3 },
      { drift: 4 },
      { pivot: 6 },
      { anyway: 30 },
      { capBoost: 80 },
      { importance: 3 },
      { nFrom: 'field' },
    ];
    let skipped = 0;
    for (const [build, equal] of Object.values(builders)) {
      for (const base of Object.values(EDGE)) {
        for (const change of changes) {
          const next = { ...base, ...change };
          if (!equal(base, next)) continue;
          skipped += 1;
          expect(build(next)).toEqual(build(base));
        }
      }
    }
    // The checks do skip moves (else this test would prove nothing).
    expect(skipped).toBeGreaterThan(50);
  });

  it('skips exactly the inputs a chart does not show', () => {
    const base = years({});
    expect(fieldYearsInputsEqual(base, years({}, { capBoost: 50, importance: 2 }))).toBe(true);
    expect(fieldYearsInputsEqual(base, years({}, { safGrowth: 5 }))).toBe(false);
    expect(fieldYearsInputsEqual(base, years({}, { anyway: 5 }))).toBe(false);
    expect(alumniYearsInputsEqual(base, years({ cap: 7 }, { capGrowth: 9, anyway: 9 }))).toBe(true);
    expect(alumniYearsInputsEqual(base, years({}, { pivot: 1 }))).toBe(false);
    expect(netImpactYearsInputsEqual(base, years({ cap: 7 }, { safGrowth: 9 }))).toBe(true);
    // N from the field: the field sizes and importance decide N, so they count.
    const field = years({}, { nFrom: 'field' });
    expect(netImpactYearsInputsEqual(field, { ...field, cap: 20_000 })).toBe(false);
    expect(netImpactYearsInputsEqual(field, { ...field, importance: 20 })).toBe(false);
    expect(netImpactYearsInputsEqual(field, { ...field, neutral: 5 })).toBe(true);
  });
});

describe('the comparison on the years charts', () => {
  it('is drawn over the current chart’s years, with its own last year as the marker', () => {
    const current = years({}, { years: 10 });
    const shorter = years({ toSafety: 80, toCap: 10 }, { years: 4 });
    const longer = years({ toSafety: 80, toCap: 10 }, { years: 20 });
    const field = buildFieldYearsSeries(current);
    const short = compareFieldYears(field, shorter);
    expect(short.values).toHaveLength(11);
    expect(short.marker).toEqual({ x: 4, y: short.values[4], clamped: false });
    expect(short.values[4]).toBe(calculateYears(shorter).fieldAfter.capabilitiesPerSafety);
    expect(compareFieldYears(field, longer).marker).toMatchObject({ x: 10, clamped: true });
    const alumni = compareAlumniYears(buildAlumniYearsSeries(current), longer);
    expect(alumni.safety).toHaveLength(11);
    expectInside(alumni.yAxis, [...alumni.safety, ...alumni.capabilities]);
  });

  it('judges net impact at the reader’s N, not the compared scenario’s', () => {
    const current = years({ neutral: 40 }, { years: 6 });
    const other = years({ neutral: 1000 }, { years: 6 });
    const compared = compareNetImpactYears(buildNetImpactYearsSeries(current), other);
    expect(compared.values).toEqual(
      Array.from(calculateYears({ ...other, neutral: 40 }).series.netImpactAtUser),
    );
  });
});

describe('the years charts’ CSV files', () => {
  it('write one row per year and name the years inputs', () => {
    const s = years({ cohort: 100 }, { years: 5, perYear: 2, drift: 5 });
    const link = 'https://example.org/?v=1';
    const field = fieldYearsCsv(buildFieldYearsSeries(s), s, link).split('\r\n');
    expect(field).toContain(
      'year,capabilities_per_safety_researcher_with_program,capabilities_per_safety_researcher_without_program',
    );
    expect(field).toContain('# perYear (Cohorts per year): 2');
    expect(field).toContain('# nFrom (How N is set): set');
    expect(field.filter((line) => /^\d/.test(line))).toHaveLength(6);
    const alumni = alumniYearsCsv(buildAlumniYearsSeries(s), s, link).split('\r\n');
    // 2 cohorts of 100 at the default 50 / 0 / 50 %, and the data's 80 / 10 % of the 200 placed.
    expect(alumni).toContain('1,100,100,160,20');
    expect(alumni.find((line) => line.startsWith('4,'))).toMatch(/,,$/);
    const net = netImpactYearsCsv(buildNetImpactYearsSeries(s), s, link);
    expect(net).toContain('year,net_impact_at_1_10,net_impact_at_1_100,net_impact_at_your_1_100');
  });
});
