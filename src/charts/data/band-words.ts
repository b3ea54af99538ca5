/**
 * The words for the 90 % bands around the scenario charts' lines (src/model/curve-bands.ts): each
 * band's ends at one x for the readout, and the "In words" sentence at the scenario's own x
 * ("With your ranges, 90 % of samples put the field ratio after a cohort of 1,000 people between
 * 6.1 : 1 and 8.2 : 1 capabilities to safety researchers."). Pure, like every chart sentence.
 */
import { bisectLeft } from 'd3-array';
import type { CurveBand } from '../../model/curve-bands';
import { formatCount, formatNetImpact, formatPercent, formatRatio } from '../../format/format';
import { NEW_RESEARCHERS_ORIENTATION } from '../../format/sentences';

export interface BandEnds {
  readonly p5: number;
  readonly p95: number;
}

/** The band's ends at exactly `x` (one of its samples), or null where it has no sample. */
export function bandEndsAt(band: CurveBand, x: number): BandEnds | null {
  const index = bisectLeft(band.xs, x);
  if (band.xs[index] !== x) return null;
  const p5 = band.p5[index];
  const p95 = band.p95[index];
  return p5 === undefined || p95 === undefined ? null : { p5, p95 };
}

/** No width anywhere: none of the ranges moves this line, so there is nothing to shade. */
export function isFlatBand(band: CurveBand): boolean {
  return band.p5.every((low, index) => low === band.p95[index]);
}

/** The sentence when the ranges do not move a chart's line at all. */
export const FLAT_BAND_SENTENCE =
  'None of your ranges moves this line (its x axis sets one of them), so it has no 90 % band.';

/** Two ends as "a to b" (one value when they read the same). */
export function span(low: string, high: string): string {
  return low === high ? low : `${low} to ${high}`;
}

/** Where a cohort-size chart states its band: your cohort, or the axis' end for an empty one. */
function cohortOfSentence(band: CurveBand, cohort: number): number {
  return cohort > 0 ? cohort : (band.xs[band.xs.length - 1] ?? 0);
}

function cohortWords(cohort: number, own: boolean): string {
  const people = `a cohort of ${formatCount(cohort)} ${cohort === 1 ? 'person' : 'people'}`;
  return own ? people : `${people} (the end of the axis; yours is empty)`;
}

/** Capabilities per safety researcher, "6.1 : 1 to 8.2 : 1", as the field ratio is written. */
export function fieldRatioBandText(ends: BandEnds): string {
  return `${span(formatRatio(ends.p5, 1), formatRatio(ends.p95, 1))} capabilities to safety`;
}

/** Net impact, "−4.5 to 63.9" safety-researcher equivalents. */
export function netImpactBandText(ends: BandEnds): string {
  return `${span(formatNetImpact(ends.p5), formatNetImpact(ends.p95))} safety-researcher equivalents`;
}

/** New safety per new capabilities, with the axis' edge words for 0 and +∞. */
function safetyPerCapabilities(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return 'all safety';
  if (value <= 0) return 'all capabilities';
  return formatRatio(value, 1);
}

/** "1 : 2 to 3 : 1 safety to capabilities" (the new researchers' own orientation). */
export function newResearchersBandText(ends: BandEnds): string {
  const low = safetyPerCapabilities(ends.p5);
  const high = safetyPerCapabilities(ends.p95);
  const ratio = (text: string) => text.includes(':');
  const unit = ratio(low) || ratio(high) ? ` ${NEW_RESEARCHERS_ORIENTATION}` : '';
  return `${span(low, high)}${unit}`;
}

/** "between a and b", or "at a" when the band has no width there. */
export function between(low: string, high: string): string {
  return low === high ? `at ${low}` : `between ${low} and ${high}`;
}

/**
 * Chart 1's sentence. The cohort is the axis, so every sample takes the axis' cohort: when the
 * cohort is a range the band leaves its spread out (the headline's interval keeps it).
 */
export function fieldRatioBandSentence(
  band: CurveBand,
  cohort: number,
  cohortIsRange: boolean,
): string {
  if (isFlatBand(band)) return FLAT_BAND_SENTENCE;
  const x = cohortOfSentence(band, cohort);
  const ends = bandEndsAt(band, x);
  if (ends === null) return '';
  const where = cohortWords(x, x === cohort);
  const ratios = between(formatRatio(ends.p5, 1), formatRatio(ends.p95, 1));
  const held = cohortIsRange
    ? " The band holds the cohort at each size on the axis, so it leaves out the spread of your cohort range, which the headline's interval includes."
    : '';
  return `With your ranges, 90 % of samples put the field ratio after ${where} ${ratios} capabilities to safety researchers.${held}`;
}

/** Chart 3's sentence, for the line at your ratio (each sample's own N when N is a range). */
export function netImpactBandSentence(
  band: CurveBand,
  cohort: number,
  neutralIsRange: boolean,
): string {
  if (isFlatBand(band)) return FLAT_BAND_SENTENCE;
  const x = cohortOfSentence(band, cohort);
  const ends = bandEndsAt(band, x);
  if (ends === null) return '';
  const where = cohortWords(x, x === cohort);
  const ratio = neutralIsRange ? 'your ratio (each sample at its own N)' : 'your ratio';
  const values = between(formatNetImpact(ends.p5), formatNetImpact(ends.p95));
  return `With your ranges, 90 % of samples put the net impact at ${ratio} for ${where} ${values} safety-researcher equivalents; the band is shaded around that line.`;
}

/** Chart 2's sentence, at your split (none when nobody is placed, so no split exists). */
export function newResearchersBandSentence(band: CurveBand, capShare: number | null): string {
  if (isFlatBand(band)) return FLAT_BAND_SENTENCE;
  if (capShare === null) return '';
  const ends = bandEndsAt(band, capShare);
  if (ends === null) return '';
  return `With your ranges, 90 % of samples put the new researchers at your split (${formatPercent(capShare)} of placed people in capabilities roles) ${between(safetyPerCapabilities(ends.p5), safetyPerCapabilities(ends.p95))} ${NEW_RESEARCHERS_ORIENTATION}.`;
}
