/**
 * Uncertainty chart 2: the distribution of net impact at the reader's ratio over the Monte Carlo
 * samples, as a histogram (model/uncertainty.ts: about 40 equal bins between the 0.5th and 99.5th
 * percentiles, so a long tail does not squash the rest), with the 5th, 50th and 95th percentiles
 * and zero marked. The samples beyond the bins are not drawn; the text says how many there are.
 */
import type { UncertaintySummary } from '../../model/uncertainty';
import { formatCount, formatNetImpact } from '../../format/format';
import { niceLinearAxis, type AxisSpec } from './axis';
import { formatSamples, formatSharePercent } from './chance-words';
import { yourRatioWords } from './your-ratio-words';
import { formatChanceInWords } from '../../format/chance-format';

export interface HistogramBar {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
  /** Percent of all samples in this bin (the bar's height). */
  readonly percent: number;
}

export interface NetImpactHistogramSeries {
  readonly bars: readonly HistogramBar[];
  readonly samples: number;
  readonly below: number;
  readonly above: number;
  readonly p5: number;
  readonly median: number;
  readonly p95: number;
  /** Zero lies on the x axis (otherwise the text says which side every sample is on). */
  readonly zeroShown: boolean;
  readonly userN: number;
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  /** The bar holding the median: where the keyboard readout starts. */
  readonly startIndex: number;
  readonly text: string;
}

const UNIT = 'safety-researcher equivalents';
const formatImpactTick = (value: number) => formatNetImpact(value);
const formatPercentTick = (value: number) => `${value} %`;

function tailText(
  series: { below: number; above: number; samples: number },
  lo: number,
  hi: number,
) {
  const parts: string[] = [];
  if (series.below > 0) {
    parts.push(
      `${formatSamples(series.below)} (${formatSharePercent(series.below / series.samples)}) lie below ${formatNetImpact(lo)}`,
    );
  }
  if (series.above > 0) {
    parts.push(
      `${formatSamples(series.above)} (${formatSharePercent(series.above / series.samples)}) above ${formatNetImpact(hi)}`,
    );
  }
  return parts.length === 0
    ? 'Every sample is within the bars.'
    : `Beyond the bars, not drawn: ${parts.join(' and ')}.`;
}

type Summary = Pick<
  UncertaintySummary,
  'netImpactAtUserHistogram' | 'figures' | 'samples' | 'chance' | 'inputs' | 'neutralVaries'
>;

export function buildNetImpactHistogramSeries(
  summary: Summary,
  userN: number,
): NetImpactHistogramSeries {
  const { bins, below, above } = summary.netImpactAtUserHistogram;
  const samples = Math.max(1, summary.samples);
  const bars = bins.map((bin) => ({ ...bin, percent: (100 * bin.count) / samples }));
  const { p5, median, p95 } = summary.figures.netImpactAtUser;
  const lo = Math.min(...bins.map((bin) => bin.x0), p5, median);
  const hi = Math.max(...bins.map((bin) => bin.x1), p95, median);
  // Zero joins the axis when it is near the data (within the bins' own span), so the reader sees
  // which side of net neutral the samples fall on without the bars being squashed to a sliver.
  const span = Math.max(hi - lo, Math.abs(hi) * 1e-6, 1e-9);
  const zeroNear = lo - span <= 0 && 0 <= hi + span;
  const xAxis = niceLinearAxis(
    zeroNear ? Math.min(lo, 0) : lo,
    zeroNear ? Math.max(hi, 0) : hi,
    formatImpactTick,
  );
  const tallest = Math.max(0, ...bars.map((bar) => bar.percent));
  const yAxis = niceLinearAxis(0, Math.max(tallest, 1), formatPercentTick);
  const zeroShown = xAxis.domain[0] <= 0 && 0 <= xAxis.domain[1];
  const side = zeroShown
    ? ''
    : lo > 0
      ? ' Every bar lies above zero (net positive).'
      : ' Every bar lies below zero (net negative).';
  const text =
    `Net impact ${yourRatioWords(summary, userN).chance} over ${formatCount(summary.samples)} samples: ` +
    `median ${formatNetImpact(median)} ${UNIT}, 90 % between ${formatNetImpact(p5)} and ${formatNetImpact(p95)}; ` +
    `${formatChanceInWords(summary.chance.atUser)} of the samples are net positive (above zero).${side} ` +
    tailText({ below, above, samples }, bins[0]?.x0 ?? lo, bins.at(-1)?.x1 ?? hi);
  let startIndex = bars.findIndex((bar) => median >= bar.x0 && median <= bar.x1);
  if (startIndex < 0) startIndex = 0;
  return {
    bars,
    samples: summary.samples,
    below,
    above,
    p5,
    median,
    p95,
    zeroShown,
    userN,
    xAxis,
    yAxis,
    startIndex,
    text,
  };
}
