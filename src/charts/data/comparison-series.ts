/**
 * The comparison scenario ("Compare with") drawn into each chart: its values at the same x as
 * the current scenario's points (so one data array feeds both lines and the tooltip shows both),
 * its own current point as a hollow marker, and a y axis that fits both. Pure.
 */
import type { Scenario } from '../../model/inputs';
import { LOG_DOMAIN_MAX, LOG_DOMAIN_MIN } from './split-axes';
import type { AxisSpec } from './axis';
import {
  fieldRatioAxis,
  fieldRatioPointAt,
  type FieldRatioPoint,
  type FieldRatioSeries,
} from './field-ratio-series';
import {
  netImpactAxis,
  netImpactPointAt,
  type NetImpactPoint,
  type NetImpactSeries,
} from './net-impact-series';
import {
  splitCurrentShare,
  splitPointAt,
  type NewResearchersSeries,
  type SplitPoint,
} from './new-researchers-series';

export interface ComparisonMarker {
  readonly x: number;
  readonly y: number;
  /** True when the marker sits outside the x range of the chart (drawn at the edge). */
  readonly clamped: boolean;
}

export interface ComparedFieldRatio {
  readonly points: ReadonlyArray<FieldRatioPoint & { readonly compare: number }>;
  readonly marker: ComparisonMarker;
  readonly yAxis: AxisSpec;
}

export interface ComparedNewResearchers {
  readonly points: ReadonlyArray<SplitPoint & { readonly compare: number | null }>;
  readonly marker: ComparisonMarker | null;
  /**
   * The comparison's line lies exactly on the current one: the x axis is the share going to
   * capabilities, so only the safety / independent mix, the independents' weight and the
   * non-generalizing share move this line, and the two scenarios have the same ones.
   */
  readonly sameLine: boolean;
}

export interface ComparedNetImpact {
  readonly points: ReadonlyArray<NetImpactPoint & { readonly compare: number }>;
  readonly marker: ComparisonMarker;
  readonly yAxis: AxisSpec;
}

function clampX(x: number, domain: readonly [number, number]) {
  const clamped = Math.min(domain[1], Math.max(domain[0], x));
  return { x: clamped, clamped: clamped !== x };
}

export function compareFieldRatio(series: FieldRatioSeries, other: Scenario): ComparedFieldRatio {
  const points = series.points.map((point) => ({
    ...point,
    compare: fieldRatioPointAt(other, point.cohort).ratio,
  }));
  const { x, clamped } = clampX(other.cohort, series.xAxis.domain);
  const marker = { x, y: fieldRatioPointAt(other, x).ratio, clamped };
  let highest = Math.max(series.ratioNow, other.cap / other.saf, marker.y);
  for (const point of points) highest = Math.max(highest, point.ratio, point.compare);
  return { points, marker, yAxis: fieldRatioAxis(highest) };
}

export function compareNewResearchers(
  series: NewResearchersSeries,
  other: Scenario,
): ComparedNewResearchers {
  // Not a spread: that would read (and so format) every point's lazy display text.
  const points = series.points.map((point) => ({
    capShare: point.capShare,
    y: point.y,
    offScale: point.offScale,
    balance: point.balance,
    get display() {
      return point.display;
    },
    compare: splitPointAt(other, point.capShare).y,
  }));
  const share = splitCurrentShare(other);
  const y = share === null ? null : splitPointAt(other, share).y;
  const marker =
    share === null || y === null
      ? null
      : { x: share, y: Math.min(LOG_DOMAIN_MAX, Math.max(LOG_DOMAIN_MIN, y)), clamped: false };
  return { points, marker, sameLine: points.every((point) => sameValue(point.y, point.compare)) };
}

/** Equal, both missing, or within rounding noise (the two lines are computed separately). */
function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * The comparison's net impact at the READER's current N (the series' "your ratio" line), not at
 * the N saved with the compared scenario: a line judged at another ratio would put a difference
 * of judgement into the picture as if it were a difference of scenario (issue 9, fault 2).
 */
export function compareNetImpact(series: NetImpactSeries, other: Scenario): ComparedNetImpact {
  const n = series.lines.find((line) => line.key === 'user')?.n ?? other.neutral;
  const judged: Scenario = other.neutral === n ? other : { ...other, neutral: n };
  const points = series.points.map((point) => ({
    ...point,
    compare: netImpactPointAt(judged, point.cohort).user,
  }));
  const { x, clamped } = clampX(other.cohort, series.xAxis.domain);
  const marker = { x, y: netImpactPointAt(judged, x).user, clamped };
  let low = 0;
  let high = 0;
  for (const point of points) {
    low = Math.min(low, point.n10, point.n100, point.user, point.compare);
    high = Math.max(high, point.n10, point.n100, point.user, point.compare);
  }
  return { points, marker, yAxis: netImpactAxis(low, high) };
}
