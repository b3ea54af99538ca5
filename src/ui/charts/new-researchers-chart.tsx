/**
 * Chart 2: new safety : capabilities researchers (log scale) against the share of placements
 * going to capabilities, with the net-neutral lines, shaded verdict regions and published data.
 */
import { memo, useMemo } from 'react';
import { ComposedChart, XAxis, YAxis } from 'recharts';
import {
  compareNewResearchers,
  type ComparedNewResearchers,
} from '../../charts/data/comparison-series';
import { formatLogTick, LOG_DOMAIN, LOG_TICKS } from '../../charts/data/log-ticks';
import type { AxisSpec } from '../../charts/data/plot-scale';
import {
  buildNewResearchersSeries,
  type NewResearchersSeries,
  SHARE_X_DOMAIN,
  SHARE_X_TICKS,
  type NeutralLine,
} from '../../charts/data/new-researchers-series';
import { REFERENCE_POINTS, type ReferencePoint } from '../../charts/data/reference-points';
import { newResearchersInputsEqual } from '../../charts/data/same-inputs';
import { newResearchersCsv } from '../../export/csv';
import { formatPercent } from '../../format/format';
import type { Scenario } from '../../model/inputs';
import { CHART_COLORS, CHART_DASHES, CHART_MARKERS, REGION_OPACITY } from '../../theme/colors';
import {
  comparisonLegend,
  comparisonLine,
  comparisonMarker,
  comparisonRow,
  type ChartComparison,
} from './chart-comparison';
import type { ChartSourceNote } from './chart-figure';
import type { LegendEntry } from './chart-legend';
import { markerShape, type MarkerStyle } from './chart-markers';
import {
  CHART_MARGIN,
  FRAME_DATA,
  FRAME_X_AXIS,
  FRAME_Y_AXIS,
  TALL_CHART_HEIGHT,
  xAxisLabel,
  yAxisLabel,
} from './chart-parts';
import type { ReadoutContent, ReadoutRow } from './chart-readout';
import { LiveChartFigure, type LiveValues } from './live-chart-figure';
import { useLiveChart, type LiveChartSpec } from './use-live-chart';
import { LivePlot, type LiveBand, type LiveMarker, type LiveRule } from './live-plot';

const TITLE = 'New researchers against the net-neutral lines';
const X_LABEL = xAxisLabel('Share of placed people going to capabilities (%)');
const Y_LABEL = yAxisLabel('New safety : capabilities (log scale)');
const LINE_NAME = 'New safety : capabilities at each split';
const MARKER_NAME = 'Your current split';
const KEYBOARD_LABEL = 'Values along the new-researchers chart';
const LINE_STYLE = { stroke: CHART_COLORS.series, width: 2 } as const;

