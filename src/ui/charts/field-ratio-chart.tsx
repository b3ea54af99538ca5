/** Chart 1: capabilities per safety researcher after one cohort, against cohort size. */
import { memo, useDeferredValue, useMemo, type ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { compareFieldRatio } from '../../charts/data/comparison-series';
import { buildFieldRatioSeries } from '../../charts/data/field-ratio-series';
import { fieldRatioCsv } from '../../export/csv';
import { formatNumber } from '../../format/format';
import { fieldRatioInputsEqual } from '../../charts/data/same-inputs';
import type { Scenario } from '../../model/inputs';
import { CHART_COLORS, CHART_DASHES, CHART_MARKERS } from '../../theme/colors';
import { ChartFigure } from './chart-figure';
import {
  COMPARISON_LINE,
  COMPARISON_SHAPE,
  comparisonLineName,
  comparisonMarkerEntry,
  isComparisonRow,
  type ChartComparison,
} from './chart-comparison';
import { StableReferenceDot, StableReferenceLine } from './stable-reference';
import { legendEntry, legendWithExtras, markerShape, type MarkerStyle } from './chart-markers';
import {
  CHART_HEIGHT,
  CHART_MARGIN,
  cohortTooltipLabel,
  legendOrder,
  rowOf,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_SEPARATOR,
  Y_AXIS_WIDTH,
  yAxisLabel,
  COHORT_X_AXIS,
  NUMBER_AXIS,
} from './chart-parts';

const TITLE = 'How the field ratio moves with cohort size';
const Y_LABEL = yAxisLabel('Capabilities per safety researcher');
const LINE_NAME = 'Field after one cohort';
const MARKER_NAME = 'Your cohort';
const LEGEND_ORDER = legendOrder([LINE_NAME]);
const MARKER: MarkerStyle = { symbol: CHART_MARKERS.current, fill: CHART_COLORS.current };
const MARKER_SHAPE = markerShape(MARKER);
const LEGEND_CONTENT = legendWithExtras([legendEntry(MARKER_NAME, MARKER)]);

function tooltipValue(
  value: unknown,
  _name: unknown,
  item: { payload?: unknown; dataKey?: unknown },
): ReactNode {
  if (isComparisonRow(item) && typeof value === 'number') {
    return `${formatNumber(value)} : 1 capabilities to safety`;
  }
  const text = rowOf(item).ratioText;
  if (typeof text === 'string') return `${text} capabilities to safety`;
  return typeof value === 'number' ? formatNumber(value) : null;
}

interface FieldRatioChartProps {
  readonly scenario: Scenario;
  readonly comparison?: ChartComparison | null;
}

function FieldRatioChartComponent({ scenario, comparison = null }: FieldRatioChartProps) {
  // Redrawing takes longer than a slider step, so it runs at lower priority: the slider stays
  // smooth and intermediate values are skipped rather than queued.
  const shown = useDeferredValue(scenario);
  const series = useMemo(() => buildFieldRatioSeries(shown), [shown]);
  const compared = useMemo(
    () => (comparison ? compareFieldRatio(series, comparison.scenario) : null),
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
    () => () => fieldRatioCsv(series, shown, window.location.href),
    [series, shown],
  );
  // Keyed on the text, so the reference line keeps its props (and skips redrawing) while only
  // the cohort sliders move.
  const nowText = series.ratioNowText;
  const nowLabel = useMemo(
    () =>
      ({
        value: `field now ${nowText}`,
        position: 'insideTopRight',
        fill: CHART_COLORS.fieldNow,
      }) as const,
    [nowText],
  );

  return (
    <ChartFigure title={TITLE} text={series.text} height={CHART_HEIGHT} csv={csv}>
      <ComposedChart data={compared?.points ?? series.points} margin={CHART_MARGIN} title={TITLE}>
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis {...COHORT_X_AXIS} domain={series.xDomain} ticks={series.xTicks} />
        <YAxis
          {...NUMBER_AXIS}
          domain={yAxis.domain}
          ticks={yAxis.ticks}
          tickFormatter={formatNumber}
          width={Y_AXIS_WIDTH}
          label={Y_LABEL}
        />
        <Tooltip
          formatter={tooltipValue}
          labelFormatter={cohortTooltipLabel}
          separator={TOOLTIP_SEPARATOR}
          contentStyle={TOOLTIP_CONTENT_STYLE}
        />
        <Legend itemSorter={LEGEND_ORDER} content={legend} />
        <StableReferenceLine
          y={series.ratioNow}
          stroke={CHART_COLORS.fieldNow}
          strokeDasharray={CHART_DASHES.fieldNow}
          ifOverflow="extendDomain"
          label={nowLabel}
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
          y={series.current.ratio}
          shape={MARKER_SHAPE}
          ifOverflow="extendDomain"
        />
      </ComposedChart>
    </ChartFigure>
  );
}

// Skips the redraw when none of the inputs this chart depends on changed (see same-inputs.ts).
function sameChartInputs(prev: FieldRatioChartProps, next: FieldRatioChartProps): boolean {
  return prev.comparison === next.comparison && fieldRatioInputsEqual(prev.scenario, next.scenario);
}

export const FieldRatioChart = memo(FieldRatioChartComponent, sameChartInputs);
