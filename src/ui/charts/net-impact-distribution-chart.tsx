/**
 * Uncertainty chart 2: the distribution of net impact at the reader's ratio over the samples, as
 * histogram bars, with the 5th, 50th and 95th percentiles and zero marked. Bins wholly above zero
 * take the net-positive colour, wholly below the net-negative one; the zero rule is labelled, so
 * colour is never the only cue. The keyboard steps through the bars.
 */
import { memo } from 'react';
import { formatSamples, formatSharePercent } from '../../charts/data/chance-words';
import {
  buildNetImpactHistogramSeries,
  type HistogramBar,
  type NetImpactHistogramSeries,
} from '../../charts/data/net-impact-histogram-series';
import { netImpactHistogramCsv } from '../../export/uncertainty-chart-csv';
import { formatNetImpact } from '../../format/format';
import { CHART_COLORS } from '../../theme/colors';
import type { LegendEntry } from './chart-legend';
import type { ReadoutContent } from './chart-readout';
import { NET_IMPACT_DISTRIBUTION_TITLE } from './chart-titles';
import type { LiveValues } from './live-chart-figure';
import type { LiveRule } from './live-plot-context';
import { skipUnlessNewSummary, type UncertaintyChartProps } from './uncertainty-chart-props';
import { UncertaintyLiveChart, type UncertaintyChartSpec } from './uncertainty-live-chart';

export const TITLE = NET_IMPACT_DISTRIBUTION_TITLE;
const KEYBOARD_LABEL = 'Bars of the net-impact distribution chart';
const PERCENTILE_DASH = '4 3';
const MEDIAN_WIDTH = 2;

function barFill(bar: HistogramBar): string {
  if (bar.x0 >= 0 && bar.x1 > 0) return CHART_COLORS.positiveRegion;
  if (bar.x1 <= 0 && bar.x0 < 0) return CHART_COLORS.negativeRegion;
  return CHART_COLORS.distribution;
}

const LEGEND: readonly LegendEntry[] = [
  { kind: 'line', name: 'Samples net positive', stroke: CHART_COLORS.positiveRegion, width: 8 },
  { kind: 'line', name: 'Samples net negative', stroke: CHART_COLORS.negativeRegion, width: 8 },
  { kind: 'line', name: 'Median', stroke: CHART_COLORS.current, width: MEDIAN_WIDTH },
  {
    kind: 'line',
    name: '5th and 95th percentiles',
    stroke: CHART_COLORS.current,
    dash: PERCENTILE_DASH,
    width: 1,
  },
];

export function histogramLive(series: NetImpactHistogramSeries): LiveValues {
  const percentile = (key: string, value: number, text: string, width: number, dash?: string) =>
    ({
      key,
      axis: 'x',
      value,
      stroke: CHART_COLORS.current,
      width,
      ...(dash === undefined ? {} : { dash }),
      label: { text, placement: 'above-right', fill: CHART_COLORS.current },
    }) satisfies LiveRule;
  const rules: LiveRule[] = [
    percentile('p5', series.p5, 'p5', 1, PERCENTILE_DASH),
    percentile('median', series.median, 'median', MEDIAN_WIDTH),
    percentile('p95', series.p95, 'p95', 1, PERCENTILE_DASH),
  ];
  if (series.zeroShown) {
    rules.unshift({
      key: 'zero',
      axis: 'x',
      value: 0,
      stroke: CHART_COLORS.axis,
      width: 1.5,
      // Top left of the line: the bars fill the bottom.
      label: { text: 'net neutral', placement: 'above-left', fill: CHART_COLORS.axis },
    });
  }
  return {
    xAxis: series.xAxis,
    yAxis: series.yAxis,
    xs: series.bars.map((bar) => (bar.x0 + bar.x1) / 2),
    bars: series.bars.map((bar, index) => ({
      key: `bin${index}`,
      x0: bar.x0,
      x1: bar.x1,
      y0: 0,
      y1: bar.percent,
      fill: barFill(bar),
    })),
    lines: [],
    rules,
    markers: [],
    startIndex: series.startIndex,
  };
}

export function histogramReadout(
  series: NetImpactHistogramSeries,
  index: number,
): ReadoutContent | null {
  const bar = series.bars[index];
  if (bar === undefined) return null;
  return {
    heading: `Net impact ${formatNetImpact(bar.x0)} to ${formatNetImpact(bar.x1)}`,
    rows: [
      {
        key: 'count',
        name: 'Samples',
        value: `${formatSamples(bar.count)} (${formatSharePercent(bar.percent / 100)})`,
        color: barFill(bar),
      },
    ],
  };
}

const SPEC: UncertaintyChartSpec<ReturnType<typeof buildNetImpactHistogramSeries>> = {
  title: TITLE,
  frame: 'netImpactDistribution',
  legend: LEGEND,
  keyboardLabel: KEYBOARD_LABEL,
  build: (summary, userN) => buildNetImpactHistogramSeries(summary, userN),
  live: histogramLive,
  readout: histogramReadout,
  csv: netImpactHistogramCsv,
};

function NetImpactDistributionChartComponent(props: UncertaintyChartProps) {
  return <UncertaintyLiveChart spec={SPEC} {...props} />;
}

export const NetImpactDistributionChart = memo(
  NetImpactDistributionChartComponent,
  skipUnlessNewSummary,
);
