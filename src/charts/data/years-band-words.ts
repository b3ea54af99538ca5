/**
 * The words for the 90 % bands of the "Over the years" charts (src/model/years-bands.ts): each
 * band's ends in a year for the readout, and the "In words" sentence at the run's last year
 * ("With your ranges, 90 % of samples put the field ratio at the end of year 10 between
 * 40.1 : 1 and 52.3 : 1 capabilities to safety researchers with the program, and between …
 * without it."). Pure, like every chart sentence.
 */
import type { CurveBand } from '../../model/curve-bands';
import { formatCount, formatNetImpact, formatRatio } from '../../format/format';
import { bandEndsAt, between, isFlatBand, span, type BandEnds } from './band-words';

/** The sentence when no range moves any banded line of a years chart (its axis is never a range). */
export const FLAT_YEARS_BAND_SENTENCE =
  'None of your ranges moves these lines, so they have no 90 % band.';

/** Alumni, "1,200 to 1,500 people". */
export function alumniBandText(ends: BandEnds): string {
  return `${span(formatCount(ends.p5), formatCount(ends.p95))} people`;
}

/** The band's last year (the run's Y) and its ends there. */
function lastYear(band: CurveBand): { year: number; ends: BandEnds } | null {
  const year = band.xs[band.xs.length - 1];
  const ends = year === undefined ? null : bandEndsAt(band, year);
  return year === undefined || ends === null ? null : { year, ends };
}

/** "at the end of year 10". */
function yearWords(year: number): string {
  return `at the end of year ${formatCount(year)}`;
}

/** One line's words for its band's ends; `first` when no clause comes before it. */
type Clause = (ends: BandEnds, first: boolean) => string;

/**
 * The sentence of a chart with two banded lines: what 90 % of samples give for each line the
 * ranges move, at the last year, and which line they leave.
 */
function twoLineSentence(
  lead: string,
  lines: readonly (readonly [CurveBand, Clause, string])[],
): string {
  const moved = lines.filter(([band]) => !isFlatBand(band));
  const first = moved[0];
  if (first === undefined) return FLAT_YEARS_BAND_SENTENCE;
  const last = lastYear(first[0]);
  if (last === null) return '';
  const clauses = moved.flatMap(([band, clause], index) => {
    const at = bandEndsAt(band, last.year);
    return at === null ? [] : [clause(at, index === 0)];
  });
  const left = lines.filter(([band]) => isFlatBand(band)).map(([, , name]) => name);
  const unmoved = left.length === 0 ? '' : ` None of your ranges moves ${left.join(' or ')}.`;
  return `With your ranges, 90 % of samples put ${lead} ${yearWords(last.year)} ${clauses.join(', and ')}.${unmoved}`;
}

/** "The field over the years": with the program, and without it. */
export function fieldYearsBandSentence(withProgram: CurveBand, withoutProgram: CurveBand): string {
  const ratios = (ends: BandEnds) => between(formatRatio(ends.p5, 1), formatRatio(ends.p95, 1));
  return twoLineSentence('the field ratio', [
    [
      withProgram,
      (ends) => `${ratios(ends)} capabilities to safety researchers with the program`,
      'the field with the program',
    ],
    [
      withoutProgram,
      (ends, first) =>
        first
          ? `${ratios(ends)} capabilities to safety researchers without the program`
          : `${ratios(ends)} without it`,
      'the field without the program',
    ],
  ]);
}

/** "Where alumni work": counted as safety, and as capabilities. */
export function alumniYearsBandSentence(safety: CurveBand, capabilities: CurveBand): string {
  const counts = (ends: BandEnds) => between(formatCount(ends.p5), formatCount(ends.p95));
  return twoLineSentence('the alumni', [
    [safety, (ends) => `counted as safety ${counts(ends)}`, 'the alumni counted as safety'],
    [
      capabilities,
      (ends) => `counted as capabilities ${counts(ends)}`,
      'the alumni counted as capabilities',
    ],
  ]);
}

/** "Net impact by year": the line at your ratio (each sample's own N when N is a range). */
export function netImpactYearsBandSentence(band: CurveBand, neutralIsRange: boolean): string {
  if (isFlatBand(band)) return FLAT_YEARS_BAND_SENTENCE;
  const last = lastYear(band);
  if (last === null) return '';
  const ratio = neutralIsRange ? 'your ratio (each sample at its own N)' : 'your ratio';
  const values = between(formatNetImpact(last.ends.p5), formatNetImpact(last.ends.p95));
  return `With your ranges, 90 % of samples put the net impact at ${ratio} ${yearWords(last.year)} ${values} safety-researcher equivalents; the band is shaded around that line.`;
}
