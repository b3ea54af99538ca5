/**
 * "Where alumni work" (issue 12): the program's alumni counted as safety and as capabilities at
 * the end of each year (model/years.ts, `alumniSafety` and `alumniCapabilities`: placed, then
 * moving with `drift` and `pivot`), with the longitudinal career data (80 % in safety and 10 % in
 * capabilities of 242 traced alumni) marked at the years it covers.
 *
 * The alumni traced had finished the program before 2025, about one to three years earlier, so
 * the published split is drawn at years 1–3 only, as the counts it gives for the people placed by
 * then (model/years-reference.ts) under the reader's own judgement calls, as on the
 * new-researchers chart (reference-points.ts).
 */
import { balanceOf, type NewResearchersBalance } from '../../model/calculate';
import type { YearsResults } from '../../model/years';
import type { Scenario } from '../../model/inputs';
import { placedByYear, publishedSplitByYear } from '../../model/years-reference';
import { formatCount, formatPercent, formatRatio } from '../../format/format';
import { niceLinearAxis, type AxisSpec } from './axis';
import { highestOf } from './field-years-series';
import { publishedSplit, type PublishedSplit } from './reference-points';
import { yearAxis, yearSamples } from './year-axis';
import { yearsResultsOf } from './years-results';
import { pacePhrase, yearsPhrase } from './years-words';

/** The years after the program that the longitudinal data covers (alumni who finished before 2025). */
export const LONGITUDINAL_FIRST_YEAR = 1;
export const LONGITUDINAL_LAST_YEAR = 3;

/** Headroom above the highest value, so the top marker is not clipped. */
const Y_HEADROOM = 1.05;

/** The longitudinal split's counts at one year. */
export interface PublishedAtYear {
  readonly year: number;
  readonly safety: number;
  readonly capabilities: number;
}

export interface AlumniYearsSeries {
  readonly years: number;
  readonly xs: readonly number[];
  readonly safety: readonly number[];
  readonly capabilities: readonly number[];
  /** The longitudinal split's counts at the years it covers that the axis shows (1 to min(3, Y)). */
  readonly longitudinal: readonly PublishedAtYear[];
  readonly split: PublishedSplit;
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  readonly text: string;
}

/** From 0, people; with no one placed, 0 to 1 rather than an axis around zero. */
export function alumniAxis(highest: number): AxisSpec {
  return niceLinearAxis(0, highest > 0 ? highest * Y_HEADROOM : 1, formatCount);
}

export function buildAlumniYearsSeries(s: Scenario): AlumniYearsSeries {
  const results = yearsResultsOf(s);
  const safety = Array.from(results.series.alumniSafety);
  const capabilities = Array.from(results.series.alumniCapabilities);
  const split = publishedSplit('longitudinal');
  const longitudinal: PublishedAtYear[] = [];
  // With no one placed there is no split to compare with.
  const last = placedByYear(s, 1) > 0 ? Math.min(LONGITUDINAL_LAST_YEAR, results.years) : 0;
  for (let year = LONGITUDINAL_FIRST_YEAR; year <= last; year += 1) {
    const p = publishedSplitByYear(s, split, year);
    longitudinal.push({ year, safety: p.newSafety, capabilities: p.newCapabilities });
  }
  const published = longitudinal.flatMap((point) => [point.safety, point.capabilities]);
  return {
    years: results.years,
    xs: yearSamples(results.series.length),
    safety,
    capabilities,
    longitudinal,
    split,
    xAxis: yearAxis(results.years),
    yAxis: alumniAxis(highestOf(safety, capabilities, published)),
    text: describeAlumniYears(s, results, longitudinal),
  };
}

/** "8 : 1 safety to capabilities", or the edge case in words. */
export function alumniBalanceText(safety: number, capabilities: number): string {
  const balance: NewResearchersBalance = balanceOf(safety, capabilities);
  switch (balance.kind) {
    case 'none':
      return 'no one on either side';
    case 'all-safety':
      return 'all safety';
    case 'all-capabilities':
      return 'all capabilities';
    case 'both':
      return `${formatRatio(safety, capabilities)} safety to capabilities`;
  }
}

function movesSentence(s: Scenario, years: number): string {
  if (s.drift === 0 && s.pivot === 0) return '';
  if (years === 1)
    return ' A cohort first moves in the year after it is placed, so no one has moved yet.';
  if (s.pivot === 0) {
    return ` Each year ${formatPercent(s.drift)} of those in safety move to capabilities, and none move back, so over time ever more of them are counted as capabilities.`;
  }
  if (s.drift === 0) {
    return ` Each year ${formatPercent(s.pivot)} of those in capabilities move to safety, and none the other way, so over time ever more of them are counted as safety.`;
  }
  // The model's long-run share (docs/model.md, "The steps").
  const share = (100 * s.pivot) / (s.drift + s.pivot);
  return ` Each year ${formatPercent(s.drift)} of those in safety move to capabilities and ${formatPercent(s.pivot)} of those in capabilities move to safety, which in the long run leaves ${formatPercent(share)} of the alumni in safety.`;
}

function publishedSentence(
  results: YearsResults,
  longitudinal: readonly PublishedAtYear[],
): string {
  const covered = `about ${LONGITUDINAL_FIRST_YEAR} to ${LONGITUDINAL_LAST_YEAR} years after the program`;
  const data = `The longitudinal career data (80 % of 242 traced alumni in safety and 10 % in capabilities, 8 : 1, ${covered})`;
  const last = longitudinal[longitudinal.length - 1];
  if (last === undefined) return `${data} is marked at the years it covers.`;
  const index = last.year;
  const safety = results.series.alumniSafety[index] ?? 0;
  const capabilities = results.series.alumniCapabilities[index] ?? 0;
  return `${data} would count ${formatCount(last.safety)} and ${formatCount(last.capabilities)} of the people placed by the end of year ${formatCount(last.year)}; this scenario counts ${formatCount(safety)} and ${formatCount(capabilities)} then.`;
}

function describeAlumniYears(
  s: Scenario,
  results: YearsResults,
  longitudinal: readonly PublishedAtYear[],
): string {
  const placed = placedByYear(s, results.years);
  const period = yearsPhrase(results.years);
  if (placed <= 0) {
    return `With an empty cohort no one is placed, so after ${period} no alumni are counted on either side.`;
  }
  const { alumniSafety: safety, alumniCapabilities: capabilities } = results;
  const first = `After ${period} of ${pacePhrase(s)} (${formatCount(placed)} people placed), ${formatCount(safety)} alumni are counted as safety and ${formatCount(capabilities)} as capabilities (${alumniBalanceText(safety, capabilities)}).`;
  return `${first}${movesSentence(s, results.years)} ${publishedSentence(results, longitudinal)}`;
}
