/**
 * The chances in the quote, the argument and the CSVs (issue 11): stated with the run's samples
 * and seed, your ratio's range, the "over 99.9 %" form; the figures CSV gains p5, median, p95
 * columns and the chances only with ranges; the samples-per-input CSV has one row per range.
 */
import { describe, expect, it } from 'vitest';
import { buildArgument } from '../../src/format/argument';
import { buildQuote } from '../../src/format/quote';
import { figuresCsv } from '../../src/export/figures-csv';
import { sampledInputsCsv } from '../../src/export/sampled-inputs-csv';
import { calculateYears as calculate } from '../../src/model/years';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { runUncertainty } from '../../src/model/uncertainty';
import { decodeLink } from '../../src/url/link-codec';

const LINK = 'https://example.test/?v=1';

function run(search: string) {
  const { scenario, ranges, sampling } = decodeLink(search).state;
  return { scenario, ranges, sampling, summary: runUncertainty(scenario, ranges, sampling) };
}

function table(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.split(','));
}

// 3.3 % at 1 : 10, 81.5 % at 1 : 100, 36.4 % at your ratio (10,000 samples, seed 1).
const MIXED = '?v=1&neutral=10~100&toCap=30~60&nonGen=85~99';

describe('the quote with ranges', () => {
  it('states the chances with the samples and seed once the run has answered', () => {
    const { scenario, ranges, sampling, summary } = run(MIXED);
    const quote = buildQuote(scenario, calculate(scenario), LINK, {
      ranges,
      sampling,
      chances: summary,
    });
    expect(quote).toContain(
      'The chance of net positive across the ranges (10,000 samples, seed 1) is 3.3 % at 1 : 10, 81.5 % at 1 : 100 and 36.4 % at the assumed ratio (1 : 10 to 1 : 100).',
    );
    expect(quote.endsWith(` ${LINK}`)).toBe(true);
    // The sampling is named once, in the chances sentence.
    expect(quote.match(/seed/g)).toHaveLength(1);
  });

  it('states none while the run is under way, and none without ranges', () => {
    const { scenario, ranges, sampling } = run(MIXED);
    expect(buildQuote(scenario, calculate(scenario), LINK, { ranges, sampling })).not.toContain(
      'chance',
    );
    expect(buildQuote(DEFAULT_SCENARIO, calculate(DEFAULT_SCENARIO), LINK)).not.toContain('chance');
  });

  it('writes "over 99.9 %" in words, and your point ratio when it is neither 10 nor 100', () => {
    const { scenario, ranges, sampling, summary } = run(
      '?v=1&toCap=0&nonGen=0&cohort=500~1500&neutral=30&seed=7&samples=2000',
    );
    const quote = buildQuote(scenario, calculate(scenario), LINK, {
      ranges,
      sampling,
      chances: summary,
    });
    expect(quote).toContain(
      '(2,000 samples, seed 7) is over 99.9 % at 1 : 10, over 99.9 % at 1 : 100 and over 99.9 % at the assumed ratio (1 : 30).',
    );
    // Seed and samples are not the defaults, and are still named once.
    expect(quote.match(/seed 7/g)).toHaveLength(1);
  });
});

describe('the argument with ranges', () => {
  it('ends with the chances and says what the figures are', () => {
    const { scenario, summary } = run(MIXED);
    const paragraphs = buildArgument(scenario, calculate(scenario), summary);
    expect(paragraphs.at(-1)).toMatch(
      /^The chance of net positive across the ranges \(10,000 samples, seed 1\) is 3\.3 % at 1 : 10, 81\.5 % at 1 : 100 and 36\.4 % at your ratio \(1 : 10 to 1 : 100\)\. The walk-through above takes the middle of each range; the headline figures are the medians/,
    );
    expect(buildArgument(scenario, calculate(scenario))).toHaveLength(paragraphs.length - 1);
  });
});

describe('the figures CSV with ranges', () => {
  it('adds p5, median, p95 to the figures, and the chances', () => {
    const { scenario, summary } = run(MIXED);
    const rows = table(figuresCsv(scenario, calculate(scenario), LINK, summary));
    expect(rows[0]).toEqual(['figure', 'value', 'shown as', 'p5', 'median', 'p95']);
    const row = (name: string) => rows.find((r) => r[0] === name);
    expect(row('Chance net positive at 1:10')?.slice(1, 3)).toEqual(['3.33', '3.3 %']);
    expect(row('Chance net positive at 1:100')?.slice(1, 3)).toEqual(['81.51', '81.5 %']);
    const breakEven = summary.figures.breakEvenRatio;
    // The shown-as cell holds a comma (quoted), so the percentiles are the last three cells.
    expect(row('Break-even ratio')?.slice(-3).map(Number)).toEqual(
      [breakEven.p5, breakEven.median, breakEven.p95].map((v) => Number(v.toPrecision(10))),
    );
    const [p5, median, p95] = (row('Net impact at 1:100') ?? []).slice(-3).map(Number);
    expect(p5).toBeLessThan(median ?? Number.NaN);
    expect(median).toBeLessThan(p95 ?? Number.NaN);
    // What the page shows: the median and the interval (quoted: the cell holds a comma).
    expect(figuresCsv(scenario, calculate(scenario), LINK, summary)).toMatch(
      /Field ratio after,[\d.]+,"[\d.]+ : 1, 90 %: [\d.]+–[\d.]+",/,
    );
    expect(figuresCsv(scenario, calculate(scenario), LINK, summary)).toContain(
      '# Uncertainty: 10,000 samples, seed 1.',
    );
  });

  it('has its three columns and no chances without ranges', () => {
    const rows = table(figuresCsv(DEFAULT_SCENARIO, calculate(DEFAULT_SCENARIO), LINK));
    expect(rows[0]).toEqual(['figure', 'value', 'shown as']);
    expect(rows.some((r) => r[0]?.startsWith('Chance'))).toBe(false);
    expect(rows.find((r) => r[0] === 'Break-even ratio')).toEqual([
      'Break-even ratio',
      '1',
      '1 : 1',
    ]);
  });
});

describe('the samples per input CSV', () => {
  it('has one row per range, its ends, family and sampled percentiles', () => {
    const { scenario, summary } = run(MIXED);
    const rows = table(sampledInputsCsv(summary, scenario, LINK));
    expect(rows[0]?.slice(0, 8)).toEqual([
      'input',
      'label',
      'unit',
      'family',
      'range_low',
      'range_high',
      'point_value',
      'fitted_median',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(summary.inputs.map((input) => input.key));
    const neutral = rows.find((r) => r[0] === 'neutral');
    expect(neutral?.slice(3, 7)).toEqual(['lognormal', '10', '100', String(scenario.neutral)]);
    // The sampled 5th and 95th percentiles sit at the ends, within sampling error.
    expect(Number(neutral?.[8])).toBeCloseTo(10, -0.3);
    expect(Number(neutral?.[10])).toBeCloseTo(100, -1.3);
  });
});
