import { describe, expect, it } from 'vitest';
import { formatRange } from '../../src/format/range-format';

describe('range words', () => {
  it('names the interval, its ends as the sliders write them, and the family', () => {
    expect(formatRange('toCap', { lo: 5, hi: 20 })).toBe('90 % between 5 % and 20 %, logit-normal');
    expect(formatRange('neutral', { lo: 10, hi: 100 })).toBe(
      '90 % between 1 : 10 and 1 : 100, lognormal',
    );
    expect(formatRange('cap', { lo: 5_000, hi: 20_000 })).toBe(
      '90 % between 5,000 researchers and 20,000 researchers, lognormal',
    );
  });

  it('writes a point range as the point', () => {
    expect(formatRange('cohort', { lo: 1_000, hi: 1_000 })).toBe('exactly 1,000 people');
  });
});
