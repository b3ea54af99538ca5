/**
 * Chart 2: new safety : capabilities researchers (log scale) against the share of placements
 * going to capabilities, with the net-neutral lines, shaded verdict regions and published data.
 */
import { memo, useDeferredValue, useMemo, type ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { compareNewResearchers } from '../../charts/data/comparison-series';
import { formatLogTick } from '../../charts/data/log-ticks';
import { newResearchersCsv } from '../../export/csv';
import {
  buildNewResearchersSeries,
  type NeutralLine,
} from '../../charts/data/new-researchers-series';
import { REFERENCE_POINTS, type ReferencePoint } from '../../charts/data/reference-points';
import { formatPercent } from '../../format/format';
import { newResearchersInputsEqual } from '../../charts/data/same-inputs';
import type { Scenario } from '../../model/inputs';
import { CHART_COLORS, CHART_DASHES, CHART_MARKERS, REGION_OPACITY } from '../../theme/colors';
import { ChartFigure, type ChartSourceNote } from './chart-figure';
import {
  COMPARISON_LINE,
  COMPARISON_SHAPE,
  comparisonLineName,
  comparisonMarkerEntry,
  isComparisonRow,
  type ChartComparison,
} from './chart-comparison';
import { StableReferenceArea, StableReferenceDot, StableReferenceLine } from './stable-reference';
import { legendEntry, legendWithExtras, markerShape, type MarkerStyle } from './chart-markers';
import {
  CHART_MARGIN,
  rowOf,
  TALL_CHART_HEIGHT,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_SEPARATOR,
  X_AXIS_HEIGHT,
  xAxisLabel,
  Y_AXIS_WIDTH,
  yAxisLabel,
  NUMBER_AXIS,
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
const CURRENT_MARKER: MarkerStyle = { symbol: CHART_MARKERS.current, fill: CHART_COLORS.current };
const CURRENT_SHAPE = markerShape(CURRENT_MARKER);
const POINT_MARKERS: Record<ReferencePoint['id'], MarkerStyle> = {
  survey: { symbol: CHART_MARKERS.survey, fill: CHART_COLORS.surveyPoint },
  surveyWithIndependents: {
    symbol: CHART_MARKERS.surveyWithIndependents,
    fill: CHART_COLORS.surveyPoint,
  },
  longitudinal: { symbol: CHART_MARKERS.longitudinal, fill: CHART_COLORS.longitudinalPoint },
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
  value: unknown,
  name: unknown,
  item: { payload?: unknown; dataKey?: unknown },
): [ReactNode, ReactNode] {
  if (isComparisonRow(item)) {
    const shown = typeof value === 'number' ? formatLogTick(value) : 'no ratio';
    return [`${shown} safety to capabilities`, typeof name === 'string' ? name : 'Compared'];
  }
  const row = rowOf(item);
  const display = typeof row.display === 'string' ? row.display : '';
  return [
    row.balance === 'both' ? `${display} safety to capabilities` : display,
    'New researchers',
  ];
}

// The published points and their sources never change, so their legend entries and notes are
// built once; the legend has two fixed variants, with and without the current-split marker.
const SOURCES: readonly ChartSourceNote[] = REFERENCE_POINTS.map((point) => ({
  label: point.label,
  title: point.source.title,
  url: point.source.url,
  caveat: point.caveat,
}));
const POINT_LEGEND = REFERENCE_POINTS.map((point) =>
  legendEntry(point.label, POINT_MARKERS[point.id]),
);
const LEGEND_WITH_MARKER = legendWithExtras([
  legendEntry(MARKER_NAME, CURRENT_MARKER),
  ...POINT_LEGEND,
]);
const LEGEND_WITHOUT_MARKER = legendWithExtras(POINT_LEGEND);

// Thread lines are labelled above their line on the left, the user's below it on the right, so
// near-equal lines do not print their labels on top of each other.
function lineLabel(line: NeutralLine) {
  return {
    value: line.label,
    position: line.id === 'user' ? 'insideTopRight' : 'insideBottomLeft',
    fill: LINE_STYLE[line.id].stroke,
  } as const;
}

interface NewResearchersChartProps {
  readonly scenario: Scenario;
  readonly comparison?: ChartComparison | null;
}

function NewResearchersChartComponent({ scenario, comparison = null }: NewResearchersChartProps) {
  // Redrawing takes longer than a slider step, so it runs at lower priority: the slider stays
  // smooth and intermediate values are skipped rather than queued.
  const shown = useDeferredValue(scenario);
  const series = useMemo(() => buildNewResearchersSeries(shown), [shown]);
  const compared = useMemo(
    () => (comparison ? compareNewResearchers(series, comparison.scenario) : null),
    [series, comparison],
  );
  const csv = useMemo(
    () => () => newResearchersCsv(series, shown, window.location.href),
    [series, shown],
  );
  // The builder returns the same lines for the same N, so the labels stay the same objects too.
  const lines = useMemo(
    () => series.neutralLines.map((line) => ({ line, label: lineLabel(line) })),
    [series.neutralLines],
  );
  // No marker when nobody is placed (no split exists) or nobody counts on either side (no ratio).
  const currentY = series.current?.y ?? null;
  const currentX = series.current?.capShare ?? 0;
  const legend = useMemo(() => {
    const base = [...(currentY === null ? [] : [legendEntry(MARKER_NAME, CURRENT_MARKER)])];
    if (!comparison) return currentY === null ? LEGEND_WITHOUT_MARKER : LEGEND_WITH_MARKER;
    return legendWithExtras([...base, comparisonMarkerEntry(comparison), ...POINT_LEGEND]);
  }, [comparison, currentY]);

  return (
    <ChartFigure
      title={TITLE}
      text={series.text}
      height={TALL_CHART_HEIGHT}
      sources={SOURCES}
      csv={csv}
    >
      <ComposedChart data={compared?.points ?? series.points} margin={CHART_MARGIN} title={TITLE}>
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis
          {...NUMBER_AXIS}
          dataKey="capShare"
          domain={series.xDomain}
          ticks={series.xTicks}
          tickFormatter={formatShareTick}
          height={X_AXIS_HEIGHT}
          label={X_LABEL}
        />
        <YAxis
          {...NUMBER_AXIS}
          scale="log"
          domain={series.yDomain}
          ticks={series.yTicks}
          allowDataOverflow
          tickFormatter={formatLogTick}
          width={Y_AXIS_WIDTH}
          label={Y_LABEL}
        />
        <StableReferenceArea
          y1={series.positiveRegion[0]}
          y2={series.positiveRegion[1]}
          fill={CHART_COLORS.positiveRegion}
          fillOpacity={REGION_OPACITY}
          stroke="none"
          label={POSITIVE_LABEL}
        />
        <StableReferenceArea
          y1={series.negativeRegion[0]}
          y2={series.negativeRegion[1]}
          fill={CHART_COLORS.negativeRegion}
          fillOpacity={REGION_OPACITY}
          stroke="none"
          label={NEGATIVE_LABEL}
        />
        {lines.map(({ line, label }) => (
          <StableReferenceLine
            key={line.id}
            y={line.y}
            stroke={LINE_STYLE[line.id].stroke}
            strokeDasharray={LINE_STYLE[line.id].dash}
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
        <Legend content={legend} />
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
        {comparison && <Line {...COMPARISON_LINE} name={comparisonLineName(comparison)} />}
        {compared?.marker && (
          <StableReferenceDot
            x={compared.marker.x}
            y={compared.marker.y}
            shape={COMPARISON_SHAPE}
            ifOverflow="extendDomain"
          />
        )}
        {series.referencePoints.map((point) => (
          <StableReferenceDot
            key={point.id}
            x={point.capShare}
            y={point.y}
            shape={POINT_SHAPES[point.id]}
            ifOverflow="extendDomain"
          />
        ))}
        {currentY !== null && (
          <StableReferenceDot
            x={currentX}
            y={currentY}
            shape={CURRENT_SHAPE}
            ifOverflow="extendDomain"
          />
        )}
      </ComposedChart>
    </ChartFigure>
  );
}

// Skips the redraw when none of the inputs this chart depends on changed (see same-inputs.ts).
function sameChartInputs(prev: NewResearchersChartProps, next: NewResearchersChartProps): boolean {
  return (
    prev.comparison === next.comparison && newResearchersInputsEqual(prev.scenario, next.scenario)
  );
}

export const NewResearchersChart = memo(NewResearchersChartComponent, sameChartInputs);
