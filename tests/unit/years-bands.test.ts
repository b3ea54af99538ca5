/**
 * The 90 % bands of the "Over the years" charts (src/model/years-bands.ts): one value per year
 * 0 … Y, computed from the run's own samples; a point scenario gives a band of no width exactly
 * on each line the charts draw; at year Y each band is the headline's interval of the same figure;
 * a range widens a band only in the years and lines where its input acts; and a band contains
 * its line wherever the line moves one way with the only ranged input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canBeRange, DEFAULT_SCENARIO, INPUT_KEYS, type InputKey } from '../../src/model/inputs';
import type { CurveBand } from '../../src/model/curve-bands';
import { withRangePoints } from '../../src/model/range-points';
import type { ScenarioRanges } from '../../src/model/ranges';
import { runUncertainty } from '../../src/model/uncertainty';
import { calculateYears, type YearsSeries } from '../../src/model/years';
import type { YearsBands } from '../../src/model/years-bands';
import type { Scenario } from '../../src/model/inputs';
import { validRange, validRangedScenario, validScenario } from './arbitraries';

/** The lines of calculateYears' series each band follows. */
const LINE_OF: Record<keyof YearsBands, Exclude<keyof YearsSeries, 'length'>> = {
  fieldRatio: 'fieldRatio',
  fieldRatioWithout: 'fieldRatioWithout',
  alumniSafety: 'alumniSafety',
  alumniCapabilities: 'alumniCapabilities',
  netImpactAtUser: 'netImpactAtUser',
};
const BAND_KEYS = Object.keys(LINE_OF) as (keyof YearsBands)[];

function pointRanges(scenario: Scenario): ScenarioRanges {
  return Object.fromEntries(
    INPUT_KEYS.filter(canBeRange).map((key) => [key, { lo: scenario[key], hi: scenario[key] }]),
  ) as ScenarioRanges;
}

function bandsOf(scenario: Scenario, ranges: ScenarioRanges, samples = 2_000, seed = 1) {
  return runUncertainty(scenario, ranges, { seed, samples });
}

function ranged(changes: Partial<Scenario>, ranges: ScenarioRanges) {
  return withRangePoints({ ...DEFAULT_SCENARIO, ...changes }, ranges);
}

/** The years at which a band has width. */
function wideYears(band: CurveBand): number[] {
  return band.xs.filter((_, index) => (band.p5[index] ?? 0) < (band.p95[index] ?? 0));
}

/** The program: two cohorts of 100 a year for 10 years, 80 / 10 %, a growing field. */
const PROGRAM: Partial<Scenario> = {
  years: 10,
  perYear: 2,
  cohort: 100,
  toSafety: 80,
  toIndep: 0,
  toCap: 10,
  cap: 100_000,
  saf: 600,
  capGrowth: 10,
  safGrowth: 21,
};

