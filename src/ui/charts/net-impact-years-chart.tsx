/**
 * "Net impact by year" (issue 12): what the program caused by the end of each year, at 1 : 10,
 * 1 : 100 and your N, with the zero line (net neutral).
 */
import { memo, useMemo } from 'react';
import {
  buildNetImpactYearsSeries,
  type NetImpactYearsKey,
  type NetImpactYearsSeries,
} from '../../charts/data/net-impact-years-series';
import { netImpactBandText } from '../../charts/data/band-words';
import { netImpactAxis } from '../../charts/data/net-impact-series';
import { yearHeading } from '../../charts/data/year-axis';
import { netImpactYearsBandSentence } from '../../charts/data/years-band-words';
import { compareNetImpactYears, type ComparedYears } from '../../charts/data/years-comparison';
import { netImpactYearsInputsEqual } from '../../charts/data/years-same-inputs';
import { netImpactYearsCsv } from '../../export/years-csv';
import { formatNetImpact } from '../../format/format';
import type { InputKey, Scenario } from '../../model/inputs';
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
import { CHART_HEIGHT } from './chart-parts';
import type { ReadoutContent, ReadoutRow } from './chart-readout';
import { NET_IMPACT_YEARS_TITLE } from './chart-titles';
import { LiveChartFigure, type LiveValues } from './live-chart-figure';
import type { LiveRule } from './live-plot-context';
import { skipRedrawUnless, type ScenarioChartProps } from './scenario-chart-props';
import { useLiveChart, type LiveChartSpec } from './use-live-chart';
import { useChartBand, type ChartBandSpec } from './chart-band';

export const TITLE = NET_IMPACT_YEARS_TITLE;
const MARKER_NAME = 'End of the last year, at your ratio';
const KEYBOARD_LABEL = 'Values along the net-impact-by-year chart';
const MARKER: MarkerStyle = { symbol: CHART_MARKERS.current, fill: CHART_COLORS.current };
const MARKER_SHAPE = markerShape(MARKER);
const MARKER_LEGEND: LegendEntry = { kind: 'marker', name: MARKER_NAME, style: MARKER };
const UNIT = 'safety-researcher equivalents';

const LINE_STYLE: Record<NetImpactYearsKey, { stroke: string; dash: string; width: number }> = {
  n10: { stroke: CHART_COLORS.neutral10, dash: CHART_DASHES.neutral10, width: 1.5 },
  n100: { stroke: CHART_COLORS.neutral100, dash: CHART_DASHES.neutral100, width: 1.5 },
  user: { stroke: CHART_COLORS.neutralUser, dash: CHART_DASHES.neutralUser, width: 2.5 },
};

function liveData(series: NetImpactYearsSeries, compared: ComparedYears | null): LiveValues {
  const yAxis = compared?.yAxis ?? series.yAxis;
  // On the right: every line starts at 0 in year 0, so a label on the left would sit on them.
  // Below the zero line when zero is the top of the axis, so the label is not cut off.
  const zeroAtTop = yAxis.domain[1] <= 0;
  const zero: LiveRule = {
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
  };
  const last = series.years;
  return {
    xAxis: series.xAxis,
    yAxis,
    xs: series.xs,
    lines: [
      ...series.lines.map((line) => ({
        key: line.key,
        values: series.values[line.key],
        ...LINE_STYLE[line.key],
      })),
      ...(compared ? [comparisonLine(compared.values)] : []),
    ],
    rules: [zero],
    markers: [
      ...(compared ? [comparisonMarker(compared.marker)] : []),
      { key: 'current', x: last, y: series.values.user[last] ?? 0, shape: MARKER_SHAPE },
    ],
    startIndex: last,
  };
}

/** The reader's N: the comparison's line is judged at it. */
function readerRatio(lines: NetImpactYearsSeries['lines']): number {
  return lines.find((line) => line.key === 'user')?.n ?? 100;
}

export function netImpactYearsReadout(
  series: NetImpactYearsSeries,
  compared: ComparedYears | null,
  comparison: ChartComparison | null,
  index: number,
): ReadoutContent | null {
  const year = series.xs[index];
  if (year === undefined) return null;
  const rows: ReadoutRow[] = series.lines.map((line) => ({
    key: line.key,
    name: line.name,
    value: `${formatNetImpact(series.values[line.key][index] ?? 0)} ${UNIT}`,
    color: LINE_STYLE[line.key].stroke,
  }));
  const other = compared?.values[index];
  if (comparison && other !== undefined) {
    const judged = judgedAtReaderRatio(comparison, readerRatio(series.lines));
    rows.push(comparisonRow(judged, `${formatNetImpact(other)} ${UNIT}`));
  }
  return { heading: yearHeading(year), rows };
}

const SPEC: LiveChartSpec<NetImpactYearsSeries, ComparedYears> = {
  build: buildNetImpactYearsSeries,
  compare: compareNetImpactYears,
  csv: netImpactYearsCsv,
  live: liveData,
  readout: netImpactYearsReadout,
};

/**
 * With ranges: the band of the line at your ratio only, as on the one-cohort net impact chart
 * (three overlapping bands would hide one another; the 1 : 10 and 1 : 100 intervals at year Y
 * are in the headline).
 */
const BAND: ChartBandSpec<NetImpactYearsSeries> = {
  pick: (bands) => bands.years.netImpactAtUser,
  fill: LINE_STYLE.user.stroke,
  lineKey: 'user',
  text: netImpactBandText,
  fitAxis: (axis, lowest, highest) =>
    lowest >= axis.domain[0] && highest <= axis.domain[1]
      ? axis
      : netImpactAxis(Math.min(lowest, axis.domain[0]), Math.max(highest, axis.domain[1])),
  xAt: (series, index) => series.xs[index],
  sentence: (band, source) =>
    netImpactYearsBandSentence(band, neutralVaries(source.scenario, source.ranged)),
  csv: netImpactYearsCsv,
};

/** Whether each sample has its own N: a range on N, or on what derives it from the field. */
function neutralVaries(scenario: Scenario, ranged: readonly InputKey[]): boolean {
  const inputs: readonly InputKey[] =
    scenario.nFrom === 'field' ? ['importance', 'cap', 'saf'] : ['neutral'];
  return inputs.some((key) => ranged.includes(key));
}

function NetImpactYearsChartComponent({
  scenario,
  comparison = null,
  band = null,
}: ScenarioChartProps) {
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
      frame="netImpactYears"
      legend={banded.legend}
      values={banded.values}
      describe={banded.describe}
      bandRun={banded.bandRun}
      keyboardLabel={KEYBOARD_LABEL}
    />
  );
}

export const NetImpactYearsChart = memo(
  NetImpactYearsChartComponent,
  skipRedrawUnless(netImpactYearsInputsEqual),
);
