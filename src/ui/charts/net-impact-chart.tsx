/**
 * Chart 3: net impact (new safety − new capabilities / N) against cohort size, one line per N.
 * The lines are straight through the origin; their slope is the verdict per person placed. Over
 * the years each point is the whole program with cohorts of that size, the headline's net impact
 * (net-impact-series.ts), and the words, readout and CSV say so.
 */
import { memo, useMemo } from 'react';
import { compareNetImpact, type ComparedNetImpact } from '../../charts/data/comparison-series';
import {
  buildNetImpactSeries,
  netImpactAxis,
  type NetImpactLine,
  type NetImpactSeries,
} from '../../charts/data/net-impact-series';
import { netImpactBandSentence, netImpactBandText } from '../../charts/data/band-words';
import { netImpactInputsEqual } from '../../charts/data/same-inputs';
import { netImpactCsv } from '../../export/csv';
import { neutralVariesPerSample } from '../../model/ranges-in-use';
import { formatCount, formatNetImpact } from '../../format/format';
import { formatInputValue } from '../../format/input-format';
import { CHART_COLORS, CHART_DASHES, CHART_MARKERS } from '../../theme/colors';
import {
  comparisonLegend,
  comparisonLine,
  comparisonMarker,
  comparisonRow,
  judgedAtReaderRatio,
  type ChartComparison,
} from './chart-comparison';
import type { LegendEntry } from './chart-legend';
import { markerShape, type MarkerStyle } from './chart-markers';
import { CHART_HEIGHT, cohortHeading } from './chart-parts';
import type { ReadoutContent, ReadoutRow } from './chart-readout';
import { skipRedrawUnless, type ScenarioChartProps } from './scenario-chart-props';
import { NET_IMPACT_TITLE } from './chart-titles';
import { LiveChartFigure, type LiveValues } from './live-chart-figure';
import { useLiveChart, type LiveChartSpec } from './use-live-chart';
import type { LiveRule } from './live-plot-context';
import { useChartBand, type ChartBandSpec } from './chart-band';

export const TITLE = NET_IMPACT_TITLE;
const MARKER_NAME = 'Your cohort';
const KEYBOARD_LABEL = 'Values along the net-impact chart';
const MARKER: MarkerStyle = { symbol: CHART_MARKERS.current, fill: CHART_COLORS.current };
const MARKER_SHAPE = markerShape(MARKER);
const MARKER_LEGEND: LegendEntry = { kind: 'marker', name: MARKER_NAME, style: MARKER };
const UNIT = 'safety-researcher equivalents';

const LINE_STYLE: Record<NetImpactLine['key'], { stroke: string; dash: string; width: number }> = {
  n10: { stroke: CHART_COLORS.neutral10, dash: CHART_DASHES.neutral10, width: 1.5 },
  n100: { stroke: CHART_COLORS.neutral100, dash: CHART_DASHES.neutral100, width: 1.5 },
  user: { stroke: CHART_COLORS.neutralUser, dash: CHART_DASHES.neutralUser, width: 2.5 },
};

/** What the live layer draws for this series (and the comparison, if any). */
function liveData(series: NetImpactSeries, compared: ComparedNetImpact | null): LiveValues {
  // The comparison's axis fits every line.
  const yAxis = compared?.yAxis ?? series.yAxis;
  // Above the zero line, unless zero is the top of the axis (every line negative): then below
  // it, so the label is not cut off at the top of the plot.
  const zeroAtTop = yAxis.domain[1] <= 0;
  const points = compared?.points ?? series.points;
  const rules: LiveRule[] = [
    {
      key: 'zero',
      axis: 'y',
      value: 0,
      stroke: CHART_COLORS.axis,
      width: 1,
      label: {
        text: 'net neutral',
        placement: zeroAtTop ? 'below-right' : 'above-right',
        fill: CHART_COLORS.axis,
      },
    },
  ];
  if (series.current.cohort > 0) {
    rules.push({
      key: 'cohort',
      axis: 'x',
      value: series.current.cohort,
      stroke: CHART_COLORS.current,
      dash: CHART_DASHES.currentCohort,
      width: 1,
      label: { text: 'your cohort', placement: 'above-right', fill: CHART_COLORS.current },
    });
  }
  const xs = points.map((point) => point.cohort);
  return {
    xAxis: series.xAxis,
    yAxis,
    xs,
    lines: [
      ...series.lines.map((line) => ({
        key: line.key,
        values: points.map((point) => point[line.key]),
        ...LINE_STYLE[line.key],
      })),
      ...(compared ? [comparisonLine(compared.points.map((point) => point.compare))] : []),
    ],
    rules,
    markers: [
      ...(compared ? [comparisonMarker(compared.marker)] : []),
      { key: 'current', x: series.current.cohort, y: series.current.user, shape: MARKER_SHAPE },
    ],
    startIndex: Math.max(0, xs.indexOf(series.current.cohort)),
  };
}

