/**
 * Chart 2: new safety : capabilities researchers (log scale) against the share of placements
 * going to capabilities, with the net-neutral lines, shaded verdict regions and published data.
 */
import { memo, useMemo, type ReactNode } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatLogTick } from '../../charts/data/log-ticks';
import {
  buildNewResearchersSeries,
  type NeutralLine,
} from '../../charts/data/new-researchers-series';
import type { ReferencePoint } from '../../charts/data/reference-points';
import { formatPercent } from '../../format/format';
import type { Scenario } from '../../model/inputs';
import { CHART_COLORS, CHART_DASHES, REGION_OPACITY } from '../../theme/colors';
import { ChartFigure, type ChartSourceNote } from './chart-figure';
import { legendEntry, legendWithExtras, markerShape, type MarkerStyle } from './chart-markers';
import {
  AXIS_LINE,
  AXIS_TICK,
  CHART_MARGIN,
  rowOf,
  TALL_CHART_HEIGHT,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_SEPARATOR,
  X_AXIS_HEIGHT,
  xAxisLabel,
  Y_AXIS_WIDTH,
  yAxisLabel,
} from './chart-parts';

const TITLE = 'New researchers against the net-neutral lines';
const X_LABEL = xAxisLabel('Share of placed people going to capabilities (%)');
const Y_LABEL = yAxisLabel('New safety : capabilities (log scale)');
const LINE_NAME = 'New safety : capabilities at each split';
const MARKER_NAME = 'Your current split';

const LINE_STYLE: Record<NeutralLine['id'], { stroke: string; dash: string }> = {
  n10: { stroke: CHART_COLORS.neutral10, dash: CHART_DASHES.neutral10 },
  n100: { stroke: CHART_COLORS.neutral100, dash: CHART_DASHES.neutral100 },
  user: { stroke: CHART_COLORS.neutralUser, dash: CHART_DASHES.neutralUser },
};

// Shape as well as colour tells the markers apart (colour-vision deficiencies, print).
const CURRENT_MARKER: MarkerStyle = { symbol: 'circle', fill: CHART_COLORS.current };
const CURRENT_SHAPE = markerShape(CURRENT_MARKER);
const POINT_MARKERS: Record<ReferencePoint['id'], MarkerStyle> = {
  survey: { symbol: 'diamond', fill: CHART_COLORS.surveyPoint },
  surveyWithIndependents: { symbol: 'triangle', fill: CHART_COLORS.surveyPoint },
  longitudinal: { symbol: 'square', fill: CHART_COLORS.longitudinalPoint },
};
const POINT_SHAPES: Record<ReferencePoint['id'], ReturnType<typeof markerShape>> = {
  survey: markerShape(POINT_MARKERS.survey),
  surveyWithIndependents: markerShape(POINT_MARKERS.surveyWithIndependents),
  longitudinal: markerShape(POINT_MARKERS.longitudinal),
};

const POSITIVE_LABEL = {
  value: 'net positive',
  position: 'insideTopRight',
  fill: CHART_COLORS.positiveRegion,
} as const;
const NEGATIVE_LABEL = {
  value: 'net negative',
  position: 'insideBottomLeft',
  fill: CHART_COLORS.negativeRegion,
} as const;

function formatShareTick(value: number): string {
  return formatPercent(value);
}

function tooltipLabel(label: ReactNode): ReactNode {
  return typeof label === 'number'
    ? `${formatPercent(label)} of placements to capabilities`
    : label;
}

/** The row's own text: it names "all safety" / "all capabilities" where the point is clamped. */
function tooltipValue(
  _value: unknown,
  _name: unknown,
  item: { payload?: unknown },
): [ReactNode, ReactNode] {
  const row = rowOf(item);
  const display = typeof row.display === 'string' ? row.display : '';
  return [
    row.balance === 'both' ? `${display} safety to capabilities` : display,
    'New researchers',
  ];
}

