/**
 * Axis titles that wrap onto a second line when the plot is narrower than the title, instead of
 * being cut off at the edge of the SVG (the x title of the new-researchers chart is ~300 px at
 * the chart font size, wider than the plot on a phone). Recharts' own axis labels do not wrap,
 * because the axis does not tell the label how much room it has; a custom content function
 * receives the axis box and passes its length to Text, which wraps by words.
 */
import type { ReactElement } from 'react';
import { Text, type LabelProps } from 'recharts';
import { CHART_COLORS } from '../../theme/colors';

/** Gap between the title and the chart edge (px). */
const EDGE_GAP = 2;
/** Distance from the axis line to the first title line: tick (6) + tick label (~14) + gap. */
const BELOW_TICKS = 24;
/**
 * Explicit size: Text measures words in a hidden span appended to <body>, which would otherwise
 * use the page's font size rather than the chart's, and wrap too early. A string with a unit,
 * because the measuring span gets it through element.style, which ignores bare numbers.
 */
const TITLE_STYLE = { fontSize: '12px' } as const;

interface AxisBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function axisBox(props: LabelProps): AxisBox | null {
  const box = props.viewBox;
  if (box === undefined || !('width' in box) || !('height' in box)) return null;
  return box;
}

function titleText(props: LabelProps): string {
  const value = props.value ?? props.children;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Centred under the x tick labels, wrapped to the axis length (two lines fit the axis height). */
export function XAxisTitle(props: LabelProps): ReactElement | null {
  const box = axisBox(props);
  if (box === null) return null;
  return (
    <Text
      x={box.x + box.width / 2}
      y={box.y + BELOW_TICKS}
      width={box.width}
      textAnchor="middle"
      verticalAnchor="start"
      style={TITLE_STYLE}
      fill={CHART_COLORS.axis}
      className="chart-axis-title"
    >
      {titleText(props)}
    </Text>
  );
}

/** Rotated along the left edge of the y axis, wrapped to the axis height. */
export function YAxisTitle(props: LabelProps): ReactElement | null {
  const box = axisBox(props);
  if (box === null) return null;
  const x = box.x + EDGE_GAP;
  const y = box.y + box.height / 2;
  return (
    <Text
      x={x}
      y={y}
      width={box.height}
      angle={-90}
      textAnchor="middle"
      verticalAnchor="start"
      style={TITLE_STYLE}
      fill={CHART_COLORS.axis}
      className="chart-axis-title"
    >
      {titleText(props)}
    </Text>
  );
}
