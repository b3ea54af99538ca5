/**
 * "The field over the years" (issue 12): capabilities per safety researcher at the end of each
 * year, with the program (every alumnus counted) and without it (only the share `anyway` of the
 * alumni, who would have entered the same roles anyway), from today (year 0) to year Y.
 *
 * The values are the years model's own series (model/years.ts, `fieldRatio` and
 * `fieldRatioWithout`), so the last point is the headline's "Field ratio after" and "Field ratio
 * without the program"; this module only adds the axes and the words.
 */
import type { YearsResults } from '../../model/years';
import type { Scenario } from '../../model/inputs';
import { formatPercent, formatRatio, formatRatioApart } from '../../format/format';
import type { AxisSpec } from './axis';
import { fieldRatioAxis } from './field-ratio-series';
import { yearAxis, yearSamples } from './year-axis';
import { yearsResultsOf } from './years-results';
import { pacePhrase, ratePhrase, yearsPhrase } from './years-words';

export interface FieldYearsSeries {
  /** Y: the last year, whose point is the headline's figure. */
  readonly years: number;
  /** 0, 1, … Y. */
  readonly xs: readonly number[];
  /** Capabilities per safety researcher, with every alumnus and with only those who came anyway. */
  readonly withProgram: readonly number[];
  readonly withoutProgram: readonly number[];
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  readonly text: string;
}

/** The highest value of some lines, for a y axis from 0 that fits them all. */
export function highestOf(...lines: readonly (readonly number[])[]): number {
  let highest = 0;
  for (const line of lines) for (const value of line) highest = Math.max(highest, value);
  return highest;
}

export function buildFieldYearsSeries(s: Scenario): FieldYearsSeries {
  const results = yearsResultsOf(s);
  const withProgram = Array.from(results.series.fieldRatio);
  const withoutProgram = Array.from(results.series.fieldRatioWithout);
  return {
    years: results.years,
    xs: yearSamples(results.series.length),
    withProgram,
    withoutProgram,
    xAxis: yearAxis(results.years),
    yAxis: fieldRatioAxis(highestOf(withProgram, withoutProgram)),
    text: describeFieldYears(s, results),
  };
}

/** How the base field grows, or nothing when it stands still. */
function growthSentence(s: Scenario): string {
  if (s.capGrowth === 0 && s.safGrowth === 0) return '';
  return ` Everyone else in the field changes by ${ratePhrase(s.capGrowth)} in capabilities and ${ratePhrase(s.safGrowth)} in safety.`;
}

function withoutSentence(s: Scenario, without: string, now: string): string {
  const unchanged = s.capGrowth === 0 && s.safGrowth === 0 && s.anyway === 0;
  if (unchanged) return `Without the program it would stay at ${now}.`;
  const who =
    s.anyway === 0
      ? 'none of the alumni would have entered anyway'
      : s.anyway >= 100
        ? 'every alumnus would have entered anyway'
        : `counting only the ${formatPercent(s.anyway)} of alumni who would have entered anyway`;
  return `Without the program it would be ${without} (${who}).`;
}

function describeFieldYears(s: Scenario, results: YearsResults): string {
  const { fieldNow: now, fieldAfter: after, fieldWithout: without } = results;
  const nowText = formatRatio(now.capabilities, now.safety);
  const afterText = formatRatioApart(
    after.capabilities,
    after.safety,
    now.capabilities,
    now.safety,
  );
  const withoutText = formatRatioApart(
    without.capabilities,
    without.safety,
    after.capabilities,
    after.safety,
  );
  const unit = 'capabilities to safety researchers';
  const placing = s.cohort > 0 ? pacePhrase(s) : 'an empty cohort';
  const moves =
    afterText === nowText
      ? `stays at ${nowText} ${unit}`
      : `moves from ${nowText} today to ${afterText} ${unit}`;
  return `After ${yearsPhrase(results.years)} of ${placing}, the field ${moves} with the program.${growthSentence(s)} ${withoutSentence(s, withoutText, nowText)}`;
}