function sourceNotes(points: readonly ReferencePoint[]): readonly ChartSourceNote[] {
  return points.map((point) => ({
    label: point.label,
    title: point.source.title,
    url: point.source.url,
    caveat: point.caveat,
  }));
}

interface NewResearchersChartProps {
  readonly scenario: Scenario;
}

function NewResearchersChartComponent({ scenario }: NewResearchersChartProps) {
  const view = useMemo(() => {
    const series = buildNewResearchersSeries(scenario);
    return {
      series,
      // Null when nobody is placed (no split exists) or nobody counts on either side (no ratio).
      marker:
        series.current === null || series.current.y === null
          ? null
          : { x: series.current.capShare, y: series.current.y },
      // Thread lines are labelled above their line on the left, the user's below it on the
      // right, so near-equal lines do not print their labels on top of each other.
      neutralLines: series.neutralLines.map((line) => ({
        line,
        style: LINE_STYLE[line.id],
        label: {
          value: line.label,
          position: line.id === 'user' ? 'insideTopRight' : 'insideBottomLeft',
          fill: LINE_STYLE[line.id].stroke,
        } as const,
      })),
      sources: sourceNotes(series.referencePoints),
      legendContent: legendWithExtras([
        ...(series.current?.y == null ? [] : [legendEntry(MARKER_NAME, CURRENT_MARKER)]),
        ...series.referencePoints.map((point) => legendEntry(point.label, POINT_MARKERS[point.id])),
      ]),
    };
  }, [scenario]);
  const { series } = view;

  return (
    <ChartFigure title={TITLE} text={series.text} height={TALL_CHART_HEIGHT} sources={view.sources}>
      <ComposedChart data={series.points} margin={CHART_MARGIN} title={TITLE}>
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="capShare"
          domain={series.xDomain}
          ticks={series.xTicks}
          tickFormatter={formatShareTick}
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          height={X_AXIS_HEIGHT}
          label={X_LABEL}
        />
        <YAxis
          type="number"
          scale="log"
          domain={series.yDomain}
          ticks={series.yTicks}
          allowDataOverflow
          tickFormatter={formatLogTick}
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          width={Y_AXIS_WIDTH}
          label={Y_LABEL}
        />
        <ReferenceArea
          y1={series.positiveRegion[0]}
          y2={series.positiveRegion[1]}
          fill={CHART_COLORS.positiveRegion}
          fillOpacity={REGION_OPACITY}
          stroke="none"
          label={POSITIVE_LABEL}
        />
        <ReferenceArea
          y1={series.negativeRegion[0]}
          y2={series.negativeRegion[1]}
          fill={CHART_COLORS.negativeRegion}
          fillOpacity={REGION_OPACITY}
          stroke="none"
          label={NEGATIVE_LABEL}
        />
        {view.neutralLines.map(({ line, style, label }) => (
          <ReferenceLine
            key={line.id}
            y={line.y}
            stroke={style.stroke}
            strokeDasharray={style.dash}
            strokeWidth={line.id === 'user' ? 2 : 1.5}
            ifOverflow="extendDomain"
            label={label}
          />
        ))}
        <Tooltip
          formatter={tooltipValue}
          labelFormatter={tooltipLabel}
          separator={TOOLTIP_SEPARATOR}
          contentStyle={TOOLTIP_CONTENT_STYLE}
        />
        <Legend content={view.legendContent} />
        <Line
          dataKey="y"
          name={LINE_NAME}
          type="linear"
          legendType="plainline"
          stroke={CHART_COLORS.series}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        {series.referencePoints.map((point) => (
          <ReferenceDot
            key={point.id}
            x={point.capShare}
            y={point.y}
            shape={POINT_SHAPES[point.id]}
            ifOverflow="extendDomain"
          />
        ))}
        {view.marker !== null && (
          <ReferenceDot
            x={view.marker.x}
            y={view.marker.y}
            shape={CURRENT_SHAPE}
            ifOverflow="extendDomain"
          />
        )}
      </ComposedChart>
    </ChartFigure>
  );
}

export const NewResearchersChart = memo(NewResearchersChartComponent);
