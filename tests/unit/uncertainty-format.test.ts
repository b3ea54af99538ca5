/**
 * The Monte Carlo figures' texts (src/format/uncertainty-format.ts): chances with one decimal and
 * the "> 99.9 %" / "< 0.1 %" rule decided on counts, medians with 90 % intervals for every kind
 * of figure, words at the edges (R = 0 "any", R = +∞ "never"), and never NaN or Infinity.
 */
import { describe, expect, it } from 'vitest';
import {
  formatChance,
  formatChanceInWords,
  formatSampledText,
  formatSampling,
  sampledBreakEven,
  sampledBreakEvenDetail,
  sampledCapabilitiesPer100Safety,
  sampledFieldRatio,
  sampledNetImpact,
  sampledNewResearchersRatio,
  sampledVerdict,
} from '../../src/format/uncertainty-format';

const chance = (positive: number, samples: number) => ({
  positive,
  samples,
  share: samples > 0 ? positive / samples : 0,
});
const p = (p5: number, median: number, p95: number) => ({ p5, median, p95 });
const INF = Number.POSITIVE_INFINITY;

describe('formatChance', () => {
  it.each([
    [6_240, 10_000, '62.4 %'],
    [5_000, 10_000, '50.0 %'],
    [1, 3, '33.3 %'],
    [10_000, 10_000, '> 99.9 %'],
    [0, 10_000, '< 0.1 %'],
    [1_000, 1_000, '> 99.9 %'],
    // Samples on both sides but the share rounds to 100.0 or 0.0: never written as certainty.
    [99_996, 100_000, '99.9 %'],
    [9_999, 10_000, '99.9 %'],
    [4, 100_000, '0.1 %'],
    [1, 10_000, '0.1 %'],
    [999, 1_000, '99.9 %'],
    [0, 0, 'n/a'],
    [Number.NaN, 10_000, 'n/a'],
  ])('%d of %d samples: %s', (positive, samples, text) => {
    expect(formatChance(chance(positive, samples))).toBe(text);
  });

  it('decides "> 99.9 %" on the counts, not on a share that says 1', () => {
    expect(formatChance({ positive: 9_999, samples: 10_000, share: 1 })).toBe('99.9 %');
  });

  it.each([
    [10_000, 10_000, 'over 99.9 %'],
    [0, 10_000, 'under 0.1 %'],
    [6_240, 10_000, '62.4 %'],
  ])('in words, %d of %d: %s', (positive, samples, text) => {
    expect(formatChanceInWords(chance(positive, samples))).toBe(text);
  });
});

describe('figures as median and 90 % interval', () => {
  it.each([
    ['field ratio x : 1', sampledFieldRatio(p(6.1, 7, 8.2)), '7 : 1, 90 %: 6.1–8.2'],
    ['field ratio 1 : x', sampledFieldRatio(p(0.1, 0.125, 0.2)), '1 : 8, 90 %: 1 : 5–10'],
    ['field ratio across 1 : 1', sampledFieldRatio(p(0.5, 1, 2)), '1 : 1, 90 %: 1 : 2 to 2 : 1'],
    ['field ratio, no spread', sampledFieldRatio(p(10, 10, 10)), '10 : 1, 90 %: 10'],
    ['new researchers', sampledNewResearchersRatio(p(0.1, 0.125, 0.2)), '8 : 1, 90 %: 5–10'],
    [
      'new researchers reaching all safety',
      sampledNewResearchersRatio(p(0, 0.5, 1)),
      '2 : 1, 90 %: 1 : 1 to all safety',
    ],
    [
      'new researchers reaching all capabilities',
      sampledNewResearchersRatio(p(1, 2, INF)),
      '1 : 2, 90 %: all capabilities to 1 : 1',
    ],
    ['per 100 safety', sampledCapabilitiesPer100Safety(p(80, 100, 130)), '100, 90 %: 80–130'],
    [
      'per 100 safety with no safety placements',
      sampledCapabilitiesPer100Safety(p(80, 100, INF)),
      '100, 90 %: 80 to no safety placements',
    ],
    ['break-even', sampledBreakEven(p(0.8, 1, 1.3)), '1 : 1, 90 %: 1 : 0.8–1.3'],
    ['break-even reaching never', sampledBreakEven(p(3, 40, INF)), '1 : 40, 90 %: 1 : 3 to never'],
    ['break-even reaching any', sampledBreakEven(p(0, 0.5, 2)), '1 : 0.5, 90 %: any to 1 : 2'],
    ['break-even never', sampledBreakEven(p(INF, INF, INF)), 'never, 90 %: never'],
    ['break-even any', sampledBreakEven(p(0, 0, 0)), 'any, 90 %: any'],
    ['net impact', sampledNetImpact(p(120, 450, 1_200)), '450, 90 %: 120–1,200'],
    ['net impact across zero', sampledNetImpact(p(-20.5, 30, 1_200)), '30, 90 %: −20.5 to 1,200'],
    ['net impact negative', sampledNetImpact(p(-900, -450, -20)), '−450, 90 %: −900 to −20'],
    ['verdict', sampledVerdict(p(-5, 3, 8)), 'Net positive, 90 %: net negative to net positive'],
    ['verdict, one side', sampledVerdict(p(1, 3, 8)), 'Net positive, 90 %: net positive'],
    ['verdict at zero', sampledVerdict(p(0, 0, 0)), 'Net neutral, 90 %: net neutral'],
  ])('%s: %s', (_, text, expected) => {
    expect(formatSampledText(text)).toBe(expected);
  });

  it('never writes NaN or Infinity, whatever the percentiles', () => {
    const values = [0, -0, 1, 0.5, 2, -3, INF, -INF, Number.NaN, 1e-300, 1e300];
    for (const a of values) {
      for (const b of values) {
        for (const text of [
          sampledFieldRatio(p(a, b, a)),
          sampledNewResearchersRatio(p(a, b, b)),
          sampledCapabilitiesPer100Safety(p(a, a, b)),
          sampledBreakEven(p(a, b, b)),
          sampledNetImpact(p(a, b, b)),
          sampledVerdict(p(a, b, b)),
        ]) {
          expect(formatSampledText(text)).not.toMatch(/NaN|Infinity|∞|undefined/);
        }
      }
    }
  });
});

describe('sampling words', () => {
  it.each([
    [10_000, 1, '10,000 samples, seed 1'],
    [1_000, 4_294_967, '1,000 samples, seed 4,294,967'],
  ])('%d samples, seed %d: %s', (samples, seed, text) => {
    expect(formatSampling(samples, seed)).toBe(text);
  });

  it.each([
    [
      { noSafety: 0, noCapabilities: 0 },
      'median and 90 % interval of R = new capabilities ÷ new safety',
    ],
    [
      { noSafety: 320, noCapabilities: 0 },
      'median and 90 % interval of R = new capabilities ÷ new safety; never in 3.2 % of samples (no safety placements)',
    ],
    [
      { noSafety: 0, noCapabilities: 10_000 },
      'median and 90 % interval of R = new capabilities ÷ new safety; any in 100 % of samples (no capabilities placements)',
    ],
  ])('the break-even line for edge counts %o', (edges, text) => {
    expect(sampledBreakEvenDetail(edges, 10_000)).toBe(text);
  });
});
