/**
 * The "In words" sentences of the years charts' 90 % bands (src/charts/data/years-band-words.ts):
 * at the band's last year, for each line a range moves, naming the lines none moves.
 */
import { describe, expect, it } from 'vitest';
import {
  alumniBandText,
  alumniYearsBandSentence,
  fieldYearsBandSentence,
  FLAT_YEARS_BAND_SENTENCE,
  netImpactYearsBandSentence,
} from '../../src/charts/data/years-band-words';
import type { CurveBand } from '../../src/model/curve-bands';

const XS = [0, 1, 2];
const band = (p5: number[], p95: number[]): CurveBand => ({ xs: XS, p5, p95 });
const flat = (values: number[]): CurveBand => band(values, values);

describe('the years bands in words', () => {
  it('states both field lines at the last year', () => {
    expect(
      fieldYearsBandSentence(band([10, 9, 8], [10, 11, 12.5]), band([10, 10, 9], [10, 12, 14])),
    ).toBe(
      'With your ranges, 90 % of samples put the field ratio at the end of year 2 between 8 : 1 and 12.5 : 1 capabilities to safety researchers with the program, and between 9 : 1 and 14 : 1 without it.',
    );
  });

  it('names the line no range moves, and words the other on its own', () => {
    expect(fieldYearsBandSentence(flat([10, 9, 8]), band([10, 10, 9], [10, 12, 14]))).toBe(
      'With your ranges, 90 % of samples put the field ratio at the end of year 2 between 9 : 1 and 14 : 1 capabilities to safety researchers without the program. None of your ranges moves the field with the program.',
    );
    expect(alumniYearsBandSentence(band([0, 90, 170], [0, 110, 230]), flat([0, 10, 20]))).toBe(
      'With your ranges, 90 % of samples put the alumni at the end of year 2 counted as safety between 170 and 230. None of your ranges moves the alumni counted as capabilities.',
    );
  });

  it('says when no range moves any line', () => {
    expect(fieldYearsBandSentence(flat([10, 9, 8]), flat([10, 10, 10]))).toBe(
      FLAT_YEARS_BAND_SENTENCE,
    );
    expect(netImpactYearsBandSentence(flat([0, 5, 10]), true)).toBe(FLAT_YEARS_BAND_SENTENCE);
  });

  it('states net impact at your ratio, each sample at its own N when N is a range', () => {
    expect(netImpactYearsBandSentence(band([0, -2, -4.5], [0, 30, 63.9]), true)).toBe(
      'With your ranges, 90 % of samples put the net impact at your ratio (each sample at its own N) at the end of year 2 between −4.5 and 63.9 safety-researcher equivalents; the band is shaded around that line.',
    );
    expect(alumniBandText({ p5: 1_200, p95: 1_500 })).toBe('1,200 to 1,500 people');
  });
});
