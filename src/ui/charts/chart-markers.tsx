/**
 * Point markers and their legend entries.
 *
 * Markers are ReferenceDots, not Scatter series: in recharts 3 a series with its own `data`
 * prop replaces the chart data in the tooltip's index lookup, so the tooltip then reports the
 * wrong x (seen in the browser: hovering at 21 % showed the point at 5 %). ReferenceDots take no
 * part in tooltips, so their legend entries are added to the default legend here instead.
 */
import type { ReactElement, ReactNode } from 'react';
import {
  DefaultLegendContent,
  Symbols,
  type DefaultLegendContentProps,
  type LegendPayload,
} from 'recharts';
import { CHART_COLORS } from '../../theme/colors';

export type MarkerSymbol = 'circle' | 'diamond' | 'triangle' | 'square' | 'cross';

export interface MarkerStyle {
  readonly symbol: MarkerSymbol;
  readonly fill: string;
}

/** Symbol area in px²: about a 10 px wide marker, large enough to hit and to see. */
const MARKER_SIZE = 90;

/** A ReferenceDot shape drawing `style` at the dot's position; create once per style. */
export function markerShape(style: MarkerStyle) {
  return function MarkerShape(props: { cx?: number; cy?: number }): ReactElement<SVGElement> {
    return (
      <Symbols
        cx={props.cx}
        cy={props.cy}
        type={style.symbol}
        size={MARKER_SIZE}
        fill={style.fill}
        stroke={CHART_COLORS.background}
        strokeWidth={1}
        className="chart-marker"
      />
    );
  };
}

export function legendEntry(name: string, style: MarkerStyle): LegendPayload {
  return { value: name, type: style.symbol, color: style.fill };
}

/** Legend content: the series recharts reports, then `extras` (the markers), in that order. */
export function legendWithExtras(extras: readonly LegendPayload[]) {
  return function LegendWithExtras(props: DefaultLegendContentProps): ReactNode {
    return <DefaultLegendContent {...props} payload={[...(props.payload ?? []), ...extras]} />;
  };
}
