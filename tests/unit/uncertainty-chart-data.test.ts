/**
 * The three uncertainty charts' builders (src/charts/data): the chance curve, the net impact
 * histogram and the tornado, from real Monte Carlo summaries of the issue's example link and a
 * few edge cases. Tables for what a reader sees, invariants for what must always hold.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildChanceCurveSeries, chancePointText } from '../../src/charts/data/chance-curve-series';
import { formatSharePercent } from '../../src/charts/data/chance-words';
import { formatChanceInWords } from '../../src/format/chance-format';
import { buildNetImpactHistogramSeries } from '../../src/charts/data/net-impact-histogram-series';
import { buildSensitivitySeries } from '../../src/charts/data/sensitivity-series';
import { barRect } from '../../src/charts/data/marks';
import {
  chanceCurveCsv,
  netImpactHistogramCsv,
  sensitivityCsv,
} from '../../src/export/uncertainty-chart-csv';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import type { ScenarioRanges } from '../../src/model/ranges';
import type { Sensitivity, SensitivityBar } from '../../src/model/sensitivity';
import { runUncertainty, type UncertaintySummary } from '../../src/model/uncertainty';
import { withRangePoints } from '../../src/model/range-points';

/** The issue's link: ?v=1&neutral=10~100&toCap=5~20&indepWeight=0~100. */
const RANGES: ScenarioRanges = {
  neutral: { lo: 10, hi: 100 },
  toCap: { lo: 5, hi: 20 },
  indepWeight: { lo: 0, hi: 100 },
};

function run(ranges: ScenarioRanges, changes: Partial<Scenario> = {}, samples = 10_000) {
  const { scenario } = withRangePoints({ ...DEFAULT_SCENARIO, ...changes }, ranges);
  return { scenario, summary: runUncertainty(scenario, ranges, { seed: 1, samples }) };
}

/** The issue's link: every sample is net positive at the defaults' placements. */
const issueLink = run(RANGES);
/** A split scenario: few safety placements, capabilities 5–50 %, so the verdict is in doubt. */
const example = run({ ...RANGES, toCap: { lo: 5, hi: 50 } }, { toSafety: 2, toIndep: 0 });

describe('share percentages', () => {
  it.each([
    [0.624, '62.4 %'],
    [0.5, '50.0 %'],
    [1, '100.0 %'],
    [0, '0.0 %'],
    [0.9999, '> 99.9 %'],
    [0.0001, '< 0.1 %'],
    [Number.NaN, 'n/a'],
  ])('%s is "%s"', (share, text) => {
    expect(formatSharePercent(share)).toBe(text);
  });
});

