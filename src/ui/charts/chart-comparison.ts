/** What the charts need to draw the "Compare with" scenario, and how its line and marker look. */
import type { Scenario } from '../../model/inputs';
import { CHART_COLORS, CHART_DASHES, CHART_MARKERS } from '../../theme/colors';
import { legendEntry, markerShape, type MarkerStyle } from './chart-markers';

export interface ChartComparison {
  readonly name: string;
  readonly scenario: Scenario;
}

export const COMPARISON_MARKER: MarkerStyle = {
  symbol: CHART_MARKERS.comparison,
  fill: CHART_COLORS.comparison,
};
export const COMPARISON_SHAPE = markerShape(COMPARISON_MARKER);

/** Shared props of the comparison's dash-dot line. */
export const COMPARISON_LINE = {
  dataKey: 'compare',
  type: 'linear',
  legendType: 'plainline',
  stroke: CHART_COLORS.comparison,
  strokeDasharray: CHART_DASHES.comparison,
  strokeWidth: 2,
  dot: false,
  isAnimationActive: false,
  connectNulls: false,
} as const;

export function comparisonLineName(comparison: ChartComparison): string {
  return `Compared: ${comparison.name}`;
}

export function comparisonMarkerEntry(comparison: ChartComparison) {
  return legendEntry(`${comparison.name}: its own point`, COMPARISON_MARKER);
}

/** Whether a tooltip row belongs to the comparison line. */
export function isComparisonRow(item: { dataKey?: unknown }): boolean {
  return item.dataKey === 'compare';
}