/** The reader's N: the comparison's line is judged at it. */
function readerRatio(lines: NetImpactSeries['lines']): number {
  return lines.find((line) => line.key === 'user')?.n ?? 100;
}

/** The readout at sample `index`: the values of every line there. */
export function netImpactReadout(
  series: NetImpactSeries,
  compared: ComparedNetImpact | null,
  comparison: ChartComparison | null,
  index: number,
): ReadoutContent | null {
  const point = series.points[index];
  if (point === undefined) return null;
  // The comparison's points are the same samples with its value added.
  const other = compared?.points[index];
  const rows: ReadoutRow[] = series.lines.map((line) => ({
    key: line.key,
    name: line.name,
    value: `${formatNetImpact(point[line.key])} ${UNIT}`,
    color: LINE_STYLE[line.key].stroke,
  }));
  if (comparison && other !== undefined) {
    const judged = judgedAtReaderRatio(comparison, readerRatio(series.lines));
    rows.push(comparisonRow(judged, `${formatNetImpact(other.compare)} ${UNIT}`));
  }
  // A program's point is every cohort at that size, read at the end of year Y.
  const heading =
    series.programYears === null
      ? cohortHeading(point.cohort)
      : `Cohorts of ${formatInputValue('cohort', point.cohort)}, by the end of year ${formatCount(series.programYears)}`;
  return { heading, rows };
}

const SPEC: LiveChartSpec<NetImpactSeries, ComparedNetImpact> = {
  build: buildNetImpactSeries,
  compare: compareNetImpact,
  csv: netImpactCsv,
  live: liveData,
  readout: netImpactReadout,
};

/**
 * With ranges: the band of the line at your ratio (each sample at its own N). The 1 : 10 and
 * 1 : 100 lines get none: three overlapping bands would hide one another and the lines, and their
 * spread at your cohort is in the headline's intervals (docs/model.md).
 */
const BAND: ChartBandSpec<NetImpactSeries> = {
  pick: (bands) => bands.netImpactAtUser,
  fill: LINE_STYLE.user.stroke,
  lineKey: 'user',
  fitAxis: (axis, lowest, highest) =>
    lowest >= axis.domain[0] && highest <= axis.domain[1]
      ? axis
      : netImpactAxis(Math.min(lowest, axis.domain[0]), Math.max(highest, axis.domain[1])),
  xAt: (series, index) => series.points[index]?.cohort,
  text: netImpactBandText,
  sentence: (band, source) =>
    netImpactBandSentence(
      band,
      source.scenario.cohort,
      neutralVariesPerSample(source.scenario, source.ranged),
    ),
  csv: netImpactCsv,
};

function NetImpactChartComponent({ scenario, comparison = null, band = null }: ScenarioChartProps) {
  const { series, csv, describe, values } = useLiveChart(SPEC, scenario, comparison);
  // The builder returns the same lines for the same N, so the legend keeps its entries.
  const legend = useMemo(
    (): readonly LegendEntry[] => [
      ...series.lines.map((line): LegendEntry => ({
        kind: 'line',
        name: line.name,
        ...LINE_STYLE[line.key],
      })),
      MARKER_LEGEND,
      ...(comparison
        ? comparisonLegend(judgedAtReaderRatio(comparison, readerRatio(series.lines)))
        : []),
    ],
    [series.lines, comparison],
  );
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
      height={CHART_HEIGHT}
      csv={banded.csv}
      frame="netImpact"
      legend={banded.legend}
      values={banded.values}
      describe={banded.describe}
      bandRun={banded.bandRun}
      keyboardLabel={KEYBOARD_LABEL}
    />
  );
}

export const NetImpactChart = memo(NetImpactChartComponent, skipRedrawUnless(netImpactInputsEqual));