describe('chance against N', () => {
  const series = buildChanceCurveSeries(example.summary, example.scenario.neutral);

  it('is the summary’s curve in percent, on a log axis 1–1,000 and 0–100 %', () => {
    expect(series.points).toHaveLength(example.summary.chanceCurve.length);
    expect(series.points[0]?.n).toBe(1);
    expect(series.points.at(-1)?.n).toBeCloseTo(1000, 9);
    expect(series.xAxis).toMatchObject({
      kind: 'log',
      domain: [1, 1000],
      ticks: [1, 10, 100, 1000],
    });
    expect(series.yAxis).toMatchObject({ kind: 'linear', domain: [0, 100] });
    expect(series.xAxis.ticks.map(series.xAxis.format)).toEqual(['1', '10', '100', '1,000']);
  });

  it('never falls as N rises, for any ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 1000 }),
        (capLo, width, seed) => {
          const ranges = { toCap: { lo: capLo, hi: Math.min(100, capLo + width) } };
          const { scenario } = withRangePoints(DEFAULT_SCENARIO, ranges);
          const summary = runUncertainty(scenario, ranges, { seed, samples: 1_000 });
          const points = buildChanceCurveSeries(summary, scenario.neutral).points;
          points.slice(1).forEach((point, index) => {
            expect(point.percent).toBeGreaterThanOrEqual(points[index]?.percent ?? 0);
          });
        },
      ),
      { numRuns: 20 },
    );
  });

  it('is 100 % everywhere from 1 : 10 on for the issue’s link (the defaults are far from break-even)', () => {
    const s = buildChanceCurveSeries(issueLink.summary, issueLink.scenario.neutral);
    expect(s.points.filter((point) => point.n >= 10).every((point) => point.percent === 100)).toBe(
      true,
    );
    // Every sample: written as the headline writes that chance, never "100 %".
    expect(s.text).toContain('over 99.9 % are net positive at 1 : 10');
    const at10 = s.points.find((point) => point.n === 10);
    if (!at10) throw new Error('no point at 1 : 10');
    expect(chancePointText(at10, s.samples)).toBe(
      'At 1 : 10, over 99.9 % of samples are net positive',
    );
  });

  it('words the curve: the readout names N and the share, the text the three chances', () => {
    expect(chancePointText({ n: 10 ** 1.5, percent: 62.4, positive: 6_240 }, 10_000)).toBe(
      'At 1 : 31.6, 62.4 % of samples are net positive',
    );
    // 9,997 of 10,000: samples on both sides, so 99.9 %, as the headline's card writes it.
    expect(chancePointText({ n: 100, percent: 99.97, positive: 9_997 }, 10_000)).toBe(
      'At 1 : 100, 99.9 % of samples are net positive',
    );
    const { at10, at100, atUser } = example.summary.chance;
    expect(series.text).toContain(`${formatChanceInWords(at10)} are net positive at 1 : 10`);
    expect(series.text).toContain(`${formatChanceInWords(at100)} at 1 : 100`);
    // Your ratio is a range here: the chance draws each sample's N from it, and the marked line
    // is only the range's middle (1 : 31.6), so the text does not name that as the chance's N.
    expect(series.text).toContain(
      `${formatChanceInWords(atUser)} at your ratio (each sample at its own N from your range 1 : 10 to 1 : 100)`,
    );
    expect(series.text).toContain('The line "your 1 : 31.6" marks the middle of your range.');
    const point = run({ toCap: { lo: 5, hi: 50 } }, { toSafety: 2, toIndep: 0, neutral: 37 });
    expect(buildChanceCurveSeries(point.summary, 37).text).toContain(
      `${formatChanceInWords(point.summary.chance.atUser)} at your ratio (1 : 37). The chance`,
    );
    const fromField = run(
      { cap: { lo: 5_000, hi: 20_000 } },
      { nFrom: 'field', toSafety: 2, toIndep: 0 },
    );
    expect(buildChanceCurveSeries(fromField.summary, 100).text).toContain(
      "at your ratio (each sample at its own N, from that sample's field)",
    );
  });

  it('starts the keyboard at the reader’s N', () => {
    expect(series.points[series.startIndex]?.n).toBeCloseTo(example.scenario.neutral, 0);
  });
});

