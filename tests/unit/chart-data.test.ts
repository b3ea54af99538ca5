/**
 * Pure chart-data builders: axes contain what they must, the current point lies on its series,
 * the log chart never loses its ends, and nothing non-finite reaches the live layer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/model/calculate';
import { calculateYears } from '../../src/model/years';
import { formatRatio } from '../../src/format/format';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import { SOURCES } from '../../src/model/sources';
import { niceLinearAxis, sameAxis } from '../../src/charts/data/axis';
import { cohortAxis, cohortAxisMax, cohortSamples } from '../../src/charts/data/cohort-axis';
import { buildFieldRatioSeries, fieldRatioText } from '../../src/charts/data/field-ratio-series';
import { buildNetImpactSeries } from '../../src/charts/data/net-impact-series';
import { buildNewResearchersSeries } from '../../src/charts/data/new-researchers-series';
import {
  clampToLogDomain,
  LOG_DOMAIN_MAX,
  LOG_DOMAIN_MIN,
  SHARE_AXIS,
  SPLIT_AXIS,
} from '../../src/charts/data/split-axes';
import {
  fieldRatioInputsEqual,
  netImpactInputsEqual,
  newResearchersInputsEqual,
} from '../../src/charts/data/same-inputs';

const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });

const EDGE_SCENARIOS: Record<string, Scenario> = {
  defaults: DEFAULT_SCENARIO,
  'cohort 0': scenario({ cohort: 0 }),
  'toCap 0': scenario({ toSafety: 100, toCap: 0 }),
  'toCap 100': scenario({ toSafety: 0, toCap: 100 }),
  'everyone other': scenario({ toSafety: 0, toIndep: 0, toCap: 0 }),
  'cohort 0 and everyone other': scenario({ cohort: 0, toSafety: 0, toIndep: 0, toCap: 0 }),
  'cap 100, saf 100,000': scenario({ cap: 100, saf: 100_000 }),
  'neutral 1': scenario({ neutral: 1 }),
  'neutral 1000': scenario({ neutral: 1000 }),
  'neutral 10': scenario({ neutral: 10 }),
  'cohort at maximum': scenario({ cohort: 20_000 }),
  'independents weighted 0 only': scenario({ toSafety: 0, toIndep: 60, toCap: 0, indepWeight: 0 }),
  'all non-generalizing': scenario({ nonGen: 100 }),
  'tiny capabilities share': scenario({ toSafety: 99.9, toCap: 0.1, cap: 1_000_000, saf: 10 }),
};

/** Every number anywhere in a builder's output, however deeply nested. */
function numbersIn(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (Array.isArray(value)) for (const item of value) numbersIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) numbersIn(item, found);
  }
  return found;
}

function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) stringsIn(item, found);
  }
  return found;
}

function isAscending(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || v > (values[i - 1] ?? -Infinity));
}

