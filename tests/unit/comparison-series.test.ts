import { describe, expect, it } from 'vitest';
import {
  compareFieldRatio,
  compareNetImpact,
  compareNewResearchers,
} from '../../src/charts/data/comparison-series';
import { buildFieldRatioSeries } from '../../src/charts/data/field-ratio-series';
import { buildNetImpactSeries } from '../../src/charts/data/net-impact-series';
import { buildNewResearchersSeries } from '../../src/charts/data/new-researchers-series';
import { nextPinName, resolveComparison, cleanPinName } from '../../src/model/comparison';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import { NO_RANGES } from '../../src/model/ranges';

const fieldSized: Scenario = {
  ...DEFAULT_SCENARIO,
  cap: 100_000,
  saf: 1_100,
  cohort: 292,
  toSafety: 80,
  toCap: 10,
};

describe('comparison series', () => {
  it('the same scenario compares equal to itself, point by point', () => {
    const field = compareFieldRatio(buildFieldRatioSeries(DEFAULT_SCENARIO), DEFAULT_SCENARIO);
    for (const point of field.points) expect(point.compare).toBeCloseTo(point.ratio, 12);
    expect(field.marker).toEqual({ x: 1000, y: 7, clamped: false });

    const split = compareNewResearchers(
      buildNewResearchersSeries(DEFAULT_SCENARIO),
      DEFAULT_SCENARIO,
    );
    for (const point of split.points) expect(point.compare).toBe(point.y);
    expect(split.marker?.x).toBe(50);

    const impact = compareNetImpact(buildNetImpactSeries(DEFAULT_SCENARIO), DEFAULT_SCENARIO);
    for (const point of impact.points) expect(point.compare).toBeCloseTo(point.user, 9);
  });

  // With independents weighted 50 %, the safety / independent mix matters; at the default
  // 100 % they count exactly like safety roles, so it does not.
  const mixed: Scenario = { ...DEFAULT_SCENARIO, toSafety: 30, toIndep: 20, indepWeight: 50 };
  it.each<[string, Scenario, Scenario, boolean]>([
    ['the same scenario', mixed, mixed, true],
    [
      'another field, cohort and share',
      mixed,
      { ...mixed, cap: 5e4, cohort: 300, toCap: 20 },
      true,
    ],
    [
      'another mix, independents weighted 50 %',
      mixed,
      { ...mixed, toSafety: 45, toIndep: 5 },
      false,
    ],
    [
      'another mix, independents weighted 100 %',
      DEFAULT_SCENARIO,
      { ...DEFAULT_SCENARIO, toSafety: 30, toIndep: 20 },
      true,
    ],
    ['another weight for independents', mixed, { ...mixed, indepWeight: 80 }, false],
    ['another non-generalizing share', mixed, { ...mixed, nonGen: 10 }, false],
  ])('new-researchers lines coincide (%s): %s', (_name, current, other, same) => {
    expect(compareNewResearchers(buildNewResearchersSeries(current), other).sameLine).toBe(same);
  });

  it('the y axis grows to fit a comparison far above the current scenario', () => {
    const field = compareFieldRatio(buildFieldRatioSeries(DEFAULT_SCENARIO), fieldSized);
    const top = Math.max(...field.points.map((p) => p.compare));
    expect(field.yAxis.domain[1]).toBeGreaterThanOrEqual(top);
    expect(field.yAxis.domain[1]).toBeGreaterThanOrEqual(100_000 / 1_100);
  });

  it('the compared net impact line is judged at the reader’s N, not the compared scenario’s', () => {
    const current = { ...DEFAULT_SCENARIO, toSafety: 75, toCap: 20, neutral: 10 };
    const impact = compareNetImpact(buildNetImpactSeries(current), DEFAULT_SCENARIO);
    const atOwnCohort = impact.points.find((point) => point.cohort === 1_000);
    // The defaults (500 / 500) at 1 : 10: 500 − 50 = 450, not their own 1 : 100's 495.
    expect(atOwnCohort?.compare).toBeCloseTo(450, 9);
    expect(impact.marker.y).toBeCloseTo(450, 9);
  });

  it('a comparison cohort beyond the x axis is drawn at its edge and flagged', () => {
    const big = { ...DEFAULT_SCENARIO, cohort: 20_000 };
    const impact = compareNetImpact(buildNetImpactSeries(DEFAULT_SCENARIO), big);
    expect(impact.marker.clamped).toBe(true);
    expect(impact.marker.x).toBe(2_000);
  });

  it('every comparison value is finite, also at the extremes', () => {
    const extremes: Scenario[] = [
      { ...DEFAULT_SCENARIO, cohort: 0 },
      { ...DEFAULT_SCENARIO, toCap: 0 },
      { ...DEFAULT_SCENARIO, toSafety: 0, toCap: 100 },
      { ...DEFAULT_SCENARIO, toSafety: 0, toCap: 0 },
    ];
    for (const a of extremes) {
      for (const b of extremes) {
        const field = compareFieldRatio(buildFieldRatioSeries(a), b);
        const impact = compareNetImpact(buildNetImpactSeries(a), b);
        const split = compareNewResearchers(buildNewResearchersSeries(a), b);
        for (const p of field.points) expect(Number.isFinite(p.compare)).toBe(true);
        for (const p of impact.points) expect(Number.isFinite(p.compare)).toBe(true);
        for (const p of split.points)
          expect(p.compare === null || Number.isFinite(p.compare)).toBe(true);
      }
    }
  });
});

describe('pins and comparison targets', () => {
  it('names new pins with the first free "Scenario N"', () => {
    const pin = (name: string) => ({ name, scenario: DEFAULT_SCENARIO, ranges: NO_RANGES });
    expect(nextPinName([])).toBe('Scenario 1');
    expect(nextPinName([pin('Scenario 1'), pin('Scenario 3')])).toBe('Scenario 2');
  });

  it('cleans pin names', () => {
    expect(cleanPinName('  a \n b  ', 'x')).toBe('a b');
    expect(cleanPinName('   ', 'fallback')).toBe('fallback');
    expect(cleanPinName('y'.repeat(60), 'x')).toHaveLength(40);
  });

  it('resolves each kind of target', () => {
    const pins = [{ name: 'Mine', scenario: fieldSized, ranges: NO_RANGES }];
    expect(resolveComparison({ kind: 'none' }, pins)).toBeNull();
    expect(resolveComparison({ kind: 'defaults' }, pins)?.scenario).toBe(DEFAULT_SCENARIO);
    expect(resolveComparison({ kind: 'preset', id: 'longitudinal' }, pins)?.scenario.toCap).toBe(
      10,
    );
    expect(resolveComparison({ kind: 'pin', index: 0 }, pins)?.name).toBe('Mine');
    expect(resolveComparison({ kind: 'pin', index: 3 }, pins)).toBeNull();
  });
});
