/**
 * Chart 3, "Net impact against cohort size": new safety − new capabilities / N, in
 * safety-researcher equivalents, for N = 10, N = 100 (the thread's two values) and the user's N.
 *
 * Net impact is proportional to cohort size (both sides scale with it), so each line is straight
 * through the origin; its sign is the verdict at that N, and a neutral verdict is exactly zero.
 */
import {
  netImpactAt,
  placementsOf,
  placementsPerPerson,
  verdictAt,
  type Placements,
  type VerdictOutcome,
} from '../../model/calculate';
import type { Scenario } from '../../model/inputs';
import { formatCount, formatNetImpact, formatNeutral } from '../../format/format';
import { niceLinearAxis, type AxisSpec } from './axis';
import { cohortAxis, cohortAxisMax, cohortSamples } from './cohort-axis';

/** Headroom beyond the extreme values, so markers at the ends are not clipped. */
const Y_HEADROOM = 1.05;

export interface NetImpactPoint {
  /** Cohort size (people). */
  readonly cohort: number;
  /** Net impact at 1 : 10, 1 : 100 and the user's 1 : N (safety-researcher equivalents). */
  readonly n10: number;
  readonly n100: number;
  readonly user: number;
}

export interface NetImpactLine {
  readonly key: 'n10' | 'n100' | 'user';
  readonly n: number;
  /** Legend name. */
  readonly name: string;
}

export interface NetImpactSeries {
  readonly points: readonly NetImpactPoint[];
  /** The scenario's cohort; the identical object is also in `points`. */
  readonly current: NetImpactPoint;
  readonly lines: readonly NetImpactLine[];
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  readonly text: string;
}

export function netImpactPointAt(s: Scenario, cohort: number): NetImpactPoint {
  const p = placementsOf(s, { cohort, toSafety: s.toSafety, toIndep: s.toIndep, toCap: s.toCap });
  return {
    cohort,
    n10: netImpactAt(10, p.newSafety, p.newCapabilities),
    n100: netImpactAt(100, p.newSafety, p.newCapabilities),
    user: netImpactAt(s.neutral, p.newSafety, p.newCapabilities),
  };
}

// Same N, same array, so the chart's legend keeps its props while other sliders move.
const linesCache = new Map<number, readonly NetImpactLine[]>();
const LINES_CACHE_LIMIT = 100;

function netImpactLines(n: number): readonly NetImpactLine[] {
  const cached = linesCache.get(n);
  if (cached !== undefined) return cached;
  const lines = computeNetImpactLines(n);
  if (linesCache.size >= LINES_CACHE_LIMIT) linesCache.clear();
  linesCache.set(n, lines);
  return lines;
}

function computeNetImpactLines(n: number): readonly NetImpactLine[] {
  // A user N equal to 10 or 100 still gets its own (overlapping) line; the name says why.
  const same = n === 10 || n === 100 ? ` (same as ${formatNeutral(n)})` : '';
  return [
    { key: 'n10', n: 10, name: `At ${formatNeutral(10)}` },
    { key: 'n100', n: 100, name: `At ${formatNeutral(100)}` },
    { key: 'user', n, name: `At your ${formatNeutral(n)}${same}` },
  ];
}

/** The y axis for net impacts from `low` to `high` (zero included by the callers), with headroom. */
export function netImpactAxis(low: number, high: number): AxisSpec {
  return niceLinearAxis(low * Y_HEADROOM, high * Y_HEADROOM, formatNetImpact);
}

export function buildNetImpactSeries(s: Scenario): NetImpactSeries {
  const xMax = cohortAxisMax(s.cohort);
  const current = netImpactPointAt(s, s.cohort);
  const points = cohortSamples(xMax, s.cohort).map((cohort) =>
    cohort === s.cohort ? current : netImpactPointAt(s, cohort),
  );
  let low = 0;
  let high = 0;
  for (const point of points) {
    low = Math.min(low, point.n10, point.n100, point.user);
    high = Math.max(high, point.n10, point.n100, point.user);
  }
  const perPerson = placementsPerPerson(s);
  const userOutcome = verdictAt(s.neutral, perPerson.newSafety, perPerson.newCapabilities).outcome;
  return {
    points,
    current,
    lines: netImpactLines(s.neutral),
    xAxis: cohortAxis(xMax),
    yAxis: netImpactAxis(low, high),
    text: describeNetImpact(s, perPerson, userOutcome),
  };
}

const OUTCOME_TEXT: Record<VerdictOutcome, string> = {
  'net-positive': 'net positive',
  'net-negative': 'net negative',
  'net-neutral': 'net neutral',
};

function describeNetImpact(s: Scenario, perPerson: Placements, outcome: VerdictOutcome): string {
  if (perPerson.newSafety <= 0 && perPerson.newCapabilities <= 0) {
    return 'This split adds no researchers to either side, so the net impact is 0 at any cohort size.';
  }
  const empty = s.cohort <= 0;
  // With an empty cohort every value is 0, so describe one person placed instead.
  const basis = empty ? 1 : s.cohort;
  const at = netImpactPointAt(s, basis);
  const others = ([10, 100] as const)
    .filter((n) => n !== s.neutral)
    .map((n) => `${formatNetImpact(n === 10 ? at.n10 : at.n100)} at ${formatNeutral(n)}`);
  const values = `${formatNetImpact(at.user)} safety-researcher equivalents at your net-neutral ratio ${formatNeutral(s.neutral)} (${OUTCOME_TEXT[outcome]})${others.length > 0 ? `, ${others.join(' and ')}` : ''}`;
  const first = empty
    ? `The cohort is empty, so the net impact is 0. Each person placed with this split would count for ${values}.`
    : `With a cohort of ${formatCount(s.cohort)} the net impact is ${values}.`;
  const trend =
    outcome === 'net-neutral'
      ? 'At your ratio this split is exactly net neutral, so cohort size does not change it.'
      : `Net impact is proportional to cohort size, so a larger cohort with this split is more ${OUTCOME_TEXT[outcome]}.`;
  return `${first} ${trend}`;
}