describe('nice linear axes', () => {
  // The charts' value axes run from zero (field ratio) or through it (net impact).
  it('contain the range, end on ticks and have about five round ticks', () => {
    fc.assert(
      fc.property(
        // Denormals aside: halving 5e-324 underflows to 0, in d3 as anywhere.
        fc.double({ min: -1e6, max: 0, noNaN: true }).map((v) => (v > -1e-300 ? 0 : v)),
        fc.double({ min: 0, max: 1e6, noNaN: true }).map((v) => (v < 1e-300 ? 0 : v)),
        (low, high) => {
          const axis = niceLinearAxis(low, high, String);
          expect(axis.domain[0]).toBeLessThanOrEqual(low);
          expect(axis.domain[1]).toBeGreaterThanOrEqual(high);
          expect(axis.ticks[0]).toBe(axis.domain[0]);
          expect(axis.ticks.at(-1)).toBe(axis.domain[1]);
          expect(isAscending(axis.ticks)).toBe(true);
          expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
          expect(axis.ticks.length).toBeLessThanOrEqual(11);
          // Labels stay short: no binary noise such as 0.30000000000000004.
          for (const tick of axis.ticks) expect(Number(tick.toPrecision(12))).toBe(tick);
        },
      ),
    );
  });

  it('steps by 1, 2 or 5 × 10^k', () => {
    expect(niceLinearAxis(0, 10.5, String).ticks).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(niceLinearAxis(-3.2, 47, String).ticks).toEqual([-10, 0, 10, 20, 30, 40, 50]);
    expect(niceLinearAxis(0, 0.26, String).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
  });

  it('widens a flat range instead of collapsing the axis', () => {
    const axis = niceLinearAxis(0, 0, String);
    expect(axis.domain[0]).toBeLessThan(0);
    expect(axis.domain[1]).toBeGreaterThan(0);
  });
});

describe('cohort axis', () => {
  it('is a nice number at least twice the cohort', () => {
    expect(cohortAxisMax(1000)).toBe(2000);
    expect(cohortAxisMax(57)).toBe(200);
    expect(cohortAxisMax(120)).toBe(250);
    expect(cohortAxisMax(1300)).toBe(5000);
    expect(cohortAxisMax(20_000)).toBe(50_000);
    for (let cohort = 1; cohort <= 20_000; cohort = Math.ceil(cohort * 1.37)) {
      expect(cohortAxisMax(cohort)).toBeGreaterThanOrEqual(2 * cohort);
    }
  });

  it('is 1,000 for an empty cohort', () => {
    expect(cohortAxisMax(0)).toBe(1000);
  });

  it('has ticks from 0 to the maximum, in fifths or quarters, labelled as counts', () => {
    expect(cohortAxis(2000).ticks).toEqual([0, 500, 1000, 1500, 2000]);
    expect(cohortAxis(2500).ticks).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(cohortAxis(50_000).ticks).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(cohortAxis(20).ticks).toEqual([0, 5, 10, 15, 20]);
    expect(cohortAxis(50_000).ticks.map(cohortAxis(50_000).format)).toContain('10,000');
  });

  it('samples about 60 points and always includes the current cohort exactly', () => {
    const samples = cohortSamples(2000, 1234.5);
    expect(samples).toContain(1234.5);
    expect(samples.length).toBe(62);
    expect(isAscending(samples)).toBe(true);
    expect(cohortSamples(2000, 1000)).toHaveLength(61);
  });

  it('samples whole people where the axis is wide enough, fractions on the smallest axes', () => {
    const wide = cohortSamples(2000, 1000);
    expect(wide.every(Number.isInteger)).toBe(true);
    expect(wide.slice(0, 4)).toEqual([0, 33, 67, 100]);
    expect(new Set(wide).size).toBe(wide.length);
    const narrow = cohortSamples(10, 3);
    expect(narrow[1]).toBeCloseTo(1 / 6);
    expect(narrow.at(-1)).toBe(10);
  });
});

describe("chart 2's axes", () => {
  it('labels the share axis in fifths, as percentages', () => {
    expect(SHARE_AXIS.ticks.map(SHARE_AXIS.format)).toEqual([
      '0 %',
      '20 %',
      '40 %',
      '60 %',
      '80 %',
      '100 %',
    ]);
  });

  it('labels each decade of the log axis as a ratio', () => {
    expect(SPLIT_AXIS.ticks.map(SPLIT_AXIS.format)).toEqual([
      '1 : 1,000',
      '1 : 100',
      '1 : 10',
      '1 : 1',
      '10 : 1',
      '100 : 1',
      '1,000 : 1',
    ]);
  });

  it('clamps values outside the display range to the edge, with a flag', () => {
    expect(clampToLogDomain(5)).toEqual({ y: 5, offScale: null });
    expect(clampToLogDomain(Infinity)).toEqual({ y: LOG_DOMAIN_MAX, offScale: 'above' });
    expect(clampToLogDomain(0)).toEqual({ y: LOG_DOMAIN_MIN, offScale: 'below' });
  });
});

describe('no builder output is ever NaN or infinite', () => {
  for (const [name, s] of Object.entries(EDGE_SCENARIOS)) {
    it(name, () => {
      const outputs = [
        buildFieldRatioSeries(s),
        buildNewResearchersSeries(s),
        buildNetImpactSeries(s),
      ];
      for (const output of outputs) {
        for (const value of numbersIn(output)) expect(Number.isFinite(value)).toBe(true);
        for (const text of stringsIn(output)) expect(text).not.toMatch(/NaN|Infinity|n\/a/);
      }
    });
  }
});

describe('field ratio series (chart 1)', () => {
  it('matches the thread example: 10 : 1 becomes 7 : 1', () => {
    const series = buildFieldRatioSeries(DEFAULT_SCENARIO);
    expect(series.ratioNow).toBe(10);
    expect(series.current).toMatchObject({ cohort: 1000, ratio: 7 });
    expect(fieldRatioText(series.current)).toBe('7 : 1');
    expect(series.text).toBe(
      "With a cohort of 1,000 split as now, the field falls from 10 : 1 to 7 : 1 capabilities to safety researchers. Larger cohorts push it further down, toward 1 capabilities researcher per safety researcher, the new researchers' own balance of 1 : 1 safety to capabilities.",
    );
  });

  it('puts the current point on the series, at the same ratio as calculate()', () => {
    for (const s of Object.values(EDGE_SCENARIOS)) {
      const series = buildFieldRatioSeries(s);
      expect(series.points).toContain(series.current);
      expect(series.current.cohort).toBe(s.cohort);
      const after = calculate(s).fieldAfter.capabilitiesPerSafety;
      expect(series.current.ratio).toBeCloseTo(after, 12);
    }
  });

  it('has x from 0 to the axis maximum and a y domain containing the line, the marker and the field now', () => {
    for (const s of Object.values(EDGE_SCENARIOS)) {
      const series = buildFieldRatioSeries(s);
      expect(series.points[0]?.cohort).toBe(0);
      expect(series.points.at(-1)?.cohort).toBe(series.xAxis.domain[1]);
      expect(series.points.length).toBeLessThanOrEqual(62);
      const [lo, hi] = series.yAxis.domain;
      for (const y of [series.ratioNow, ...series.points.map((p) => p.ratio)]) {
        expect(y).toBeGreaterThanOrEqual(lo);
        expect(y).toBeLessThanOrEqual(hi);
      }
    }
  });

  it('describes the direction honestly', () => {
    expect(buildFieldRatioSeries(scenario({ toSafety: 0, toCap: 100 })).text).toMatch(
      /rises from 10 : 1 to 11 : 1 .*push it further up without limit/,
    );
    expect(buildFieldRatioSeries(scenario({ toSafety: 0, toCap: 0 })).text).toMatch(
      /stays at 10 : 1 .*adds no researchers to either side/,
    );
    // 10 % to capabilities and 1 % to safety matches the field's own 10 : 1.
    expect(buildFieldRatioSeries(scenario({ toSafety: 1, toCap: 10 })).text).toMatch(
      /stays at 10 : 1 .*matches the field's own ratio/,
    );
    expect(buildFieldRatioSeries(scenario({ cohort: 0 })).text).toMatch(
      /empty cohort the field stays at 10 : 1.*would push it down, toward 1 capabilities researcher per safety researcher/,
    );
    expect(
      buildFieldRatioSeries(scenario({ cohort: 1, cap: 1_000_000, saf: 100_000 })).text,
    ).toMatch(/barely moves/);
  });
});

describe('chart 1 beside the headline over the years', () => {
  it("says it places one cohort into today's field, and gives the headline's field at year Y", () => {
    const s = scenario({ years: 10, perYear: 2, cohort: 100, safGrowth: 21, capGrowth: 10 });
    const text = buildFieldRatioSeries(s).text;
    const after = calculateYears(s).fieldAfter;
    expect(text).toContain(
      `This chart places one cohort into today's field; the figures above run the program for 10 years, 2 cohorts of 100 people a year, and by the end of year 10 the field is at ${formatRatio(after.capabilities, after.safety)}.`,
    );
  });

  it('adds nothing for the one-cohort model, where its point is the headline', () => {
    expect(buildFieldRatioSeries(DEFAULT_SCENARIO).text).not.toMatch(/the figures above/);
    expect(buildFieldRatioSeries(scenario({ drift: 20 })).text).not.toMatch(/the figures above/);
  });
});

describe('new researchers series (chart 2)', () => {
  it('gives the current split on the series, matching calculate()', () => {
    const series = buildNewResearchersSeries(DEFAULT_SCENARIO);
    expect(series.current).toMatchObject({
      capShare: 50,
      y: 1,
      offScale: null,
      display: '1 : 1 safety to capabilities',
    });
    expect(series.points).toContain(series.current);
    expect(series.points).toHaveLength(61);
    const custom = scenario({ toSafety: 33.3, toIndep: 12.4, toCap: 7.7 });
    const customSeries = buildNewResearchersSeries(custom);
    const { newSafety, newCapabilities } = calculate(custom).placements;
    expect(customSeries.points).toContain(customSeries.current);
    expect(customSeries.points).toHaveLength(62);
    expect(customSeries.current?.y).toBeCloseTo(newSafety / newCapabilities, 12);
    expect(isAscending(customSeries.points.map((p) => p.capShare))).toBe(true);
  });

  it('clamps and flags the 0 % and 100 % ends instead of dropping them', () => {
    for (const s of Object.values(EDGE_SCENARIOS)) {
      const { points } = buildNewResearchersSeries(s);
      const first = points[0];
      const last = points.at(-1);
      expect(first?.capShare).toBe(0);
      expect(last?.capShare).toBe(100);
      if (s.nonGen === 0 && s.indepWeight > 0) {
        expect(first).toMatchObject({
          y: LOG_DOMAIN_MAX,
          offScale: 'above',
          balance: 'all-safety',
        });
      }
      expect(last).toMatchObject({
        y: LOG_DOMAIN_MIN,
        offScale: 'below',
        balance: 'all-capabilities',
      });
      for (const point of points) {
        if (point.y === null) continue;
        expect(point.y).toBeGreaterThanOrEqual(LOG_DOMAIN_MIN);
        expect(point.y).toBeLessThanOrEqual(LOG_DOMAIN_MAX);
      }
    }
  });

  it('names the ends in tooltips and the text', () => {
    const allSafety = buildNewResearchersSeries(scenario({ toSafety: 100, toCap: 0 }));
    expect(allSafety.current?.display).toBe('all safety (no capabilities placements)');
    expect(allSafety.text).toContain(
      'every new researcher counts as safety (none as capabilities)',
    );
    const allCap = buildNewResearchersSeries(scenario({ toSafety: 0, toCap: 100 }));
    expect(allCap.current?.display).toBe('all capabilities (no safety placements)');
    expect(allCap.text).toContain(
      'every new researcher counts as capabilities (none as safety), below your net-neutral line',
    );
    expect(allCap.text).toContain('assumes the other placements would be safety roles');
    const tiny = buildNewResearchersSeries(scenario({ toSafety: 99.99, toCap: 0.01 }));
    expect(tiny.current).toMatchObject({ offScale: 'above', y: LOG_DOMAIN_MAX });
    expect(tiny.current?.display).toBe('9,999 : 1 safety to capabilities (above the chart)');
  });

  it('uses a hypothetical fully placed cohort when nobody is placed, and says so', () => {
    const series = buildNewResearchersSeries(scenario({ toSafety: 0, toIndep: 0, toCap: 0 }));
    expect(series.current).toBeNull();
    expect(series.text).toMatch(/^Nobody in this scenario is placed/);
    expect(series.points.every((p) => p.y !== null)).toBe(true);
  });

  it('keeps the ratio for an empty cohort, since it does not depend on cohort size', () => {
    const series = buildNewResearchersSeries(scenario({ cohort: 0 }));
    expect(series.current).toMatchObject({ capShare: 50, y: 1 });
    expect(series.text).toContain('The cohort is empty');
  });

  it('draws the thread lines and the user line, merging a duplicate', () => {
    const lines = buildNewResearchersSeries(scenario({ neutral: 250 })).neutralLines;
    expect(lines.map((l) => [l.label, l.y])).toEqual([
      ['net-neutral 1:10', 0.1],
      ['net-neutral 1:100', 0.01],
      ['your net-neutral 1 : 250', 1 / 250],
    ]);
    const merged = buildNewResearchersSeries(DEFAULT_SCENARIO).neutralLines;
    expect(merged.map((l) => l.label)).toEqual(['net-neutral 1:10', 'net-neutral 1:100 (yours)']);
  });

  it('shades above the user line as net positive and below as net negative', () => {
    const series = buildNewResearchersSeries(scenario({ neutral: 40 }));
    expect(series.positiveRegion).toEqual([1 / 40, LOG_DOMAIN_MAX]);
    expect(series.negativeRegion).toEqual([LOG_DOMAIN_MIN, 1 / 40]);
  });

  // The break-even share itself is model maths, tested in break-even.test.ts.
  it('says below which share of placed people in capabilities a split is net positive', () => {
    expect(buildNewResearchersSeries(DEFAULT_SCENARIO).text).toContain(
      'Splits with less than 99 % of placed people in capabilities roles are net positive at your 1 : 100.',
    );
    expect(buildNewResearchersSeries(scenario({ nonGen: 91, neutral: 10 })).text).toContain(
      'No split is net positive at your 1 : 10 with these judgements.',
    );
    // (1 − 0.6) × 1.5 − 0.6 is 1e-16 in floating point, not 0; the verdict calls the best split
    // neutral, so the text must not offer "less than 0 %".
    expect(buildNewResearchersSeries(scenario({ nonGen: 60, neutral: 1.5 })).text).toContain(
      'No split is net positive at your 1 : 1.5 with these judgements.',
    );
  });

  it('describes the current values against the user line', () => {
    expect(buildNewResearchersSeries(DEFAULT_SCENARIO).text).toMatch(
      /^With 50 % of placed people in capabilities roles, the new researchers are 1 : 1 safety to capabilities, above your net-neutral line 1 : 100, so net positive \(100× break-even\)\./,
    );
    expect(
      buildNewResearchersSeries(scenario({ toSafety: 1, toCap: 99, neutral: 10 })).text,
    ).toMatch(/1 : 99 safety to capabilities, below your net-neutral line 1 : 10, so net negative/);
    const onLine = buildNewResearchersSeries(scenario({ toSafety: 1, toCap: 99, neutral: 99 }));
    expect(onLine.text).toContain('on your net-neutral line 1 : 99, so net neutral');
  });

  it('places the published splits with their sources and published figures', () => {
    const points = buildNewResearchersSeries(DEFAULT_SCENARIO).referencePoints;
    expect(points.map((point) => point.id)).toEqual(['survey', 'longitudinal']);
    const [survey, longitudinal] = points;
    expect(survey).toMatchObject({
      label: '2024 alumni survey, 49 / 29 / 1.4 % (55.7 : 1 with your judgements)',
      display: '55.7 : 1 safety to capabilities',
      source: SOURCES.alumniSurvey2024,
    });
    // x is the share of PLACED people in capabilities roles, as for the current split.
    expect(survey?.capShare).toBeCloseTo((100 * 1.4) / 79.4, 10);
    expect(survey?.y).toBeCloseTo(78 / 1.4, 10);
    expect(survey?.caveat).toContain(
      'published as 35 : 1 safety to capabilities with independents ignored, as the thread did, or 55.7 : 1 with them counted',
    );
    expect(survey?.caveat).toContain('independents counted at 100 %');
    expect(longitudinal).toMatchObject({
      label: 'Longitudinal career data, 80 / 10 % (8 : 1 with your judgements)',
      source: SOURCES.longitudinal,
      y: 8,
    });
    expect(longitudinal?.capShare).toBeCloseTo(100 / 9, 10);
    expect(longitudinal?.caveat).toMatch(/date unconfirmed/i);
    expect(longitudinal?.caveat).toContain('published as 8 : 1 safety to capabilities');
  });

  // Issue 9, fault 3: the data are splits, the weights are the reader's.
  it('places each published split where the current split sits for the same split, under any judgements', () => {
    const splits = [
      { id: 'survey', toSafety: 49, toIndep: 29, toCap: 1.4 },
      { id: 'longitudinal', toSafety: 80, toIndep: 0, toCap: 10 },
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 10000 }),
        fc.constantFrom(...splits),
        (weightTenths, nonGenTenths, neutralTenths, split) => {
          const s = scenario({
            toSafety: split.toSafety,
            toIndep: split.toIndep,
            toCap: split.toCap,
            indepWeight: weightTenths / 10,
            nonGen: nonGenTenths / 10,
            neutral: neutralTenths / 10,
          });
          const series = buildNewResearchersSeries(s);
          const point = series.referencePoints.find((p) => p.id === split.id);
          const current = series.current;
          expect(point).toBeDefined();
          expect(current).not.toBeNull();
          expect(point?.capShare).toBeCloseTo(current?.capShare ?? Number.NaN, 10);
          expect(point?.balance).toBe(current?.balance);
          expect(point?.display).toBe(current?.display);
          if (current?.y === null || current?.y === undefined) expect(point?.y).toBeNull();
          else expect(point?.y).toBeCloseTo(current.y, 10);
        },
      ),
    );
  });

  it('reads the survey under the judgements of the issue: 1 : 10.3 at 91 % non-generalizing', () => {
    const s = scenario({ toSafety: 49, toIndep: 29, toCap: 1.4, nonGen: 91, neutral: 10 });
    const series = buildNewResearchersSeries(s);
    const survey = series.referencePoints[0];
    expect(survey?.display).toBe('1 : 10.3 safety to capabilities');
    expect(survey?.label).toBe(
      '2024 alumni survey, 49 / 29 / 1.4 % (1 : 10.3 with your judgements)',
    );
    expect(survey?.y).toBeCloseTo(series.current?.y ?? Number.NaN, 12);
    expect(series.text).toContain(
      "For comparison, with your judgements the 2024 alumni survey's split (1.8 % of placed people in capabilities roles) gives 1 : 10.3 safety to capabilities",
    );
    expect(series.text).not.toContain('35 : 1');
    // Independents ignored is a judgement, and then the thread's 35 : 1 is what the point reads.
    const ignored = buildNewResearchersSeries(scenario({ indepWeight: 0 })).referencePoints[0];
    expect(ignored?.display).toBe('35 : 1 safety to capabilities');
  });

  it('makes sense when every safety placement counts as capabilities (nonGen 100)', () => {
    const series = buildNewResearchersSeries(scenario({ nonGen: 100 }));
    expect(series.text).toMatch(
      /^With 50 % of placed people in capabilities roles, every new researcher counts as capabilities \(none as safety\), below your net-neutral line 1 : 100, so net negative\. Because you set non-generalizing alignment to 100 %, every safety-counted placement counts as capabilities\. No split is net positive at your 1 : 100 with these judgements\./,
    );
    expect(series.text).toContain(
      "the 2024 alumni survey's split (1.8 % of placed people in capabilities roles) gives only capabilities researchers (no safety placements)",
    );
    expect(series.referencePoints.map((p) => p.label)).toEqual([
      '2024 alumni survey, 49 / 29 / 1.4 % (all capabilities with your judgements)',
      'Longitudinal career data, 80 / 10 % (all capabilities with your judgements)',
    ]);
  });

  // Issue 9, fault 10: the sliders are shares of the cohort, the x axis of placed people.
  it('gives the share of the cohort beside the share of placed people where they differ', () => {
    const preset = scenario({ toSafety: 80, toIndep: 0, toCap: 10 });
    const series = buildNewResearchersSeries(preset);
    expect(series.placedShare).toBe(90);
    expect(series.text).toMatch(
      /^With 11.1 % of placed people \(10 % of the cohort\) in capabilities roles, the new researchers are 8 : 1 safety to capabilities, above/,
    );
    // Everyone placed: the two shares are the same, so only one is given.
    expect(buildNewResearchersSeries(DEFAULT_SCENARIO).text).not.toContain('of the cohort');
    expect(
      buildNewResearchersSeries(scenario({ toSafety: 0, toIndep: 0, toCap: 0 })).placedShare,
    ).toBeNull();
  });

  it("writes chart 1's limit with each ratio in its own orientation", () => {
    const text = buildFieldRatioSeries(scenario({ toSafety: 80, toIndep: 0, toCap: 10 })).text;
    expect(text).toContain('from 10 : 1 to 5.61 : 1 capabilities to safety researchers');
    expect(text).toContain(
      "toward 0.125 capabilities researchers per safety researcher, the new researchers' own balance of 8 : 1 safety to capabilities.",
    );
    expect(text).not.toContain('1 : 8');
  });
});