const RULE_STYLE: Record<NeutralLine['id'], { stroke: string; dash: string; width: number }> = {
  n10: { stroke: CHART_COLORS.neutral10, dash: CHART_DASHES.neutral10, width: 1.5 },
  n100: { stroke: CHART_COLORS.neutral100, dash: CHART_DASHES.neutral100, width: 1.5 },
  user: { stroke: CHART_COLORS.neutralUser, dash: CHART_DASHES.neutralUser, width: 2 },
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
// The published points never move, so their markers are built once.
const POINT_MARKS: readonly LiveMarker[] = REFERENCE_POINTS.map((point) => ({
  key: point.id,
  x: point.capShare,
  y: point.y,
  shape: markerShape(POINT_MARKERS[point.id]),
}));

// The published points and their sources never change, so their legend entries and notes are
// built once.
const SOURCES: readonly ChartSourceNote[] = REFERENCE_POINTS.map((point) => ({
  label: point.label,
  title: point.source.title,
  url: point.source.url,
  caveat: point.caveat,
}));
const LINE_LEGEND: LegendEntry = { kind: 'line', name: LINE_NAME, ...LINE_STYLE };
const MARKER_LEGEND: LegendEntry = { kind: 'marker', name: MARKER_NAME, style: CURRENT_MARKER };
const POINT_LEGEND: readonly LegendEntry[] = REFERENCE_POINTS.map((point) => ({
  kind: 'marker',
  name: point.label,
  style: POINT_MARKERS[point.id],
}));

function tickShare(value: number): string {
  return formatPercent(value);
}

// Thread lines are labelled above their line on the left, the user's below it on the right, so
// near-equal lines do not print their labels on top of each other.
function neutralRule(line: NeutralLine): LiveRule {
  const style = RULE_STYLE[line.id];
  return {
    key: line.id,
    axis: 'y',
    value: line.y,
    ...style,
    label: {
      text: line.label,
      placement: line.id === 'user' ? 'below-right' : 'above-left',
      fill: style.stroke,
    },
  };
}

function verdictBands(
  positive: readonly [number, number],
  negative: readonly [number, number],
): readonly LiveBand[] {
  return [
    {
      key: 'positive',
      y1: positive[0],
      y2: positive[1],
      fill: CHART_COLORS.positiveRegion,
      opacity: REGION_OPACITY,
      label: { text: 'net positive', placement: 'top-right', fill: CHART_COLORS.positiveRegion },
    },
    {
      key: 'negative',
      y1: negative[0],
      y2: negative[1],
      fill: CHART_COLORS.negativeRegion,
      opacity: REGION_OPACITY,
      label: { text: 'net negative', placement: 'bottom-left', fill: CHART_COLORS.negativeRegion },
    },
  ];
}

// The recharts frame: built once, never redrawn (the live layer draws everything that moves).
const CHART = (
  <ComposedChart data={FRAME_DATA} margin={CHART_MARGIN} title={TITLE} accessibilityLayer={false}>
    <XAxis {...FRAME_X_AXIS} label={X_LABEL} />
    <YAxis {...FRAME_Y_AXIS} label={Y_LABEL} />
    <LivePlot />
  </ComposedChart>
);

// Both axes are fixed: 0–100 % and the log display range.
const X_AXIS: AxisSpec = {
  kind: 'linear',
  domain: SHARE_X_DOMAIN,
  ticks: SHARE_X_TICKS,
  format: tickShare,
};
const Y_AXIS: AxisSpec = {
  kind: 'log',
  domain: LOG_DOMAIN,
  ticks: LOG_TICKS,
  format: formatLogTick,
};

/** The readout at sample `index`: the values of every line there. */
function readoutAt(
  series: NewResearchersSeries,
  compared: ComparedNewResearchers | null,
  comparison: ChartComparison | null,
  index: number,
): ReadoutContent | null {
  const point = series.points[index];
  if (point === undefined) return null;
  // The comparison's points are the same samples with its value added.
  const other = compared?.points[index];
  const rows: ReadoutRow[] = [
    {
      key: 'y',
      name: 'New researchers',
      // The row's own text names "all safety" / "all capabilities" where the point is clamped.
      value: point.balance === 'both' ? `${point.display} safety to capabilities` : point.display,
      color: LINE_STYLE.stroke,
    },
  ];
  if (comparison && other !== undefined) {
    const shown = other.compare === null ? 'no ratio' : formatLogTick(other.compare);
    rows.push(comparisonRow(comparison, `${shown} safety to capabilities`));
  }
  return { heading: `${formatPercent(point.capShare)} of placements to capabilities`, rows };
}

/** What the live layer draws for this series (and the comparison, if any). */
function liveData(
  series: NewResearchersSeries,
  compared: ComparedNewResearchers | null,
): LiveValues {
  const points = compared?.points ?? series.points;
  const markers: LiveMarker[] = [...POINT_MARKS];
  if (compared?.marker) markers.push(comparisonMarker(compared.marker));
  // No marker when nobody is placed (no split exists) or nobody counts on either side (no ratio).
  const current = series.current;
  if (current !== null && current.y !== null) {
    markers.push({ key: 'current', x: current.capShare, y: current.y, shape: CURRENT_SHAPE });
  }
  const xs = points.map((point) => point.capShare);
  return {
    xAxis: X_AXIS,
    yAxis: Y_AXIS,
    xs,
    bands: verdictBands(series.positiveRegion, series.negativeRegion),
    lines: [
      { key: 'y', values: points.map((point) => point.y), ...LINE_STYLE },
      ...(compared ? [comparisonLine(compared.points.map((point) => point.compare))] : []),
    ],
    rules: series.neutralLines.map(neutralRule),
    markers,
    startIndex: current === null ? 0 : Math.max(0, xs.indexOf(current.capShare)),
  };
}

const SPEC: LiveChartSpec<NewResearchersSeries, ComparedNewResearchers> = {
  build: buildNewResearchersSeries,
  compare: compareNewResearchers,
  csv: newResearchersCsv,
  live: liveData,
  readout: readoutAt,
};

interface NewResearchersChartProps {
  readonly scenario: Scenario;
  readonly comparison?: ChartComparison | null;
}

function NewResearchersChartComponent({ scenario, comparison = null }: NewResearchersChartProps) {
  const { series, compared, csv, describe, values } = useLiveChart(SPEC, scenario, comparison);
  // No marker when nobody is placed (no split exists) or nobody counts on either side (no ratio).
  const hasMarker = series.current?.y != null;
  const legend = useMemo(
    () => [
      LINE_LEGEND,
      ...(hasMarker ? [MARKER_LEGEND] : []),
      ...(comparison ? comparisonLegend(comparison) : []),
      ...POINT_LEGEND,
    ],
    [comparison, hasMarker],
  );

  return (
    <LiveChartFigure
      title={TITLE}
      text={series.text}
      height={TALL_CHART_HEIGHT}
      sources={SOURCES}
      csv={csv}
      note={
        compared?.sameLine && comparison
          ? `The line for “${comparison.name}” lies on this one. This line depends only on how the non-capabilities placements divide between safety roles and independent research, on “Independents counted as safety” and on “Non-generalizing alignment”, and here the two scenarios give the same ratio at every split.`
          : undefined
      }
      frame={CHART}
      legend={legend}
      values={values}
      describe={describe}
      keyboardLabel={KEYBOARD_LABEL}
    />
  );
}

// Skips the redraw when none of the inputs this chart depends on changed (see same-inputs.ts).
function sameChartInputs(prev: NewResearchersChartProps, next: NewResearchersChartProps): boolean {
  return (
    prev.comparison === next.comparison && newResearchersInputsEqual(prev.scenario, next.scenario)
  );
}

export const NewResearchersChart = memo(NewResearchersChartComponent, sameChartInputs);
