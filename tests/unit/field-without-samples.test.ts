/**
 * "Field ratio without the program" with ranges (issue 11 §3 for issue 12's figure): the sampler
 * keeps a column for it, the summary gives its 5th, 50th and 95th percentiles, and the figures
 * CSV has its row (a point row without ranges; p5, median, p95 with them).
 */
import { describe, expect, it } from 'vitest';
import { figuresCsv } from '../../src/export/figures-csv';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { sampleScenario } from '../../src/model/monte-carlo';
import { runUncertainty } from '../../src/model/uncertainty';
import { calculateYears } from '../../src/model/years';
import { decodeLink } from '../../src/url/link-codec';

const LINK = 'https://example.test/?v=1';

/** Five years of two cohorts into a growing field, with `anyway` a range from 10 % to 60 %. */
const PROGRAM = '?v=1&years=5&perYear=2&safGrowth=20&capGrowth=10&anyway=10~60';

function decoded(search: string) {
  const { state, issues } = decodeLink(search);
  expect(issues, search).toEqual([]);
  return state;
}

function table(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.split(','));
}

describe('field ratio without the program, sampled', () => {
  it('is each sample’s own field without the program, as calculateYears gives it', () => {
    const { scenario, ranges } = decoded(PROGRAM);
    const set = sampleScenario(scenario, ranges, { seed: 3, samples: 200 });
    const anyway = set.inputs.anyway;
    expect(anyway).toBeDefined();
    for (let index = 0; index < set.samples; index += 1) {
      const sample = { ...scenario, anyway: anyway?.[index] ?? Number.NaN };
      expect(set.fieldRatioWithout[index]).toBe(
        calculateYears(sample).fieldWithout.capabilitiesPerSafety,
      );
    }
  });

  it('has percentiles that follow the range on `anyway` (more alumni anyway, nearer the field after)', () => {
    const { scenario, ranges, sampling } = decoded(PROGRAM);
    const summary = runUncertainty(scenario, ranges, sampling);
    const without = summary.figures.fieldRatioWithout;
    const anyway = summary.inputs.find((input) => input.key === 'anyway')?.sampled;
    expect(anyway).toBeDefined();
    const at = (share: number) =>
      calculateYears({ ...scenario, anyway: share }).fieldWithout.capabilitiesPerSafety;
    // The ratio falls as `anyway` rises (the alumni lean to safety), so its 5th percentile is
    // the field at anyway's 95th, and its 95th the field at anyway's 5th.
    expect(without.p5).toBeLessThan(without.median);
    expect(without.median).toBeLessThan(without.p95);
    expect(without.p5).toBeCloseTo(at(anyway?.p95 ?? Number.NaN), 3);
    expect(without.median).toBeCloseTo(at(anyway?.median ?? Number.NaN), 3);
    expect(without.p95).toBeCloseTo(at(anyway?.p5 ?? Number.NaN), 3);
    // And it differs from the field after, which counts every alumnus whatever `anyway` is.
    expect(summary.figures.fieldRatioAfter.p95).toBeLessThan(without.p5);
  });

  it('is one number when no alumnus is left in it (anyway at 0), whatever else is a range', () => {
    const { scenario, ranges, sampling } = decoded('?v=1&years=5&capGrowth=10&toCap=5~20');
    const { fieldRatioWithout, fieldRatioAfter } = runUncertainty(
      scenario,
      ranges,
      sampling,
    ).figures;
    const grown = calculateYears(scenario).fieldWithout.capabilitiesPerSafety;
    expect(fieldRatioWithout).toEqual({ p5: grown, median: grown, p95: grown });
    expect(fieldRatioAfter.p5).toBeLessThan(fieldRatioAfter.p95);
  });
});

describe('the figures CSV', () => {
  it('has a row for the field ratio without the program, at a point', () => {
    const scenario = { ...DEFAULT_SCENARIO, anyway: 50 };
    const rows = table(figuresCsv(scenario, calculateYears(scenario), LINK));
    const row = rows.find((r) => r[0] === 'Field ratio without the program');
    // Half of the 500 + 500 alumni: 10,250 : 1,250 = 8.2 : 1 (the field after is 10,500 : 1,500).
    expect(row?.slice(0, 2)).toEqual(['Field ratio without the program', '8.2']);
    expect(row?.[2]).toBe('8.2 : 1');
    const names = rows.map((r) => r[0]);
    expect(names.indexOf('Field ratio without the program')).toBe(
      names.indexOf('Field ratio after') + 1,
    );
  });

  it('gives it p5, median and p95 and the median with its interval, with ranges', () => {
    const { scenario, ranges, sampling } = decoded(PROGRAM);
    const summary = runUncertainty(scenario, ranges, sampling);
    const text = figuresCsv(scenario, calculateYears(scenario), LINK, summary);
    expect(text).toMatch(
      /\r\nField ratio without the program,[\d.]+,"[\d.]+ : 1, 90 %: [\d.]+–[\d.]+",[\d.]+,[\d.]+,[\d.]+\r\n/,
    );
    const row = table(text).find((r) => r[0] === 'Field ratio without the program') ?? [];
    const { p5, median, p95 } = summary.figures.fieldRatioWithout;
    expect(row.slice(-3).map(Number)).toEqual(
      [p5, median, p95].map((value) => Number(value.toPrecision(10))),
    );
  });
});
