import { describe, expect, it } from 'vitest';
import {
  formatInputValue,
  formatMargin,
  formatNetImpact,
  formatRatio,
} from '../../src/format/format';

describe('formats', () => {
  it.each([
    [10, '10× break-even'],
    [0.5, '0.5× break-even'],
    [0.999001, '0.999001× break-even'],
    [1.0004, '1.0004× break-even'],
    [1, '1× break-even'],
  ])('margin %f reads "%s" (never "1×" unless exactly at break-even)', (value, text) => {
    expect(formatMargin({ kind: 'finite', timesBreakEven: value })).toBe(text);
  });

  it.each([
    ['cap', 1, '1 researcher'],
    ['cap', 10_000, '10,000 researchers'],
    ['cohort', 1, '1 person'],
    ['cohort', 0, '0 people'],
    ['toSafety', 49, '49 %'],
    ['toCap', 1.4, '1.4 %'],
    ['neutral', 100, '1 : 100'],
  ] as const)('slider value text for %s = %d is "%s"', (key, value, text) => {
    expect(formatInputValue(key, value)).toBe(text);
  });

  it('ratios put the larger side first as "N : 1" or "1 : N"', () => {
    expect(formatRatio(10_500, 1_500)).toBe('7 : 1');
    expect(formatRatio(1, 100)).toBe('1 : 100');
    expect(formatRatio(0, 1)).toBe('n/a');
  });

  it('net impact uses a true minus sign', () => {
    expect(formatNetImpact(-20.5)).toBe('−20.5');
    expect(formatNetImpact(-0)).toBe('0');
  });
});
