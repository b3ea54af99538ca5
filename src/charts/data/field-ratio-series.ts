/**
 * Chart 1, "How the field ratio moves with cohort size": capabilities per safety researcher after
 * one cohort, for cohorts from 0 to the axis maximum, with the scenario's placement shares.
 *
 * The field after a cohort of size c is (cap + c·a) : (saf + c·b), where a and b are new
 * capabilities and new safety researchers per person placed. As c grows the ratio moves
 * monotonically from cap : saf toward a : b, which is what the text alternative describes (in
 * capabilities per safety researcher, with the newcomers' b : a in their own orientation).
 */
import { fieldAfter, placementsOf } from '../../model/calculate';
import { fieldRatioTrend, sameRatio } from '../../model/field-trend';
import type { Scenario } from '../../model/inputs';
import { formatCount, formatNumber, formatRatio } from '../../format/format';
import { isOneCohort } from '../../format/years-text';
import { wholeYears } from '../../model/years-end';
import { pacePhrase, yearsPhrase } from './years-words';
import { yearsResultsOf } from './years-results';
import { newRatioPhrase } from '../../format/sentences';
import { niceLinearAxis, type AxisSpec } from './axis';
import { cohortAxis, cohortAxisMax, cohortSamples } from './cohort-axis';

/** Headroom above the highest value, so the top marker and reference line are not clipped. */
const Y_HEADROOM = 1.05;

export interface FieldRatioPoint {
  /** Cohort size (people). */
  readonly cohort: number;
  /** Capabilities per safety researcher after the cohort joins. */
  readonly ratio: number;
  /** Researchers on each side after the cohort joins (for the "A : B" text). */
  readonly capabilities: number;
  readonly safety: number;
}

/**
 * The point's ratio as "A : B" text. Made on demand (readout, text alternative), not for every
 * sample: formatting 61 ratios on every slider move was a measurable share of its cost.
 */
export function fieldRatioText(point: FieldRatioPoint): string {
  return formatRatio(point.capabilities, point.safety);
}

export interface FieldRatioSeries {
  readonly points: readonly FieldRatioPoint[];
  /** The scenario's own cohort; the identical object is also in `points`. */
  readonly current: FieldRatioPoint;
  /** Capabilities per safety researcher before any cohort (the reference line). */
  readonly ratioNow: number;
  readonly ratioNowText: string;
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  /** Plain-English description of the current values (the visible "In words" text). */
  readonly text: string;
}

export function fieldRatioPointAt(s: Scenario, cohort: number): FieldRatioPoint {
  const p = placementsOf(s, { cohort, toSafety: s.toSafety, toIndep: s.toIndep, toCap: s.toCap });
  const after = fieldAfter(s, p);
  return {
    cohort,
    ratio: after.capabilitiesPerSafety,
    capabilities: after.capabilities,
    safety: after.safety,
  };
}

/**
 * The y axis for ratios up to `highest`, with headroom. Ratios are compared as magnitudes, so
 * the axis starts at zero rather than zooming in.
 */
export function fieldRatioAxis(highest: number): AxisSpec {
  return niceLinearAxis(0, highest * Y_HEADROOM, formatNumber);
}

export function buildFieldRatioSeries(s: Scenario): FieldRatioSeries {
  const xMax = cohortAxisMax(s.cohort);
  const current = fieldRatioPointAt(s, s.cohort);
  const points = cohortSamples(xMax, s.cohort).map((cohort) =>
    cohort === s.cohort ? current : fieldRatioPointAt(s, cohort),
  );
  const ratioNow = s.cap / s.saf;
  let highest = ratioNow;
  for (const point of points) highest = Math.max(highest, point.ratio);
  return {
    points,
    current,
    ratioNow,
    ratioNowText: formatRatio(s.cap, s.saf),
    xAxis: cohortAxis(xMax),
    yAxis: fieldRatioAxis(highest),
    text: `${describeFieldRatio(s, current)}${programNote(s)}`,
  };
}

/**
 * Over the years (issue 12) the headline's "Field ratio after" is the field at the end of year Y,
 * while this chart keeps its question, one cohort placed into today's field: say so, with the
 * headline's figure, so the two are never read as one number that disagrees.
 */
function programNote(s: Scenario): string {
  if (isOneCohort(s)) return '';
  const { fieldAfter: after } = yearsResultsOf(s);
  const years = wholeYears(s.years);
  return ` This chart places one cohort into today's field; the figures above run the program for ${yearsPhrase(years)}, ${pacePhrase(s)}, and by the end of year ${formatCount(years)} the field is at ${formatRatio(after.capabilities, after.safety)}.`;
}

/**
 * Where the ratio heads as the cohort grows without limit, in words. With an empty cohort the
 * sentence is hypothetical ("a cohort with this split would…").
 */
function describeLimit(s: Scenario): string {
  const empty = s.cohort <= 0;
  const larger = empty
    ? 'A cohort with this split would push it'
    : 'Larger cohorts push it further';
  const trend = fieldRatioTrend(s);
  switch (trend.kind) {
    case 'no-one-added':
      return 'This split adds no researchers to either side, so cohort size does not change the ratio.';
    case 'up-without-limit':
      return `${larger} up without limit, because this split adds no safety researchers.`;
    case 'down-to-zero':
      return `${larger} down, toward zero, because this split adds no capabilities researchers.`;
    case 'steady':
      return "This split matches the field's own ratio, so cohort size does not change it.";
    case 'down':
    case 'up': {
      // The limit is the newcomers' own balance. Written as a field ratio it would read "1 : 8"
      // beside a card saying "8 : 1" (issue 9, fault 10), so it is given in the axis' unit, and
      // the newcomers' ratio in its own orientation, safety to capabilities.
      const { limit, perPerson } = trend;
      const unit = limit === 1 ? 'researcher' : 'researchers';
      return `${larger} ${trend.kind}, toward ${formatNumber(limit)} capabilities ${unit} per safety researcher, the new researchers' own balance of ${newRatioPhrase(perPerson.newSafety, perPerson.newCapabilities)}.`;
    }
  }
}

function describeFieldRatio(s: Scenario, current: FieldRatioPoint): string {
  const nowText = formatRatio(s.cap, s.saf);
  const unit = 'capabilities to safety researchers';
  const limit = describeLimit(s);
  if (s.cohort <= 0) {
    return `With an empty cohort the field stays at ${nowText} ${unit}. ${limit}`;
  }
  const cohortText = `With a cohort of ${formatCount(s.cohort)} split as now`;
  const now = s.cap / s.saf;
  if (sameRatio(current.ratio, now)) {
    return `${cohortText}, the field stays at ${nowText} ${unit}. ${limit}`;
  }
  const verb = current.ratio < now ? 'falls' : 'rises';
  const currentText = fieldRatioText(current);
  if (currentText === nowText) {
    // The change is too small to show at three significant digits; say so instead of "10 to 10".
    const change = formatNumber(Math.abs(current.ratio - now));
    return `${cohortText}, the field barely moves: capabilities per safety researcher ${verb} by ${change}, staying at about ${nowText} ${unit}. ${limit}`;
  }
  return `${cohortText}, the field ${verb} from ${nowText} to ${currentText} ${unit}. ${limit}`;
}
