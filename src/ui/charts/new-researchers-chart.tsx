/**
 * Chart 2: new safety : capabilities researchers (log scale) against the share of placed people
 * in capabilities roles, with the net-neutral lines, shaded verdict regions and the published
 * splits placed under the reader's judgement calls.
 */
import { memo, useMemo } from 'react';
import {
  compareNewResearchers,
  type ComparedNewResearchers,
} from '../../charts/data/comparison-series';
import {
  buildNewResearchersSeries,
  type NewResearchersSeries,
  splitPointAt,
  type NeutralLine,
} from '../../charts/data/new-researchers-series';
import { splitHeading } from '../../charts/data/new-researchers-text';
import type { ReferencePoint } from '../../charts/data/reference-points';
import { newResearchersBandSentence, newResearchersBandText } from '../../charts/data/band-words';
import { newResearchersInputsEqual } from '../../charts/data/same-inputs';
import { clampToLogDomain } from '../../charts/data/split-axes';
import { capabilitiesShareOfPlaced } from '../../model/split';
import { newResearchersCsv } from '../../export/csv';
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
import { TALL_CHART_HEIGHT } from './chart-parts';
import type { ReadoutContent, ReadoutRow } from './chart-readout';
import { skipRedrawUnless, type ScenarioChartProps } from './scenario-chart-props';
import { NEW_RESEARCHERS_TITLE } from './chart-titles';
import { LiveChartFigure, type LiveValues } from './live-chart-figure';
import { useLiveChart, type LiveChartSpec } from './use-live-chart';
import type { LiveBand, LiveMarker, LiveRule } from './live-plot-context';
import { useChartBand, type ChartBandSpec } from './chart-band';

export const TITLE = NEW_RESEARCHERS_TITLE;
// The sliders are shares of the whole cohort; this axis is a share of the people placed, so its
// title names its basis (the text and readout give the cohort share beside it).
const LINE_NAME = 'New safety : capabilities at each split';
const MARKER_NAME = 'Your current split';
const KEYBOARD_LABEL = 'Values along the new-researchers chart';
const LINE_STYLE = { stroke: CHART_COLORS.series, width: 2 } as const;

const RULE_STYLE: Record<NeutralLine['id'], { stroke: string; dash: string; width: number }> = {
  n10: { stroke: CHART_COLORS.neutral10, dash: CHART_DASHES.neutral10, width: 1.5 },
  n100: { stroke: CHART_COLORS.neutral100, dash: CHART_DASHES.neutral100, width: 1.5 },
  user: { stroke: CHART_COLORS.neutralUser, dash: CHART_DASHES.neutralUser, width: 2 },
};

// Shape as well as colour tells the markers apart (colour-vision deficiencies, print). The
// current split is a ring drawn over the published points, so a published point at the same
// split (the 8 : 1 preset) shows inside it instead of hiding under it.
const CURRENT_MARKER: MarkerStyle = {
  symbol: CHART_MARKERS.current,
  fill: CHART_COLORS.current,
  ring: true,
};
const CURRENT_SHAPE = markerShape(CURRENT_MARKER);
const POINT_MARKERS: Record<ReferencePoint['id'], MarkerStyle> = {
  survey: { symbol: CHART_MARKERS.survey, fill: CHART_COLORS.surveyPoint },
  longitudinal: { symbol: CHART_MARKERS.longitudinal, fill: CHART_COLORS.longitudinalPoint },
};
const POINT_SHAPES: Record<ReferencePoint['id'], ReturnType<typeof markerShape>> = {
  survey: markerShape(POINT_MARKERS.survey),
  longitudinal: markerShape(POINT_MARKERS.longitudinal),
};

// The published points move with the judgement calls; referencePointsFor returns the same array
// for the same judgements, so these are rebuilt only when one of those calls changes.
const pointMarksCache = new WeakMap<readonly ReferencePoint[], readonly LiveMarker[]>();
function pointMarks(points: readonly ReferencePoint[]): readonly LiveMarker[] {
  let marks = pointMarksCache.get(points);
  if (marks === undefined) {
    marks = points.flatMap((point) =>
      point.y === null
        ? []
        : [{ key: point.id, x: point.capShare, y: point.y, shape: POINT_SHAPES[point.id] }],
    );
    pointMarksCache.set(points, marks);
  }
  return marks;
}

