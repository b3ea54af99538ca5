/** Chart 1: capabilities per safety researcher after one cohort, against cohort size. */
import { memo, useMemo } from 'react';
import { compareFieldRatio, type ComparedFieldRatio } from '../../charts/data/comparison-series';
import {
  buildFieldRatioSeries,
  fieldRatioAxis,
  fieldRatioText,
  type FieldRatioSeries,
} from '../../charts/data/field-ratio-series';
import { fieldRatioBandSentence, fieldRatioBandText } from '../../charts/data/band-words';
import { fieldRatioInputsEqual } from '../../charts/data/same-inputs';
import { fieldRatioCsv } from '../../export/csv';
import { formatRatio } from '../../format/format';
import { CHART_COLORS, CHART_DASHES, CHART_MARKERS } from '../../theme/colors';
import {
  comparisonLegend,
  comparisonLine,
  comparisonMarker,
  comparisonRow,
  type ChartComparison,
} from './chart-comparison';
import type { LegendEntry } from './chart-legend';
import { markerShape, type MarkerStyle } from './chart-markers';
import { CHART_HEIGHT, cohortHeading } from './chart-parts';
import type { ReadoutContent, ReadoutRow } from './chart-readout';
import { skipRedrawUnless, type ScenarioChartProps } from './scenario-chart-props';
import { FIELD_RATIO_TITLE } from './chart-titles';
import { LiveChartFigure, type LiveValues } from './live-chart-figure';
import { useLiveChart, type LiveChartSpec } from './use-live-chart';
import type { LiveRule } from './live-plot-context';
import { useChartBand, type ChartBandSpec } from './chart-band';

export const TITLE = FIELD_RATIO_TITLE;
const LINE_NAME = 'Field after one cohort';
const MARKER_NAME = 'Your cohort';
const KEYBOARD_LABEL = 'Values along the field-ratio chart';
const MARKER: MarkerStyle = { symbol: CHART_MARKERS.current, fill: CHART_COLORS.current };
const MARKER_SHAPE = markerShape(MARKER);
const LINE_STYLE = { stroke: CHART_COLORS.series, width: 2 } as const;
const LEGEND: readonly LegendEntry[] = [
  { kind: 'line', name: LINE_NAME, ...LINE_STYLE },
  { kind: 'marker', name: MARKER_NAME, style: MARKER },
];
const UNIT = 'capabilities to safety';

/** What the live layer draws for this series (and the comparison, if any). */
function liveData(series: FieldRatioSeries, compared: ComparedFieldRatio | null): LiveValues {
  const nowRule: LiveRule = {
    key: 'field-now',
    axis: 'y',
    value: series.ratioNow,
    stroke: CHART_COLORS.fieldNow,
    dash: CHART_DASHES.fieldNow,
    width: 1,
    label: {
      text: `field now ${series.ratioNowText}`,
      placement: 'below-right',
      fill: CHART_COLORS.fieldNow,
    },
  };
  const points = compared?.points ?? series.points;
  const xs = points.map((point) => point.cohort);
  return {
    xAxis: series.xAxis,
    // The comparison's axis fits both lines.
    yAxis: compared?.yAxis ?? series.yAxis,
    xs,
    lines: [
      { key: 'ratio', values: points.map((point) => point.ratio), ...LINE_STYLE },
      ...(compared ? [comparisonLine(compared.points.map((point) => point.compare))] : []),
    ],
    rules: [nowRule],
    markers: [
      ...(compared ? [comparisonMarker(compared.marker)] : []),
      { key: 'current', x: series.current.cohort, y: series.current.ratio, shape: MARKER_SHAPE },
    ],
    startIndex: Math.max(0, xs.indexOf(series.current.cohort)),
  };
}

/** The readout at sample `index`: the values of every line there. */
export function fieldRatioReadout(
  series: FieldRatioSeries,
  compared: ComparedFieldRatio | null,
  comparison: ChartComparison | null,
  index: number,
): ReadoutContent | null {
  const point = series.points[index];
  if (point === undefined) return null;
  // The comparison's points are the same samples with its value added.
  const other = compared?.points[index];
  const rows: ReadoutRow[] = [
    {
      key: 'ratio',
      name: LINE_NAME,
      value: `${fieldRatioText(point)} ${UNIT}`,
      color: LINE_STYLE.stroke,
    },
  ];
  if (comparison && other !== undefined) {
    // Written like the current line's value ("1 : 2", not "0.5 : 1").
    rows.push(comparisonRow(comparison, `${formatRatio(other.compare, 1)} ${UNIT}`));
  }
  return { heading: cohortHeading(point.cohort), rows };
}

const SPEC: LiveChartSpec<FieldRatioSeries, ComparedFieldRatio> = {
  build: buildFieldRatioSeries,
  compare: compareFieldRatio,
  csv: fieldRatioCsv,
  live: liveData,
  readout: fieldRatioReadout,
};

/** With ranges: the band of the field after one cohort, at each cohort on the axis. */
const BAND: ChartBandSpec<FieldRatioSeries> = {
  pick: (bands) => bands.fieldRatio,
  fill: LINE_STYLE.stroke,
  lineKey: 'ratio',
  fitAxis: (axis, _, highest) => (highest <= axis.domain[1] ? axis : fieldRatioAxis(highest)),
  xAt: (series, index) => series.points[index]?.cohort,
  text: fieldRatioBandText,
  sentence: (band, source) =>
    fieldRatioBandSentence(band, source.scenario.cohort, source.ranged.includes('cohort')),
  csv: fieldRatioCsv,
};

function FieldRatioChartComponent({
  scenario,
  comparison = null,
  band = null,
}: ScenarioChartProps) {
  const { series, csv, describe, values } = useLiveChart(SPEC, scenario, comparison);
  const legend = useMemo(
    () => (comparison ? [...LEGEND, ...comparisonLegend(comparison)] : LEGEND),
    [comparison],
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
      frame="fieldRatio"
      legend={banded.legend}
      values={banded.values}
      describe={banded.describe}
      bandRun={banded.bandRun}
      keyboardLabel={KEYBOARD_LABEL}
    />
  );
}

export const FieldRatioChart = memo(
  FieldRatioChartComponent,
  skipRedrawUnless(fieldRatioInputsEqual),
);