describe('the distribution of net impact at your ratio', () => {
  const series = buildNetImpactHistogramSeries(example.summary, example.scenario.neutral);

  it('bar heights, with the tails, add up to the samples counted', () => {
    const counted = series.bars.reduce((sum, bar) => sum + bar.count, 0);
    expect(counted + series.below + series.above).toBe(example.summary.samples);
    const percent = series.bars.reduce((sum, bar) => sum + bar.percent, 0);
    expect(percent).toBeCloseTo((100 * counted) / example.summary.samples, 9);
  });

  it('puts the bars, p5, median, p95 and zero on its axes', () => {
    const [lo, hi] = series.xAxis.domain;
    for (const value of [series.p5, series.median, series.p95, 0]) {
      expect(value).toBeGreaterThanOrEqual(lo);
      expect(value).toBeLessThanOrEqual(hi);
    }
    expect(series.bars[0]?.x0).toBeGreaterThanOrEqual(lo);
    expect(series.bars.at(-1)?.x1).toBeLessThanOrEqual(hi);
    const tallest = Math.max(...series.bars.map((bar) => bar.percent));
    expect(series.yAxis.domain[0]).toBe(0);
    expect(series.yAxis.domain[1]).toBeGreaterThanOrEqual(tallest);
    expect(series.zeroShown).toBe(true);
  });

  it('says whose N each sample is judged at: your range, not its middle', () => {
    expect(series.text).toMatch(
      /^Net impact at your ratio \(each sample at its own N from your range 1 : 10 to 1 : 100\) over 10,000 samples: median/,
    );
    const point = run({ toCap: { lo: 5, hi: 50 } }, { toSafety: 2, toIndep: 0, neutral: 37 });
    expect(buildNetImpactHistogramSeries(point.summary, 37).text).toMatch(
      /^Net impact at your ratio \(1 : 37\) over 10,000 samples: median/,
    );
  });

  it('states the percentiles and the tails outside the bars in words', () => {
    const { p5, median, p95 } = example.summary.figures.netImpactAtUser;
    expect(series.p5).toBe(p5);
    expect(series.text).toMatch(/median −?[\d,.]+ safety-researcher equivalents, 90 % between/);
    const { below, above } = example.summary.netImpactAtUserHistogram;
    expect(below + above).toBeGreaterThan(0);
    expect(series.text).toContain('Beyond the bars, not drawn:');
    if (below > 0) expect(series.text).toContain(`${below} samples`);
    if (above > 0) expect(series.text).toContain(`${above} samples`);
    expect(median).toBeGreaterThan(p5);
    expect(p95).toBeGreaterThan(median);
  });

  it('keeps zero off the axis when every sample is far from it, and says which side', () => {
    // Almost every placement to safety: net impact far above zero at any N.
    const far = run({ cohort: { lo: 900, hi: 1100 } }, { toSafety: 90, toIndep: 0, toCap: 1 });
    const s = buildNetImpactHistogramSeries(far.summary, far.scenario.neutral);
    expect(s.xAxis.domain[0]).toBeGreaterThan(0);
    expect(s.zeroShown).toBe(false);
    expect(s.text).toContain('Every bar lies above zero (net positive).');
  });

  it('draws a point-like spread without NaN', () => {
    const flat = run({ saf: { lo: 500, hi: 2000 } });
    const s = buildNetImpactHistogramSeries(flat.summary, flat.scenario.neutral);
    expect(s.bars.length).toBeGreaterThan(0);
    expect(JSON.stringify(s)).not.toContain('null');
    expect(s.text).not.toMatch(/NaN|Infinity|n\/a/);
  });
});

function bar(key: SensitivityBar['key'], lowImpact: number, highImpact: number): SensitivityBar {
  return {
    key,
    low: 1,
    high: 2,
    netImpactAtLow: lowImpact,
    netImpactAtHigh: highImpact,
    outcomeAtLow: lowImpact > 0 ? 'net-positive' : 'net-negative',
    outcomeAtHigh: highImpact > 0 ? 'net-positive' : 'net-negative',
    swing: Math.abs(highImpact - lowImpact),
    flips: Math.min(lowImpact, highImpact) < 0 && Math.max(lowImpact, highImpact) > 0,
  };
}

