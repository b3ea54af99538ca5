/**
 * "Where alumni work" (issue 12): alumni counted as safety and as capabilities by year, with the
 * longitudinal career data's 8 : 1 marked at the years it covers (about 1–3 after the program).
 */
import { memo, useMemo } from 'react';
import {
  alumniAxis,
  buildAlumniYearsSeries,
  LONGITUDINAL_FIRST_YEAR,
  LONGITUDINAL_LAST_YEAR,
  type AlumniYearsSeries,
} from '../../charts/data/alumni-years-series';
import { yearHeading } from '../../charts/data/year-axis';
import { alumniBandText, alumniYearsBandSentence } from '../../charts/data/years-band-words';
import { compareAlumniYears, type ComparedAlumniYears } from '../../charts/data/years-comparison';
import { alumniYearsInputsEqual } from '../../charts/data/years-same-inputs';
import { alumniYearsCsv } from '../../export/years-csv';
import { formatCount } from '../../format/format';
import { SOURCES } from '../../model/sources';
import { CHART_COLORS, CHART_DASHES, CHART_MARKERS } from '../../theme/colors';
import {
  comparisonLegend,
  comparisonLine,
  comparisonRow,
  type ChartComparison,
} from './chart-comparison';
import type { ChartSourceNote } from './chart-figure';
import type { LegendEntry } from './chart-legend';
import { markerShape, type MarkerStyle } from './chart-markers';
import { CHART_HEIGHT } from './chart-parts';
import type { ReadoutContent, ReadoutRow } from './chart-readout';
import { ALUMNI_YEARS_TITLE } from './chart-titles';
import { LiveChartFigure, type LiveValues } from './live-chart-figure';
import type { LiveMarker } from './live-plot-context';
import { skipRedrawUnless, type ScenarioChartProps } from './scenario-chart-props';
import { useLiveChart, type LiveChartSpec } from './use-live-chart';
import { useChartBand, type ChartBandSpec } from './chart-band';

export const TITLE = ALUMNI_YEARS_TITLE;
const SAFETY_NAME = 'Alumni counted as safety';
const CAPABILITIES_NAME = 'Alumni counted as capabilities';
const COVERED = `about years ${LONGITUDINAL_FIRST_YEAR}–${LONGITUDINAL_LAST_YEAR}`;
const PUBLISHED_SAFETY_NAME = `Longitudinal career data: 80 % in safety (${COVERED})`;
const PUBLISHED_CAPABILITIES_NAME = `Longitudinal career data: 10 % in capabilities (${COVERED})`;
const KEYBOARD_LABEL = 'Values along the where-alumni-work chart';
const SAFETY_STYLE = { stroke: CHART_COLORS.safety, width: 2 } as const;
const CAPABILITIES_STYLE = {
  stroke: CHART_COLORS.capabilities,
  dash: CHART_DASHES.neutral10,
  width: 2,
} as const;
// The longitudinal point's colour and square, as on the new-researchers chart; the capabilities
// side a triangle, so shape tells the two apart too.
const PUBLISHED_SAFETY: MarkerStyle = {
  symbol: CHART_MARKERS.longitudinal,
  fill: CHART_COLORS.longitudinalPoint,
};
const PUBLISHED_CAPABILITIES: MarkerStyle = {
  symbol: 'triangle',
  fill: CHART_COLORS.longitudinalPoint,
};
const PUBLISHED_SAFETY_SHAPE = markerShape(PUBLISHED_SAFETY);
const PUBLISHED_CAPABILITIES_SHAPE = markerShape(PUBLISHED_CAPABILITIES);
const LEGEND: readonly LegendEntry[] = [
  { kind: 'line', name: SAFETY_NAME, ...SAFETY_STYLE },
  { kind: 'line', name: CAPABILITIES_NAME, ...CAPABILITIES_STYLE },
  { kind: 'marker', name: PUBLISHED_SAFETY_NAME, style: PUBLISHED_SAFETY },
  { kind: 'marker', name: PUBLISHED_CAPABILITIES_NAME, style: PUBLISHED_CAPABILITIES },
];
const SOURCE_NOTES: readonly ChartSourceNote[] = [
  {
    label: 'Longitudinal career data, 80 / 10 %',
    title: SOURCES.longitudinal.title,
    url: SOURCES.longitudinal.url,
    caveat: `242 of 292 alumni who finished before 2025 traced, 80 % in safety (independents included) and 10 % in capabilities; date about 2025, unconfirmed. Drawn at ${COVERED} as the people placed by then split 80 / 10 %, under your judgement calls, with no moves: the data already includes them`,
  },
];

