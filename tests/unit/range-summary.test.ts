/**
 * The line under a range's ends (issue 11): the family in words and the median, which near a
 * bound or on a log scale is not where a reader would guess.
 */
import { describe, expect, it } from 'vitest';
import { formatRangeSummary } from '../../src/format/range-summary';

describe('formatRangeSummary', () => {
  it.each([
    ['toCap', 5, 20, '90 % between 5 % and 20 %, logit-normal; median 10.3 %'],
    ['toCap', 0, 20, '90 % between 0 % and 20 %, logit-normal; median 1.1 %'],
    ['neutral', 10, 1000, '90 % between 1 : 10 and 1 : 1,000, lognormal; median 1 : 100'],
    [
      'cohort',
      500,
      1500,
      '90 % between 500 people and 1,500 people, logit-normal; median 872 people',
    ],
  ] as const)('%s %d–%d', (key, lo, hi, text) => {
    expect(formatRangeSummary(key, { lo, hi })).toBe(text);
  });

  it('a range whose ends read the same has no median to add', () => {
    expect(formatRangeSummary('toCap', { lo: 5, hi: 5 })).toBe('exactly 5 %');
  });
});