describe('the bands over the years', () => {
  it('sit at years 0 … Y, with p5 ≤ p95 and no NaN', () => {
    fc.assert(
      fc.property(validRangedScenario, ({ scenario, ranges }) => {
        const { years } = runUncertainty(scenario, ranges, { seed: 2, samples: 60 }).bands;
        const Y = calculateYears(scenario).years;
        for (const key of BAND_KEYS) {
          const band = years[key];
          expect(band.xs).toEqual(Array.from({ length: Y + 1 }, (_, year) => year));
          band.xs.forEach((_, index) => {
            const low = band.p5[index] ?? Number.NaN;
            const high = band.p95[index] ?? Number.NaN;
            expect(Number.isNaN(low) || Number.isNaN(high)).toBe(false);
            expect(low).toBeLessThanOrEqual(high);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a point scenario gives p5 = p95 = each line the charts draw, exactly', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const { years } = bandsOf(scenario, pointRanges(scenario), 30).bands;
        const { series } = calculateYears(scenario);
        for (const key of BAND_KEYS) {
          // + 0: the band writes net impact's −0 as 0.
          const line = Array.from(series[LINE_OF[key]], (value) => value + 0);
          expect(years[key].p5).toEqual(line);
          expect(years[key].p95).toEqual(line);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("at year Y each band is the headline's interval of the same figure", () => {
    const { scenario, ranges } = ranged(PROGRAM, {
      toCap: { lo: 5, hi: 30 },
      drift: { lo: 0, hi: 20 },
      capGrowth: { lo: 5, hi: 20 },
      neutral: { lo: 10, hi: 100 },
    });
    const summary = bandsOf(scenario, ranges, 10_000, 7);
    const { years } = summary.bands;
    const at = (band: CurveBand) => [band.p5[10], band.p95[10]];
    const interval = ({ p5, p95 }: { p5: number; p95: number }) => [p5, p95];
    expect(at(years.fieldRatio)).toEqual(interval(summary.figures.fieldRatioAfter));
    expect(at(years.alumniSafety)).toEqual(interval(summary.figures.newSafety));
    expect(at(years.alumniCapabilities)).toEqual(interval(summary.figures.newCapabilities));
    expect(at(years.netImpactAtUser)).toEqual(interval(summary.figures.netImpactAtUser));
    // Today is the field now, before anyone is placed.
    expect([years.fieldRatio.p5[0], years.fieldRatio.p95[0]]).toEqual(
      interval(summary.figures.fieldRatioNow),
    );
    expect(years.alumniSafety.p95[0]).toBe(0);
    expect(years.netImpactAtUser.p95[0]).toBe(0);
  });

  it('a range on drift widens nothing before anyone has moved (years 0 and 1)', () => {
    const { scenario, ranges } = ranged(PROGRAM, { drift: { lo: 5, hi: 30 } });
    const { years } = bandsOf(scenario, ranges).bands;
    const moved = [2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(wideYears(years.alumniSafety)).toEqual(moved);
    expect(wideYears(years.alumniCapabilities)).toEqual(moved);
    expect(wideYears(years.fieldRatio)).toEqual(moved);
    expect(wideYears(years.netImpactAtUser)).toEqual(moved);
    // Without the program (none would have come anyway) is the base field alone.
    expect(wideYears(years.fieldRatioWithout)).toEqual([]);
  });

  it('a range on the growth of the field widens the field lines only, from year 1', () => {
    const { scenario, ranges } = ranged(PROGRAM, { capGrowth: { lo: 0, hi: 30 } });
    const { years } = bandsOf(scenario, ranges).bands;
    const grown = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(wideYears(years.fieldRatio)).toEqual(grown);
    expect(wideYears(years.fieldRatioWithout)).toEqual(grown);
    for (const key of ['alumniSafety', 'alumniCapabilities', 'netImpactAtUser'] as const) {
      expect(wideYears(years[key])).toEqual([]);
    }
  });

  it('a range on anyway widens the field without the program and net impact, not the rest', () => {
    const { scenario, ranges } = ranged(PROGRAM, { anyway: { lo: 10, hi: 60 } });
    const { years } = bandsOf(scenario, ranges).bands;
    const placed = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(wideYears(years.fieldRatioWithout)).toEqual(placed);
    expect(wideYears(years.netImpactAtUser)).toEqual(placed);
    for (const key of ['fieldRatio', 'alumniSafety', 'alumniCapabilities'] as const) {
      expect(wideYears(years[key])).toEqual([]);
    }
  });

  it("use the run's draws: a range one line does not depend on leaves that line's band", () => {
    const { scenario, ranges } = ranged(PROGRAM, { toCap: { lo: 5, hi: 30 } });
    const base = bandsOf(scenario, ranges).bands.years;
    const more = bandsOf(scenario, {
      ...ranges,
      capGrowth: { lo: 0, hi: 30 },
      capBoost: { lo: 0, hi: 100 },
    }).bands.years;
    expect(more.alumniSafety).toEqual(base.alumniSafety);
    expect(more.alumniCapabilities).toEqual(base.alumniCapabilities);
    expect(more.fieldRatio).not.toEqual(base.fieldRatio);
    expect(more.netImpactAtUser).not.toEqual(base.netImpactAtUser);
  });

  it('with one range, on an input each line moves one way with, every band holds its line', () => {
    // Each line is monotone in each of these inputs alone (docs/model.md, "The steps"), so its
    // percentiles are the line at the input's percentiles, which lie either side of its middle.
    // Not the shares: where the share rule starts scaling, alumni in safety can turn (with pivot,
    // more capabilities alumni first add safety alumni a year later, then scaling takes them).
    const monotone: readonly InputKey[] = [
      'drift',
      'pivot',
      'perYear',
      'capGrowth',
      'safGrowth',
      'anyway',
      'capBoost',
    ];
    const oneRange = fc
      .constantFrom(...monotone)
      .chain((key) => fc.tuple(fc.constant(key), validRange(key)));
    fc.assert(
      fc.property(
        validScenario,
        fc.integer({ min: 1, max: 30 }),
        oneRange,
        (given, years, [key, range]) => {
          const { scenario, ranges } = withRangePoints({ ...given, years }, { [key]: range });
          // A middle rounded onto an end (perYear 1 to 2 is 2) need not lie inside the band.
          const kept = ranges[key];
          fc.pre(kept !== undefined && kept.lo < scenario[key] && scenario[key] < kept.hi);
          const { years: bands } = bandsOf(scenario, ranges, 1_000, 3).bands;
          const { series } = calculateYears(scenario);
          for (const band of BAND_KEYS) {
            series[LINE_OF[band]].forEach((value, year) => {
              const low = bands[band].p5[year] ?? Number.NaN;
              const high = bands[band].p95[year] ?? Number.NaN;
              // The line is one of the samples' values in exact arithmetic; allow for round-off.
              const slack = 1e-9 * Math.max(1, Math.abs(value));
              expect(low).toBeLessThanOrEqual(value + slack);
              expect(high).toBeGreaterThanOrEqual(value - slack);
            });
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('with one year (the default) each band has two points, today and year 1', () => {
    const { scenario, ranges } = ranged({}, { toCap: { lo: 5, hi: 20 } });
    const { years } = bandsOf(scenario, ranges).bands;
    for (const key of BAND_KEYS) expect(years[key].xs).toEqual([0, 1]);
    expect(wideYears(years.alumniCapabilities)).toEqual([1]);
    expect(wideYears(years.fieldRatio)).toEqual([1]);
  });
});
