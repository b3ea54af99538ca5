/**
 * Uncertainty chart 1: the chance that the cohort is net positive against the net-neutral ratio
 * 1 : N, from the Monte Carlo summary's chanceCurve (model/uncertainty.ts: the share of samples
 * whose break-even ratio R is below N). N runs from 1 to 1,000 on a log axis; the thread's
 * 1 : 10 and 1 : 100 and the reader's own N are marked. The curve never falls as N rises (a
 * sample net positive at N is net positive at every larger N), so the builder only words it.
 */
import type { UncertaintySummary } from '../../model/uncertainty';
import { formatCount, formatNeutral, formatNumber } from '../../format/format';
import { yourRatioWords } from './your-ratio-words';
import { fixedAxis, type AxisSpec } from './axis';
import { formatChanceInWords } from '../../format/chance-format';

export interface ChancePoint {
  readonly n: number;
  /** Percent of samples net positive at 1 : n (0–100). */
  readonly percent: number;
  /** How many samples are net positive at 1 : n, of the run's `samples`. */
  readonly positive: number;
}

export interface ChanceCurveSeries {
  readonly points: readonly ChancePoint[];
  /** The reader's N (the middle of its range when N is a range). */
  readonly userN: number;
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  /** Index of the point nearest the reader's N: where the keyboard readout starts. */
  readonly startIndex: number;
  readonly text: string;
  readonly samples: number;
}

export const CHANCE_N_DOMAIN: readonly [number, number] = [1, 1000];

// Tick labels are the N of 1 : N alone (the axis title says "1 : N"): "1 : 1,000" would run past
// the plot's right edge.
const formatN = (n: number) => formatNumber(n);
const formatAxisPercent = (value: number) => `${value} %`;

/**
 * The readout at one point: "At 1 : 31.6, 62.4 % of samples are net positive", the share written
 * as the headline writes a chance (format/chance-format.ts: "over 99.9 %" only when every sample
 * is), so the curve at 1 : 10 reads as the chance at 1 : 10 does.
 */
export function chancePointText(point: ChancePoint, samples: number): string {
  const chance = { positive: point.positive, samples, share: point.percent / 100 };
  return `At ${formatNeutral(point.n)}, ${formatChanceInWords(chance)} of samples are net positive`;
}

/** The smallest N on the curve at which at least `share` of the samples are net positive. */
function firstNReaching(points: readonly ChancePoint[], share: number): number | null {
  return points.find((point) => point.percent >= 100 * share)?.n ?? null;
}

function nearestIndex(points: readonly ChancePoint[], n: number): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  points.forEach((point, index) => {
    const distance = Math.abs(Math.log(point.n) - Math.log(n));
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

type Summary = Pick<
  UncertaintySummary,
  'chanceCurve' | 'chance' | 'samples' | 'inputs' | 'neutralVaries'
>;

export function buildChanceCurveSeries(summary: Summary, userN: number): ChanceCurveSeries {
  const points = summary.chanceCurve.map((point) => ({
    n: point.n,
    percent: 100 * point.share,
    positive: Math.round(point.share * summary.samples),
  }));
  const { at10, at100, atUser } = summary.chance;
  const half = firstNReaching(points, 0.5);
  const halfText =
    half === null
      ? 'Fewer than half of the samples are net positive anywhere up to 1 : 1,000.'
      : half <= 1
        ? 'At least half of the samples are net positive at every ratio from 1 : 1.'
        : `Half of the samples are net positive from about ${formatNeutral(half)}.`;
  const yours = yourRatioWords(summary, userN);
  const text =
    `Of ${formatCount(summary.samples)} samples, ${formatChanceInWords(at10)} are net positive at 1 : 10, ` +
    `${formatChanceInWords(at100)} at 1 : 100 and ${formatChanceInWords(atUser)} ${yours.chance}. ` +
    `The chance rises with N, because a cohort net positive at one ratio is net positive at every larger one. ${halfText}${yours.line}`;
  return {
    points,
    userN,
    xAxis: fixedAxis('log', CHANCE_N_DOMAIN, formatN),
    yAxis: fixedAxis('linear', [0, 100], formatAxisPercent),
    startIndex: nearestIndex(points, userN),
    text,
    samples: summary.samples,
  };
}