function liveData(series: AlumniYearsSeries, compared: ComparedAlumniYears | null): LiveValues {
  const markers: LiveMarker[] = series.longitudinal.flatMap((point) => [
    {
      key: `published-safety-${point.year}`,
      x: point.year,
      y: point.safety,
      shape: PUBLISHED_SAFETY_SHAPE,
    },
    {
      key: `published-capabilities-${point.year}`,
      x: point.year,
      y: point.capabilities,
      shape: PUBLISHED_CAPABILITIES_SHAPE,
    },
  ]);
  return {
    xAxis: series.xAxis,
    yAxis: compared?.yAxis ?? series.yAxis,
    xs: series.xs,
    lines: [
      { key: 'capabilities', values: series.capabilities, ...CAPABILITIES_STYLE },
      { key: 'safety', values: series.safety, ...SAFETY_STYLE },
      ...(compared
        ? [
            { ...comparisonLine(compared.safety), key: 'compare-safety' },
            { ...comparisonLine(compared.capabilities), key: 'compare-capabilities' },
          ]
        : []),
    ],
    rules: [],
    markers,
    startIndex: series.years,
  };
}

export function alumniYearsReadout(
  series: AlumniYearsSeries,
  compared: ComparedAlumniYears | null,
  comparison: ChartComparison | null,
  index: number,
): ReadoutContent | null {
  const year = series.xs[index];
  const safety = series.safety[index];
  const capabilities = series.capabilities[index];
  if (year === undefined || safety === undefined || capabilities === undefined) return null;
  const rows: ReadoutRow[] = [
    { key: 'safety', name: SAFETY_NAME, value: formatCount(safety), color: SAFETY_STYLE.stroke },
    {
      key: 'capabilities',
      name: CAPABILITIES_NAME,
      value: formatCount(capabilities),
      color: CAPABILITIES_STYLE.stroke,
    },
  ];
  const published = series.longitudinal.find((point) => point.year === year);
  if (published !== undefined) {
    rows.push({
      key: 'published',
      name: 'Longitudinal data, 80 / 10 %',
      value: `${formatCount(published.safety)} safety, ${formatCount(published.capabilities)} capabilities`,
      color: CHART_COLORS.longitudinalPoint,
    });
  }
  const otherSafety = compared?.safety[index];
  const otherCapabilities = compared?.capabilities[index];
  if (comparison && otherSafety !== undefined && otherCapabilities !== undefined) {
    rows.push(
      comparisonRow(
        comparison,
        `${formatCount(otherSafety)} safety, ${formatCount(otherCapabilities)} capabilities`,
      ),
    );
  }
  return { heading: yearHeading(year), rows };
}

const SPEC: LiveChartSpec<AlumniYearsSeries, ComparedAlumniYears> = {
  build: buildAlumniYearsSeries,
  compare: compareAlumniYears,
  csv: alumniYearsCsv,
  live: liveData,
  readout: alumniYearsReadout,
};

/** With ranges: a band around each side's alumni (docs/model.md, "The bands over the years"). */
const BAND: ChartBandSpec<AlumniYearsSeries> = {
  pick: (bands) => bands.years.alumniSafety,
  fill: SAFETY_STYLE.stroke,
  lineKey: 'safety',
  name: '90 % band, counted as safety',
  text: alumniBandText,
  others: [
    {
      pick: (bands) => bands.years.alumniCapabilities,
      fill: CAPABILITIES_STYLE.stroke,
      lineKey: 'capabilities',
      name: '90 % band, counted as capabilities',
      text: alumniBandText,
    },
  ],
  fitAxis: (axis, _, highest) => (highest <= axis.domain[1] ? axis : alumniAxis(highest)),
  xAt: (series, index) => series.xs[index],
  sentence: (band, source) => alumniYearsBandSentence(band, source.bands.years.alumniCapabilities),
  csv: alumniYearsCsv,
};

function AlumniYearsChartComponent({
  scenario,
  comparison = null,
  band = null,
}: ScenarioChartProps) {
  const { series, csv, describe, values } = useLiveChart(SPEC, scenario, comparison);
  const legend = useMemo(
    // The comparison's two lines share its dash-dot style; its line entry names both, and there
    // is no own-point marker on this chart.
    () =>
      comparison
        ? [
            ...LEGEND,
            ...comparisonLegend({ ...comparison, name: `${comparison.name} (both sides)` }).filter(
              (entry) => entry.kind === 'line',
            ),
          ]
        : LEGEND,
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
      sources={SOURCE_NOTES}
      csv={banded.csv}
      frame="alumniYears"
      legend={banded.legend}
      values={banded.values}
      describe={banded.describe}
      bandRun={banded.bandRun}
      keyboardLabel={KEYBOARD_LABEL}
    />
  );
}

export const AlumniYearsChart = memo(
  AlumniYearsChartComponent,
  skipRedrawUnless(alumniYearsInputsEqual),
);