function pointSources(points: readonly ReferencePoint[]): readonly ChartSourceNote[] {
  return points.map((point) => ({
    label: point.name,
    title: point.source.title,
    url: point.source.url,
    caveat: point.caveat,
  }));
}

function pointLegend(points: readonly ReferencePoint[]): readonly LegendEntry[] {
  return points.map((point) => ({
    kind: 'marker',
    name: point.label,
    style: POINT_MARKERS[point.id],
  }));
}

const LINE_LEGEND: LegendEntry = { kind: 'line', name: LINE_NAME, ...LINE_STYLE };
const MARKER_LEGEND: LegendEntry = { kind: 'marker', name: MARKER_NAME, style: CURRENT_MARKER };

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

/** The readout at sample `index`: the values of every line there. */
export function newResearchersReadout(
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
      // The point's own words: a ratio with its orientation, or "all safety" / "all capabilities".
      value: point.display,
      color: LINE_STYLE.stroke,
    },
  ];
  if (comparison && other !== undefined) {
    // The comparison's own words at this split (its plotted value is clamped to the axis).
    rows.push(comparisonRow(comparison, splitPointAt(comparison.scenario, point.capShare).display));
  }
  return { heading: splitHeading(point.capShare, series.placedShare), rows };
}

/** What the live layer draws for this series (and the comparison, if any). */
function liveData(
  series: NewResearchersSeries,
  compared: ComparedNewResearchers | null,
): LiveValues {
  const points = compared?.points ?? series.points;
  const markers: LiveMarker[] = [...pointMarks(series.referencePoints)];
  if (compared?.marker) markers.push(comparisonMarker(compared.marker));
  // No marker when nobody is placed (no split exists) or nobody counts on either side (no ratio).
  const current = series.current;
  if (current !== null && current.y !== null) {
    markers.push({ key: 'current', x: current.capShare, y: current.y, shape: CURRENT_SHAPE });
  }
  const xs = points.map((point) => point.capShare);
  return {
    xAxis: series.xAxis,
    yAxis: series.yAxis,
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
  readout: newResearchersReadout,
};

/**
 * With ranges: the band of new safety per new capabilities at each split, drawn on the log axis'
 * display range like the line (all safety on the top edge, all capabilities on the bottom one).
 */
const BAND: ChartBandSpec<NewResearchersSeries> = {
  pick: (bands) => bands.newResearchers,
  fill: LINE_STYLE.stroke,
  lineKey: 'y',
  plot: (value) => clampToLogDomain(value).y,
  xAt: (series, index) => series.points[index]?.capShare,
  text: newResearchersBandText,
  sentence: (band, source) =>
    newResearchersBandSentence(band, capabilitiesShareOfPlaced(source.scenario)),
  csv: newResearchersCsv,
};

function NewResearchersChartComponent({
  scenario,
  comparison = null,
  band = null,
}: ScenarioChartProps) {
  const { series, compared, csv, describe, values } = useLiveChart(SPEC, scenario, comparison);
  // No marker when nobody is placed (no split exists) or nobody counts on either side (no ratio).
  const hasMarker = series.current?.y != null;
  const points = series.referencePoints;
  const legend = useMemo(
    () => [
      LINE_LEGEND,
      ...(hasMarker ? [MARKER_LEGEND] : []),
      ...(comparison ? comparisonLegend(comparison) : []),
      ...pointLegend(points),
    ],
    [comparison, hasMarker, points],
  );
  const sources = useMemo(() => pointSources(points), [points]);
  const banded = useChartBand(BAND, series, scenario, band, {
    values,
    describe,
    text: series.text,
    legend,
    csv,
  });

  return (
    <LiveChartFigure
      title={TITLE}
      text={banded.text}
      height={TALL_CHART_HEIGHT}
      sources={sources}
      csv={banded.csv}
      note={
        compared?.sameLine && comparison
          ? `The line for “${comparison.name}” lies on this one. This line depends only on how the non-capabilities placements divide between safety roles and independent research, on “Independents counted as safety” and on “Non-generalizing alignment”, and here the two scenarios give the same ratio at every split.`
          : undefined
      }
      frame="newResearchers"
      legend={banded.legend}
      values={banded.values}
      describe={banded.describe}
      bandRun={banded.bandRun}
      keyboardLabel={KEYBOARD_LABEL}
    />
  );
}

export const NewResearchersChart = memo(
  NewResearchersChartComponent,
  skipRedrawUnless(newResearchersInputsEqual),
);
