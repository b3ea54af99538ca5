/** What the charts need to draw the "Compare with" scenario, and how its line and marker look. */
import { formatNeutral } from '../../format/format';
import type { Scenario } from '../../model/inputs';
import { CHART_COLORS, CHART_DASHES, CHART_MARKERS } from '../../theme/colors';
import type { LegendEntry } from './chart-legend';
import type { ReadoutRow } from './chart-readout';
import { markerShape, type MarkerStyle } from './chart-markers';
import type { LiveLine, LiveMarker } from './live-plot';

export interface ChartComparison {
  readonly name: string;
  readonly scenario: Scenario;
}

export const COMPARISON_MARKER: MarkerStyle = {
  symbol: CHART_MARKERS.comparison,
  fill: CHART_COLORS.comparison,
};
const COMPARISON_SHAPE = markerShape(COMPARISON_MARKER);

/** The comparison's dash-dot line: a dash pattern no other line uses. */
const COMPARISON_STROKE = {
  stroke: CHART_COLORS.comparison,
  dash: CHART_DASHES.comparison,
  width: 2,
} as const;

/**
 * The comparison as drawn on a chart whose values depend on N: named with the reader's N, at
 * which it is judged (see compareNetImpact), so the legend does not suggest its own saved N.
 */
export function judgedAtReaderRatio(comparison: ChartComparison, n: number): ChartComparison {
  return { ...comparison, name: `${comparison.name}, at your ${formatNeutral(n)}` };
}

export function comparisonLineName(comparison: ChartComparison): string {
  return `Compared: ${comparison.name}`;
}

/** Legend entries of the comparison: its line, then its own point. */
export function comparisonLegend(comparison: ChartComparison): readonly LegendEntry[] {
  return [
    { kind: 'line', name: comparisonLineName(comparison), ...COMPARISON_STROKE },
    { kind: 'marker', name: `${comparison.name}: its own point`, style: COMPARISON_MARKER },
  ];
}

export function comparisonLine(values: readonly (number | null)[]): LiveLine {
  return { key: 'compare', values, ...COMPARISON_STROKE };
}

export function comparisonMarker(point: { readonly x: number; readonly y: number }): LiveMarker {
  return { key: 'compare', x: point.x, y: point.y, shape: COMPARISON_SHAPE };
}

/** The comparison's row in a readout, with its value already in words. */
export function comparisonRow(comparison: ChartComparison, value: string): ReadoutRow {
  return {
    key: 'compare',
    name: comparisonLineName(comparison),
    value,
    color: COMPARISON_STROKE.stroke,
  };
}
