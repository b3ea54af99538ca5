/** Chart 1: capabilities per safety researcher after one cohort, against cohort size. */
import { memo, useMemo, type ReactNode } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { buildFieldRatioSeries } from '../../charts/data/field-ratio-series';
import { formatNumber } from '../../format/format';
import type { Scenario } from '../../model/inputs';
import { CHART_COLORS, CHART_DASHES } from '../../theme/colors';
import { ChartFigure } from './chart-figure';
import { legendEntry, legendWithExtras, markerShape, type MarkerStyle } from './chart-markers';
import {
  AXIS_LINE,
  AXIS_TICK,
  CHART_HEIGHT,
  CHART_MARGIN,
  COHORT_AXIS_LABEL,
  cohortTooltipLabel,
  formatCohortTick,
  legendOrder,
  rowOf,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_SEPARATOR,
  X_AXIS_HEIGHT,
  Y_AXIS_WIDTH,
  yAxisLabel,
} from './chart-parts';

const TITLE = 'How the field ratio moves with cohort size';
const Y_LABEL = yAxisLabel('Capabilities per safety researcher');
const LINE_NAME = 'Field after one cohort';
const MARKER_NAME = 'Your cohort';
const LEGEND_ORDER = legendOrder([LINE_NAME]);
const MARKER: MarkerStyle = { symbol: 'circle', fill: CHART_COLORS.current };
const MARKER_SHAPE = markerShape(MARKER);
const LEGEND_CONTENT = legendWithExtras([legendEntry(MARKER_NAME, MARKER)]);

function tooltipValue(value: unknown, _name: unknown, item: { payload?: unknown }): ReactNode {
  const text = rowOf(item).ratioText;
  if (typeof text === 'string') return `${text} capabilities to safety`;
  return typeof value === 'number' ? formatNumber(value) : null;
}

interface FieldRatioChartProps {
  readonly scenario: Scenario;
}

function FieldRatioChartComponent({ scenario }: FieldRatioChartProps) {
  const view = useMemo(() => {
    const series = buildFieldRatioSeries(scenario);
    return {
      series,
      nowLabel: {
        value: `field now ${series.ratioNowText}`,
        position: 'insideTopRight',
        fill: CHART_COLORS.fieldNow,
      } as const,
    };
  }, [scenario]);
  const { series } = view;

  return (
    <ChartFigure title={TITLE} text={series.text} height={CHART_HEIGHT}>
      <ComposedChart data={series.points} margin={CHART_MARGIN} title={TITLE}>
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="cohort"
          domain={series.xDomain}
          ticks={series.xTicks}
          tickFormatter={formatCohortTick}
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          height={X_AXIS_HEIGHT}
          label={COHORT_AXIS_LABEL}
        />
        <YAxis
          type="number"
          domain={series.yAxis.domain}
          ticks={series.yAxis.ticks}
          tickFormatter={formatNumber}
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          width={Y_AXIS_WIDTH}
          label={Y_LABEL}
        />
        <Tooltip
          formatter={tooltipValue}
          labelFormatter={cohortTooltipLabel}
          separator={TOOLTIP_SEPARATOR}
          contentStyle={TOOLTIP_CONTENT_STYLE}
        />
        <Legend itemSorter={LEGEND_ORDER} content={LEGEND_CONTENT} />
        <ReferenceLine
          y={series.ratioNow}
          stroke={CHART_COLORS.fieldNow}
          strokeDasharray={CHART_DASHES.fieldNow}
          ifOverflow="extendDomain"
          label={view.nowLabel}
        />
        <Line
          dataKey="ratio"
          name={LINE_NAME}
          type="linear"
          legendType="plainline"
          stroke={CHART_COLORS.series}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <ReferenceDot
          x={series.current.cohort}
          y={series.current.ratio}
          shape={MARKER_SHAPE}
          ifOverflow="extendDomain"
        />
      </ComposedChart>
    </ChartFigure>
  );
}

export const FieldRatioChart = memo(FieldRatioChartComponent);
