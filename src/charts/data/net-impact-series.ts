/**
 * Chart 3, "Net impact against cohort size": net impact in safety-researcher equivalents for
 * N = 10, N = 100 (the thread's two values) and the user's N, with cohorts of each size on the x
 * axis. It is the headline's net impact (docs/model.md, "Chart 3 and the program"): what the
 * program caused by the end of year Y, (1 − anyway) × (alumni in safety − alumni in capabilities ×
 * (1 + capBoost) ÷ N), for a program whose every cohort has the size on the axis. With the years
 * defaults that is one cohort's new safety − new capabilities ÷ N, as before issue 12; the point
 * at the scenario's own cohort is the headline's figure to the bit.
 *
 * Net impact is proportional to cohort size (the alumni stocks are linear in each cohort's
 * placements), so each line is straight through the origin; its sign is the verdict at that N,
 * and a neutral verdict is exactly zero.
 */
import { netImpactAt, placementsOf, verdictAt, type VerdictOutcome } from '../../model/calculate';
import type { Scenario } from '../../model/inputs';
import { causedInto, type Caused, type YearsEnd } from '../../model/years-end';
import { formatCount, formatNetImpact, formatNeutral } from '../../format/format';
import { creditSentence, isOneCohort, programPhrase } from '../../format/years-text';
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
  /**
   * Y when each point is a program of several cohorts or years (the net impact by the end of
   * year Y); null for the one-cohort model, where a point is one cohort.
   */
  readonly programYears: number | null;
}

/** Whole years, at least one, as years.ts counts them. */
function wholeYears(years: number): number {
  return Math.max(1, Math.floor(years));
}

// Scratch for the years run of each point: a chart builds about a hundred points per step.
const END: YearsEnd = {
  baseCapabilities: 0,
  baseSafety: 0,
  alumniSafety: 0,
  alumniCapabilities: 0,
};
const CAUSED: Caused = { safety: 0, capabilities: 0 };

/**
 * What the program caused with cohorts of `cohort` people (years.ts, `causedInto`: the same
 * operations as the headline's calculateYears, so at the scenario's own cohort the same numbers).
 */
function causedWithCohorts(s: Scenario, cohort: number): Caused {
  const p = placementsOf(s, { cohort, toSafety: s.toSafety, toIndep: s.toIndep, toCap: s.toCap });
  return causedInto(s, p, END, CAUSED);
}

/** Net impact at each line's N with cohorts of `cohort`; `s.neutral` is the N in use. */
export function netImpactPointAt(s: Scenario, cohort: number): NetImpactPoint {
  const { safety, capabilities } = causedWithCohorts(s, cohort);
  return {
    cohort,
    n10: netImpactAt(10, safety, capabilities),
    n100: netImpactAt(100, safety, capabilities),
    user: netImpactAt(s.neutral, safety, capabilities),
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
  // The verdict per person placed: cohort size never changes it (docs/model.md).
  const perPerson = { ...causedWithCohorts(s, 1) };
  const userOutcome = verdictAt(s.neutral, perPerson.safety, perPerson.capabilities).outcome;
  return {
    points,
    current,
    lines: netImpactLines(s.neutral),
    xAxis: cohortAxis(xMax),
    yAxis: netImpactAxis(low, high),
    text: describeNetImpact(s, perPerson, userOutcome),
    programYears: isOneCohort(s) ? null : wholeYears(s.years),
  };
}

const OUTCOME_TEXT: Record<VerdictOutcome, string> = {
  'net-positive': 'net positive',
  'net-negative': 'net negative',
  'net-neutral': 'net neutral',
};

/**
 * "With a cohort of 1,000 …"; for a program of several cohorts or years, "With cohorts of 1,000
 * people (run for 10 years at 2 cohorts a year), the program's net impact by the end of year 10
 * is …", the figure the headline shows.
 */
function describeNetImpact(s: Scenario, perPerson: Caused, outcome: VerdictOutcome): string {
  const credit = creditSentence(s);
  const credited = credit ? ` ${credit}` : '';
  if (perPerson.safety <= 0 && perPerson.capabilities <= 0) {
    const none =
      s.anyway === 100 && s.cohort > 0
        ? 'The program causes nothing here, so the net impact is 0 at any cohort size.'
        : 'This split adds no researchers to either side, so the net impact is 0 at any cohort size.';
    return none;
  }
  const empty = s.cohort <= 0;
  // With an empty cohort every value is 0, so describe one person placed instead.
  const basis = empty ? 1 : s.cohort;
  const at = netImpactPointAt(s, basis);
  const others = ([10, 100] as const)
    .filter((n) => n !== s.neutral)
    .map((n) => `${formatNetImpact(n === 10 ? at.n10 : at.n100)} at ${formatNeutral(n)}`);
  const values = `${formatNetImpact(at.user)} safety-researcher equivalents at your net-neutral ratio ${formatNeutral(s.neutral)} (${OUTCOME_TEXT[outcome]})${others.length > 0 ? `, ${others.join(' and ')}` : ''}`;
  const program = isOneCohort(s) ? null : programPhrase(s);
  const years = formatCount(wholeYears(s.years));
  const first = empty
    ? program === null
      ? `The cohort is empty, so the net impact is 0. Each person placed with this split would count for ${values}.`
      : `The cohorts are empty, so the net impact is 0. Cohorts of one person each would give the program, by the end of year ${years}, ${values}.`
    : program === null
      ? `With a cohort of ${formatCount(s.cohort)} the net impact is ${values}.`
      : `Each point is the whole program with cohorts of that size (${program.charAt(0).toLowerCase()}${program.slice(1)}), as in the headline: with cohorts of ${formatCount(s.cohort)}, its net impact by the end of year ${years} is ${values}.`;
  const trend =
    outcome === 'net-neutral'
      ? 'At your ratio this split is exactly net neutral, so cohort size does not change it.'
      : `Net impact is proportional to cohort size, so ${program === null ? 'a larger cohort' : 'larger cohorts'} with this split ${program === null ? 'is' : 'are'} more ${OUTCOME_TEXT[outcome]}.`;
  return `${first}${credited} ${trend}`;
}
