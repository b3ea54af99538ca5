/**
 * The words of the scenario charts' 90 % bands (src/charts/data/band-words.ts) and their CSV
 * columns (src/export/csv.ts): the ends at one x, the "In words" sentence at the scenario's own x
 * with the chart's units and edge words, and the sentence when no range moves a line.
 */
import { describe, expect, it } from 'vitest';
import {
  bandEndsAt,
  FLAT_BAND_SENTENCE,
  fieldRatioBandSentence,
  netImpactBandSentence,
  newResearchersBandSentence,
  newResearchersBandText,
} from '../../src/charts/data/band-words';
import { buildFieldRatioSeries } from '../../src/charts/data/field-ratio-series';
import { fieldRatioCsv } from '../../src/export/csv';
import type { CurveBand } from '../../src/model/curve-bands';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';

const band = (xs: number[], p5: number[], p95: number[]): CurveBand => ({ xs, p5, p95 });

describe('band words', () => {
  it('reads the ends at exactly one of the band’s x values, and nowhere else', () => {
    const b = band([0, 500, 1000], [10, 8, 6.1], [10, 9, 8.2]);
    expect(bandEndsAt(b, 1000)).toEqual({ p5: 6.1, p95: 8.2 });
    expect(bandEndsAt(b, 999)).toBeNull();
  });

  it('states the field ratio at your cohort, and what a cohort range leaves out', () => {
    const b = band([0, 1000, 2000], [10, 6.1, 5], [10, 8.2, 7]);
    expect(fieldRatioBandSentence(b, 1000, false)).toBe(
      'With your ranges, 90 % of samples put the field ratio after a cohort of 1,000 people between 6.1 : 1 and 8.2 : 1 capabilities to safety researchers.',
    );
    expect(fieldRatioBandSentence(b, 1000, true)).toMatch(/leaves out the spread of your cohort/);
    // An empty cohort: the end of the axis, said so.
    expect(fieldRatioBandSentence(b, 0, false)).toMatch(
      /after a cohort of 2,000 people \(the end of the axis; yours is empty\) between 5 : 1 and 7 : 1/,
    );
  });

  it('states net impact with signs, and says when no range moves a line', () => {
    const b = band([0, 1000], [0, -4.5], [0, 63.9]);
    expect(netImpactBandSentence(b, 1000, true)).toMatch(
      /at your ratio \(each sample at its own N\) for a cohort of 1,000 people between −4.5 and 63.9 safety-researcher equivalents/,
    );
    expect(netImpactBandSentence(band([0, 1], [0, 2], [0, 2]), 1, false)).toBe(FLAT_BAND_SENTENCE);
  });

  it('writes new researchers in their own orientation, with the axis’ edge words', () => {
    expect(newResearchersBandText({ p5: 0.5, p95: 3 })).toBe(
      '1 : 2 to 3 : 1 safety to capabilities',
    );
    expect(newResearchersBandText({ p5: 0, p95: Number.POSITIVE_INFINITY })).toBe(
      'all capabilities to all safety',
    );
    const b = band(
      [0, 25, 100],
      [Number.POSITIVE_INFINITY, 0.5, 0],
      [Number.POSITIVE_INFINITY, 3, 0],
    );
    expect(newResearchersBandSentence(b, 25)).toBe(
      'With your ranges, 90 % of samples put the new researchers at your split (25 % of placed people in capabilities roles) between 1 : 2 and 3 : 1 safety to capabilities.',
    );
    expect(newResearchersBandSentence(b, null)).toBe('');
  });

  it('adds p5 and p95 columns to a chart CSV, empty where the band has no sample', () => {
    const series = buildFieldRatioSeries(DEFAULT_SCENARIO);
    const xs = series.points.map((point) => point.cohort).filter((x) => x !== 1000);
    const csv = fieldRatioCsv(series, DEFAULT_SCENARIO, 'https://example.org/?v=1', {
      band: band(
        xs,
        xs.map(() => 5),
        xs.map(() => 9),
      ),
      samples: 10_000,
      seed: 1,
    });
    expect(csv).toContain('cohort_size_people,capabilities_per_safety_researcher_after,p5,p95\r\n');
    expect(csv).toContain('\r\n0,10,5,9\r\n');
    expect(csv).toContain('\r\n1000,7,,\r\n');
    expect(csv).toContain("(the chart's 90 % band; 10,000 samples, seed 1)");
    expect(fieldRatioCsv(series, DEFAULT_SCENARIO, 'x')).not.toContain('p5');
  });
});
