/** "The field over the years" (issue 12): the field ratio by year, with and without the program. */
import { memo, useMemo } from 'react';
import { buildFieldYearsSeries, type FieldYearsSeries } from '../../charts/data/field-years-series';
import { fieldRatioAxis } from '../../charts/data/field-ratio-series';
import { fieldRatioBandText } from '../../charts/data/band-words';
import { yearHeading } from '../../charts/data/year-axis';
import { fieldYearsBandSentence } from '../../charts/data/years-band-words';
import { compareFieldYears, type ComparedYears } from '../../charts/data/years-comparison';
import { fieldYearsInputsEqual } from '../../charts/data/years-same-inputs';
import { fieldYearsCsv } from '../../export/years-csv';
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
import { CHART_HEIGHT } from './chart-parts';
import type { ReadoutContent, ReadoutRow } from './chart-readout';
import { FIELD_YEARS_TITLE } from './chart-titles';
import { LiveChartFigure, type LiveValues } from './live-chart-figure';
import { skipRedrawUnless, type ScenarioChartProps } from './scenario-chart-props';
import { useLiveChart, type LiveChartSpec } from './use-live-chart';
import { useChartBand, type ChartBandSpec } from './chart-band';

export const TITLE = FIELD_YEARS_TITLE;
const WITH_NAME = 'With the program';
const WITHOUT_NAME = 'Without the program';
const MARKER_NAME = 'End of the last year';
const KEYBOARD_LABEL = 'Values along the field-over-the-years chart';
const WITH_STYLE = { stroke: CHART_COLORS.series, width: 2 } as const;
// The field as it would be: the grey of chart 1's "field now" rule, dashed.
const WITHOUT_STYLE = {
  stroke: CHART_COLORS.fieldNow,
  dash: CHART_DASHES.fieldNow,
  width: 2,
} as const;
const MARKER: MarkerStyle = { symbol: CHART_MARKERS.current, fill: CHART_COLORS.current };
const MARKER_SHAPE = markerShape(MARKER);
const LEGEND: readonly LegendEntry[] = [
  { kind: 'line', name: WITH_NAME, ...WITH_STYLE },
  { kind: 'line', name: WITHOUT_NAME, ...WITHOUT_STYLE },
  { kind: 'marker', name: MARKER_NAME, style: MARKER },
];
const UNIT = 'capabilities to safety';

function liveData(series: FieldYearsSeries, compared: ComparedYears | null): LiveValues {
  const last = series.years;
  return {
    xAxis: series.xAxis,
    yAxis: compared?.yAxis ?? series.yAxis,
    xs: series.xs,
    lines: [
      { key: 'without', values: series.withoutProgram, ...WITHOUT_STYLE },
      { key: 'with', values: series.withProgram, ...WITH_STYLE },
      ...(compared ? [comparisonLine(compared.values)] : []),
    ],
    rules: [],
    markers: [
      ...(compared ? [comparisonMarker(compared.marker)] : []),
      { key: 'current', x: last, y: series.withProgram[last] ?? 0, shape: MARKER_SHAPE },
    ],
    startIndex: last,
  };
}

export function fieldYearsReadout(
  series: FieldYearsSeries,
  compared: ComparedYears | null,
  comparison: ChartComparison | null,
  index: number,
): ReadoutContent | null {
  const year = series.xs[index];
  const withProgram = series.withProgram[index];
  const withoutProgram = series.withoutProgram[index];
  if (year === undefined || withProgram === undefined || withoutProgram === undefined) return null;
  const rows: ReadoutRow[] = [
    {
      key: 'with',
      name: WITH_NAME,
      value: `${formatRatio(withProgram, 1)} ${UNIT}`,
      color: WITH_STYLE.stroke,
    },
    {
      key: 'without',
      name: WITHOUT_NAME,
      value: `${formatRatio(withoutProgram, 1)} ${UNIT}`,
      color: WITHOUT_STYLE.stroke,
    },
  ];
  const other = compared?.values[index];
  if (comparison && other !== undefined) {
    rows.push(comparisonRow(comparison, `${formatRatio(other, 1)} ${UNIT}`));
  }
  return { heading: yearHeading(year), rows };
}

const SPEC: LiveChartSpec<FieldYearsSeries, ComparedYears> = {
  build: buildFieldYearsSeries,
  compare: compareFieldYears,
  csv: fieldYearsCsv,
  live: liveData,
  readout: fieldYearsReadout,
};

/**
 * With ranges: a band around each line. They share each sample's base field, so under a range on
 * the field's size or growth they overlap; the program's own inputs widen only the first, and
 * `anyway` only the second (docs/model.md, "The bands over the years").
 */
const BAND: ChartBandSpec<FieldYearsSeries> = {
  pick: (bands) => bands.years.fieldRatio,
  fill: WITH_STYLE.stroke,
  lineKey: 'with',
  name: '90 % band, with the program',
  text: fieldRatioBandText,
  others: [
    {
      pick: (bands) => bands.years.fieldRatioWithout,
      fill: WITHOUT_STYLE.stroke,
      lineKey: 'without',
      name: '90 % band, without the program',
      text: fieldRatioBandText,
    },
  ],
  fitAxis: (axis, _, highest) => (highest <= axis.domain[1] ? axis : fieldRatioAxis(highest)),
  xAt: (series, index) => series.xs[index],
  sentence: (band, source) => fieldYearsBandSentence(band, source.bands.years.fieldRatioWithout),
  csv: fieldYearsCsv,
};

function FieldYearsChartComponent({
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
      frame="fieldYears"
      legend={banded.legend}
      values={banded.values}
      describe={banded.describe}
      bandRun={banded.bandRun}
      keyboardLabel={KEYBOARD_LABEL}
    />
  );
}

export const FieldYearsChart = memo(
  FieldYearsChartComponent,
  skipRedrawUnless(fieldYearsInputsEqual),
);
