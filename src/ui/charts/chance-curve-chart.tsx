/**
 * Uncertainty chart 1: the chance of net positive against the net-neutral ratio 1 : N (log axis
 * 1–1,000), with 1 : 10, 1 : 100 and the reader's N marked. Drawn by the live layer like the
 * other charts (see docs/architecture.md, "Charts"), from the Monte Carlo summary.
 */
import { memo } from 'react';
import {
  buildChanceCurveSeries,
  chancePointText,
  type ChanceCurveSeries,
} from '../../charts/data/chance-curve-series';
import { chanceCurveCsv } from '../../export/uncertainty-chart-csv';
import { formatNeutral } from '../../format/format';
import { CHART_COLORS, CHART_DASHES } from '../../theme/colors';
import type { LegendEntry } from './chart-legend';
import type { ReadoutContent } from './chart-readout';
import { CHANCE_CURVE_TITLE } from './chart-titles';
import type { LiveValues } from './live-chart-figure';
import type { LiveRule, RuleLabelPlacement } from './live-plot-context';
import { skipUnlessNewSummary, type UncertaintyChartProps } from './uncertainty-chart-props';
import { UncertaintyLiveChart, type UncertaintyChartSpec } from './uncertainty-live-chart';

export const TITLE = CHANCE_CURVE_TITLE;
const KEYBOARD_LABEL = 'Values along the chance-of-net-positive chart';
const LINE = { stroke: CHART_COLORS.chance, dash: '', width: 2.5 } as const;
const LEGEND: readonly LegendEntry[] = [
  { kind: 'line', name: 'Samples net positive at 1 : N', ...LINE },
  {
    kind: 'line',
    name: '1 : 10',
    stroke: CHART_COLORS.neutral10,
    dash: CHART_DASHES.neutral10,
    width: 1,
  },
  {
    kind: 'line',
    name: '1 : 100',
    stroke: CHART_COLORS.neutral100,
    dash: CHART_DASHES.neutral100,
    width: 1,
  },
  {
    kind: 'line',
    name: 'Your ratio',
    stroke: CHART_COLORS.current,
    dash: CHART_DASHES.currentCohort,
    width: 1,
  },
];

export function chanceCurveLive(series: ChanceCurveSeries): LiveValues {
  const rule = (
    key: string,
    value: number,
    stroke: string,
    dash: string,
    text: string,
    placement: RuleLabelPlacement,
  ): LiveRule => ({
    key,
    axis: 'x',
    value,
    stroke,
    dash,
    width: 1,
    label: { text, placement, fill: stroke },
  });
  // "your 1 : N" sits below the others' labels, so it stays readable when N is 10 or 100.
  return {
    xAxis: series.xAxis,
    yAxis: series.yAxis,
    xs: series.points.map((point) => point.n),
    lines: [{ key: 'chance', values: series.points.map((point) => point.percent), ...LINE }],
    rules: [
      {
        key: 'half',
        axis: 'y',
        value: 50,
        stroke: CHART_COLORS.axis,
        width: 1,
        dash: '2 4',
        label: { text: '50 %', placement: 'above-left', fill: CHART_COLORS.axis },
      },
      rule('n10', 10, CHART_COLORS.neutral10, CHART_DASHES.neutral10, '1 : 10', 'above-right'),
      rule('n100', 100, CHART_COLORS.neutral100, CHART_DASHES.neutral100, '1 : 100', 'above-right'),
      rule(
        'user',
        series.userN,
        CHART_COLORS.current,
        CHART_DASHES.currentCohort,
        `your ${formatNeutral(series.userN)}`,
        'below-right',
      ),
    ],
    markers: [],
    startIndex: series.startIndex,
  };
}

export function chanceCurveReadout(
  series: ChanceCurveSeries,
  index: number,
): ReadoutContent | null {
  const point = series.points[index];
  if (point === undefined) return null;
  // One sentence, the same for the box and for the keyboard.
  return { heading: chancePointText(point, series.samples), rows: [] };
}

const SPEC: UncertaintyChartSpec<ReturnType<typeof buildChanceCurveSeries>> = {
  title: TITLE,
  frame: 'chanceCurve',
  legend: LEGEND,
  keyboardLabel: KEYBOARD_LABEL,
  build: (summary, userN) => buildChanceCurveSeries(summary, userN),
  live: chanceCurveLive,
  readout: chanceCurveReadout,
  csv: chanceCurveCsv,
};

function ChanceCurveChartComponent(props: UncertaintyChartProps) {
  return <UncertaintyLiveChart spec={SPEC} {...props} />;
}

export const ChanceCurveChart = memo(ChanceCurveChartComponent, skipUnlessNewSummary);
