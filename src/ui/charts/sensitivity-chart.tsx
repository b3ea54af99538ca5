/**
 * Uncertainty chart 3, the tornado: one horizontal bar per input that is a range, from net
 * impact at your ratio with that input at its 5th percentile to net impact at its 95th, the other
 * ranges at their medians; largest swing at the top; input names on the y axis. A bar that
 * crosses zero (that input alone flips the verdict) is drawn in its own colour, hatched and
 * labelled "flips the verdict", so neither colour nor pattern alone carries it.
 *
 * Drawn by the live layer, not recharts elements, though its data changes only when a summary
 * arrives: one drawing path gives it the same preview, keyboard readout (by row), export and
 * snapshots as every other chart, and keeps recharts' redraw cost off the page entirely.
 */
import { memo } from 'react';
import {
  buildSensitivitySeries,
  FLIP_TEXT,
  TORNADO_BAR_HALF_HEIGHT,
  type SensitivitySeries,
} from '../../charts/data/sensitivity-series';
import { sensitivityCsv } from '../../export/uncertainty-chart-csv';
import { formatNetImpact } from '../../format/format';
import { formatInputValue } from '../../format/input-format';
import { CHART_COLORS } from '../../theme/colors';
import type { LegendEntry } from './chart-legend';
import type { ReadoutContent } from './chart-readout';
import { SENSITIVITY_TITLE } from './chart-titles';
import type { LiveValues } from './live-chart-figure';
import { skipUnlessNewSummary, type UncertaintyChartProps } from './uncertainty-chart-props';
import { UncertaintyLiveChart, type UncertaintyChartSpec } from './uncertainty-live-chart';

export const TITLE = SENSITIVITY_TITLE;
const KEYBOARD_LABEL = 'Bars of the sensitivity chart';
const BASE_DASH = '4 3';

const LEGEND: readonly LegendEntry[] = [
  {
    kind: 'line',
    name: 'Net impact as the input moves',
    stroke: CHART_COLORS.sensitivity,
    width: 8,
  },
  { kind: 'line', name: `Hatched: ${FLIP_TEXT}`, stroke: CHART_COLORS.flip, width: 8 },
  {
    kind: 'line',
    name: 'Every range at its median',
    stroke: CHART_COLORS.current,
    dash: BASE_DASH,
    width: 1.5,
  },
];

export function sensitivityLive(series: SensitivitySeries): LiveValues {
  return {
    xAxis: series.xAxis,
    yAxis: series.yAxis,
    // The readout box points at the outer end of each bar.
    xs: series.rows.map((row) => Math.max(row.netImpactAtLow, row.netImpactAtHigh)),
    sampleYs: series.rows.map((row) => row.y),
    bars: series.rows.map((row) => ({
      key: row.key,
      x0: row.netImpactAtLow,
      x1: row.netImpactAtHigh,
      y0: row.y - TORNADO_BAR_HALF_HEIGHT,
      y1: row.y + TORNADO_BAR_HALF_HEIGHT,
      fill: row.flips ? CHART_COLORS.flip : CHART_COLORS.sensitivity,
      ...(row.flips ? { hatch: true, label: { text: FLIP_TEXT, fill: CHART_COLORS.flip } } : {}),
    })),
    lines: [],
    rules: [
      {
        key: 'zero',
        axis: 'x',
        value: 0,
        stroke: CHART_COLORS.axis,
        width: 1.5,
        label: { text: 'net neutral', placement: 'below-left', fill: CHART_COLORS.axis },
      },
      {
        key: 'base',
        axis: 'x',
        value: series.base,
        stroke: CHART_COLORS.current,
        dash: BASE_DASH,
        width: 1.5,
      },
    ],
    markers: [],
    startIndex: 0,
  };
}

export function sensitivityReadout(
  series: SensitivitySeries,
  index: number,
): ReadoutContent | null {
  const row = series.rows[index];
  if (row === undefined) return null;
  const color = row.flips ? CHART_COLORS.flip : CHART_COLORS.sensitivity;
  return {
    heading: row.flips ? `${row.label} (${FLIP_TEXT})` : row.label,
    rows: [
      {
        key: 'low',
        name: `At ${formatInputValue(row.key, row.low)} (5th percentile)`,
        value: formatNetImpact(row.netImpactAtLow),
        color,
      },
      {
        key: 'high',
        name: `At ${formatInputValue(row.key, row.high)} (95th percentile)`,
        value: formatNetImpact(row.netImpactAtHigh),
        color,
      },
    ],
  };
}

const SPEC: UncertaintyChartSpec<ReturnType<typeof buildSensitivitySeries>> = {
  title: TITLE,
  frame: 'sensitivity',
  legend: LEGEND,
  keyboardLabel: KEYBOARD_LABEL,
  build: (summary, userN) => buildSensitivitySeries(summary.sensitivity, userN),
  live: sensitivityLive,
  readout: sensitivityReadout,
  csv: sensitivityCsv,
};

function SensitivityChartComponent(props: UncertaintyChartProps) {
  return <UncertaintyLiveChart spec={SPEC} {...props} />;
}

export const SensitivityChart = memo(SensitivityChartComponent, skipUnlessNewSummary);