describe('the tornado', () => {
  const series = buildSensitivitySeries(example.summary.sensitivity, example.scenario.neutral);

  it('has a row per ranged input, sorted by swing, the largest on top', () => {
    expect(series.rows.map((row) => row.key).sort()).toEqual(['indepWeight', 'neutral', 'toCap']);
    series.rows.slice(1).forEach((row, index) => {
      expect(row.swing).toBeLessThanOrEqual(series.rows[index]?.swing ?? 0);
      expect(row.y).toBeLessThan(series.rows[index]?.y ?? 0);
    });
    expect(series.yAxis.ticks.map(series.yAxis.format)).toEqual(
      series.rows.map((row) => row.label).reverse(),
    );
  });

  it('flags exactly the bars that cross zero', () => {
    const sensitivity: Sensitivity = {
      base: 5,
      baseOutcome: 'net-positive',
      bars: [
        bar('toCap', -20, 30),
        bar('neutral', 2, 12),
        bar('cohort', 1, 4),
        bar('toSafety', 8, -1),
      ],
    };
    const s = buildSensitivitySeries(sensitivity, 100);
    expect(s.rows.filter((row) => row.flips).map((row) => row.key)).toEqual(['toCap', 'toSafety']);
    expect(s.text).toContain('2 inputs alone flip the verdict: Capabilities roles, Safety roles.');
    expect(s.xAxis.domain[0]).toBeLessThanOrEqual(-20);
    expect(s.xAxis.domain[1]).toBeGreaterThanOrEqual(30);
  });

  it('flags the example’s flips as the model does', () => {
    for (const row of series.rows) {
      const crosses =
        Math.min(row.netImpactAtLow, row.netImpactAtHigh) < 0 &&
        Math.max(row.netImpactAtLow, row.netImpactAtHigh) > 0;
      expect(row.flips).toBe(crosses);
      expect(series.text.includes(`${row.label} from`)).toBe(true);
    }
    const [lo, hi] = series.xAxis.domain;
    expect(lo).toBeLessThanOrEqual(Math.min(0, series.base));
    expect(hi).toBeGreaterThanOrEqual(Math.max(0, series.base));
  });

  it('says when no input alone flips the verdict', () => {
    const s = buildSensitivitySeries(
      { base: 5, baseOutcome: 'net-positive', bars: [bar('cohort', 1, 9)] },
      10,
    );
    expect(s.text).toContain('No input alone flips the verdict.');
  });
});

export type { UncertaintySummary };

describe('bars in pixels (marks.ts)', () => {
  const x = (value: number) => 100 + value * 10;
  const y = (value: number) => 300 - value * 2;

  it('is the rectangle between the ends in either order, to a tenth of a pixel', () => {
    expect(barRect({ x0: 3, x1: 1, y0: 0, y1: 12.34 }, x, y)).toEqual({
      x: 110,
      y: 275.3,
      width: 20,
      height: 24.7,
    });
  });

  it('widens a bar of no width to one pixel around its middle, and skips an end off the axis', () => {
    expect(barRect({ x0: 2, x1: 2, y0: 0, y1: 5 }, x, y)).toMatchObject({ x: 119.5, width: 1 });
    expect(barRect({ x0: 0, x1: 1, y0: 0, y1: 5 }, () => null, y)).toBeNull();
  });
});

describe('the uncertainty charts’ CSVs', () => {
  const runInfo = {
    scenario: example.scenario,
    link: 'https://example.org/?v=1',
    samples: example.summary.samples,
    seed: example.summary.seed,
  };

  it('hold every point, bin and row, with the run named', () => {
    const chance = buildChanceCurveSeries(example.summary, example.scenario.neutral);
    const histogram = buildNetImpactHistogramSeries(example.summary, example.scenario.neutral);
    const tornado = buildSensitivitySeries(
      {
        base: 5,
        baseOutcome: 'net-positive',
        bars: [bar('toCap', -20, 30), bar('cohort', 1, 4)],
      },
      100,
    );
    const rows = (text: string) =>
      text
        .trim()
        .split('\r\n')
        .filter((line) => !line.startsWith('#'));
    const chanceCsv = chanceCurveCsv(chance, runInfo);
    expect(chanceCsv).toContain('# Monte Carlo: 10000 samples, seed 1');
    expect(rows(chanceCsv)).toHaveLength(1 + chance.points.length);
    const histogramRows = rows(netImpactHistogramCsv(histogram, runInfo)).slice(1);
    const counted = histogramRows.reduce((sum, line) => sum + Number(line.split(',')[2]), 0);
    expect(counted + histogram.below + histogram.above).toBe(example.summary.samples);
    expect(rows(sensitivityCsv(tornado, runInfo)).slice(1)).toEqual([
      'toCap,Capabilities roles,1,2,-20,30,50,yes',
      'cohort,Cohort size,1,2,1,4,3,no',
    ]);
  });
});
