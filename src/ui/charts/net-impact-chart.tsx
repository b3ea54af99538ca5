/**
 * Chart 3: net impact (new safety − new capabilities / N) against cohort size, one line per N.
 * The lines are straight through the origin; their slope is the verdict per person placed.
 */
import { memo, useDeferredValue, useMemo, type ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { compareNetImpact } from '../../charts/data/comparison-series';
import { buildNetImpactSeries, type NetImpactLine } from '../../charts/data/net-impact-series';
import { netImpactCsv } from '../../export/csv';
import { formatNetImpact } from '../../format/format';
import { netImpactInputsEqual } from '../../charts/data/same-inputs';
import type { Scenario } from '../../model/inputs';
import { CHART_COLORS, CHART_DASHES, CHART_MARKERS } from '../../theme/colors';
import { ChartFigure } from './chart-figure';
import {
  COMPARISON_LINE,
  COMPARISON_SHAPE,
  comparisonLineName,
  comparisonMarkerEntry,
  type ChartComparison,
} from './chart-comparison';
import { StableReferenceDot, StableReferenceLine } from './stable-reference';
import { legendEntry, legendWithExtras, markerShape, type MarkerStyle } from './chart-markers';
import {
  CHART_HEIGHT,
  CHART_MARGIN,
  cohortTooltipLabel,
  legendOrder,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_SEPARATOR,
  Y_AXIS_WIDTH,
  yAxisLabel,
  COHORT_X_AXIS,
  NUMBER_AXIS,
} from './chart-parts';

const TITLE = 'Net impact against cohort size';
const Y_LABEL = yAxisLabel('Net impact (safety-researcher equivalents)');
const MARKER_NAME = 'Your cohort';
const MARKER: MarkerStyle = { symbol: CHART_MARKERS.current, fill: CHART_COLORS.current };
const MARKER_SHAPE = markerShape(MARKER);
const LEGEND_CONTENT = legendWithExtras([legendEntry(MARKER_NAME, MARKER)]);
// Above the zero line, unless zero is the top of the axis (every line negative): then below it,
// so the label is not cut off at the top of the plot.
const ZERO_LABEL_ABOVE = {
  value: 'net neutral',
  position: 'insideBottomRight',
  fill: CHART_COLORS.axis,
} as const;
const ZERO_LABEL_BELOW = { ...ZERO_LABEL_ABOVE, position: 'insideTopRight' } as const;
const COHORT_LABEL = {
  value: 'your cohort',
  position: 'insideTopLeft',
  fill: CHART_COLORS.current,
} as const;

const LINE_STYLE: Record<NetImpactLine['key'], { stroke: string; dash: string; width: number }> = {
  n10: { stroke: CHART_COLORS.neutral10, dash: CHART_DASHES.neutral10, width: 1.5 },
  n100: { stroke: CHART_COLORS.neutral100, dash: CHART_DASHES.neutral100, width: 1.5 },
  user: { stroke: CHART_COLORS.neutralUser, dash: CHART_DASHES.neutralUser, width: 2.5 },
};

function tooltipValue(value: unknown): ReactNode {
  return typeof value === 'number'
    ? `${formatNetImpact(value)} safety-researcher equivalents`
    : null;
}

interface NetImpactChartProps {
  readonly scenario: Scenario;
  readonly comparison?: ChartComparison | null;
}

function NetImpactChartComponent({ scenario, comparison = null }: NetImpactChartProps) {
  // Redrawing takes longer than a slider step, so it runs at lower priority: the slider stays
  // smooth and intermediate values are skipped rather than queued.
  const shown = useDeferredValue(scenario);
  const series = useMemo(() => buildNetImpactSeries(shown), [shown]);
  const compared = useMemo(
    () => (comparison ? compareNetImpact(series, comparison.scenario) : null),
    [series, comparison],
  );
  const yAxis = compared?.yAxis ?? series.yAxis;
  const legend = useMemo(
    () =>
      comparison
        ? legendWithExtras([legendEntry(MARKER_NAME, MARKER), comparisonMarkerEntry(comparison)])
        : LEGEND_CONTENT,
    [comparison],
  );
  const csv = useMemo(
    () => () => netImpactCsv(series, shown, window.location.href),
    [series, shown],
  );
  // The builder returns the same lines for the same N, so the legend keeps its props.
  const order = useMemo(() => legendOrder(series.lines.map((line) => line.name)), [series.lines]);

  return (
    <ChartFigure title={TITLE} text={series.text} height={CHART_HEIGHT} csv={csv}>
      <ComposedChart data={compared?.points ?? series.points} margin={CHART_MARGIN} title={TITLE}>
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis {...COHORT_X_AXIS} domain={series.xDomain} ticks={series.xTicks} />
        <YAxis
          {...NUMBER_AXIS}
          domain={yAxis.domain}
          ticks={yAxis.ticks}
          tickFormatter={formatNetImpact}
          width={Y_AXIS_WIDTH}
          label={Y_LABEL}
        />
        <Tooltip
          formatter={tooltipValue}
          labelFormatter={cohortTooltipLabel}
          separator={TOOLTIP_SEPARATOR}
          contentStyle={TOOLTIP_CONTENT_STYLE}
        />
        <Legend itemSorter={order} content={legend} />
        <StableReferenceLine
          y={0}
          stroke={CHART_COLORS.axis}
          ifOverflow="extendDomain"
          label={yAxis.domain[1] <= 0 ? ZERO_LABEL_BELOW : ZERO_LABEL_ABOVE}
        />
        {series.current.cohort > 0 && (
          <StableReferenceLine
            x={series.current.cohort}
            stroke={CHART_COLORS.current}
            strokeDasharray={CHART_DASHES.currentCohort}
            ifOverflow="extendDomain"
            label={COHORT_LABEL}
          />
        )}
        {series.lines.map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.name}
            type="linear"
            legendType="plainline"
            stroke={LINE_STYLE[line.key].stroke}
            strokeDasharray={LINE_STYLE[line.key].dash}
            strokeWidth={LINE_STYLE[line.key].width}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        {comparison && <Line {...COMPARISON_LINE} name={comparisonLineName(comparison)} />}
        {compared && (
          <StableReferenceDot
            x={compared.marker.x}
            y={compared.marker.y}
            shape={COMPARISON_SHAPE}
            ifOverflow="extendDomain"
          />
        )}
        <StableReferenceDot
          x={series.current.cohort}
          y={series.current.user}
          shape={MARKER_SHAPE}
          ifOverflow="extendDomain"
        />
      </ComposedChart>
    </ChartFigure>
  );
}

// Skips the redraw when none of the inputs this chart depends on changed (see same-inputs.ts).
function sameChartInputs(prev: NetImpactChartProps, next: NetImpactChartProps): boolean {
  return prev.comparison === next.comparison && netImpactInputsEqual(prev.scenario, next.scenario);
}

export const NetImpactChart = memo(NetImpactChartComponent, sameChartInputs);