describe('net impact series (chart 3)', () => {
  it('matches the verdicts at the current cohort', () => {
    const series = buildNetImpactSeries(DEFAULT_SCENARIO);
    expect(series.current).toEqual({ cohort: 1000, n10: 450, n100: 495, user: 495 });
    expect(series.points).toContain(series.current);
    expect(series.lines.map((l) => l.name)).toEqual([
      'At 1 : 10',
      'At 1 : 100',
      'At your 1 : 100 (same as 1 : 100)',
    ]);
    expect(series.text).toBe(
      'With a cohort of 1,000 the net impact is 495 safety-researcher equivalents at your net-neutral ratio 1 : 100 (net positive), 450 at 1 : 10. Net impact is proportional to cohort size, so a larger cohort with this split is more net positive.',
    );
  });

  it('is linear in cohort size, through the origin', () => {
    const s = scenario({
      toSafety: 20,
      toIndep: 15,
      toCap: 30,
      indepWeight: 40,
      nonGen: 10,
      neutral: 37,
    });
    const series = buildNetImpactSeries(s);
    const last = series.points.at(-1);
    if (!last) throw new Error('empty series');
    for (const point of series.points) {
      for (const key of ['n10', 'n100', 'user'] as const) {
        expect(point[key]).toBeCloseTo((last[key] * point.cohort) / last.cohort, 9);
      }
    }
    expect(series.points[0]).toEqual({ cohort: 0, n10: 0, n100: 0, user: 0 });
  });

  it('is zero exactly where the verdict is neutral, and has the verdict sign elsewhere', () => {
    const neutral = buildNetImpactSeries(scenario({ toSafety: 1, toCap: 99, neutral: 99 }));
    expect(neutral.points.every((p) => p.user === 0)).toBe(true);
    expect(neutral.text).toContain('exactly net neutral');
    const negative = buildNetImpactSeries(scenario({ toSafety: 1, toCap: 99, neutral: 10 }));
    expect(negative.points.slice(1).every((p) => p.user < 0)).toBe(true);
    expect(negative.text).toContain('more net negative');
  });

  it('has a y domain containing zero and every value', () => {
    for (const s of Object.values(EDGE_SCENARIOS)) {
      const series = buildNetImpactSeries(s);
      const [lo, hi] = series.yAxis.domain;
      expect(lo).toBeLessThanOrEqual(0);
      expect(hi).toBeGreaterThanOrEqual(0);
      expect(lo).toBeLessThan(hi);
      for (const point of series.points) {
        for (const y of [point.n10, point.n100, point.user]) {
          expect(y).toBeGreaterThanOrEqual(lo);
          expect(y).toBeLessThanOrEqual(hi);
        }
      }
    }
  });

  it('describes an empty cohort per person placed', () => {
    const text = buildNetImpactSeries(scenario({ cohort: 0, neutral: 40 })).text;
    expect(text).toContain('The cohort is empty, so the net impact is 0.');
    expect(text).toContain('0.488 safety-researcher equivalents at your net-neutral ratio 1 : 40');
    expect(text).toContain('0.45 at 1 : 10 and 0.495 at 1 : 100');
  });
});

describe('which inputs each chart depends on (used to skip redraws)', () => {
  const builders = {
    fieldRatio: [buildFieldRatioSeries, fieldRatioInputsEqual],
    netImpact: [buildNetImpactSeries, netImpactInputsEqual],
    newResearchers: [buildNewResearchersSeries, newResearchersInputsEqual],
  } as const;
  const changes: readonly Partial<Scenario>[] = [
    { cap: 250_000 },
    { saf: 37 },
    { cohort: 4321 },
    { neutral: 7 },
    { toSafety: 20 },
    { indepWeight: 30, toIndep: 10 },
    { nonGen: 5 },
    // Over the years: only chart 3 plots the program (net-impact-series.ts).
    { years: 5 },
    { perYear: 2 },
    { safGrowth: 20 },
    { capGrowth: -10 },
    { drift: 10 },
    { pivot: 10 },
    { anyway: 30 },
    { capBoost: 50 },
    { importance: 3 },
  ];

  it('gives identical output whenever the check says the inputs are equal', () => {
    for (const [build, equal] of Object.values(builders)) {
      for (const base of Object.values(EDGE_SCENARIOS)) {
        for (const change of changes) {
          const next = { ...base, ...change };
          if (equal(base, next)) expect(build(next)).toEqual(build(base));
        }
      }
    }
  });

  it('skips exactly the inputs a chart does not show', () => {
    const base = DEFAULT_SCENARIO;
    expect(fieldRatioInputsEqual(base, scenario({ neutral: 7 }))).toBe(true);
    expect(fieldRatioInputsEqual(base, scenario({ cap: 7 }))).toBe(false);
    expect(netImpactInputsEqual(base, scenario({ cap: 7, saf: 7 }))).toBe(true);
    expect(netImpactInputsEqual(base, scenario({ cohort: 7 }))).toBe(false);
    expect(newResearchersInputsEqual(base, scenario({ cap: 7, saf: 7, cohort: 7 }))).toBe(true);
    expect(newResearchersInputsEqual(base, scenario({ cohort: 0 }))).toBe(false);
    expect(newResearchersInputsEqual(base, scenario({ neutral: 7 }))).toBe(false);
  });

  it('describes an unchanged axis with equal values, so the live layer keeps its grid', () => {
    const axes = (cohort: number) => {
      const series = buildFieldRatioSeries(scenario({ cohort }));
      return [series.xAxis, series.yAxis] as const;
    };
    const [x900, y900] = axes(900);
    const [x950, y950] = axes(950);
    const [x1300] = axes(1300);
    expect(sameAxis(x900, x950)).toBe(true);
    expect(sameAxis(y900, y950)).toBe(true);
    expect(sameAxis(x900, x1300)).toBe(false);
    expect(sameAxis(x900, { ...x900, format: String })).toBe(false);
  });
});
