/**
 * Point markers: a symbol drawn at a data position, with a halo in the background colour so it
 * stays visible where it sits on a line. Shape as well as colour tells markers apart
 * (colour-vision deficiencies, print).
 */
import { memo, type ReactElement } from 'react';
import { Symbols } from 'recharts';
import { CHART_COLORS } from '../../theme/colors';

export type MarkerSymbol = 'circle' | 'diamond' | 'triangle' | 'square' | 'cross';

export interface MarkerStyle {
  readonly symbol: MarkerSymbol;
  readonly fill: string;
}

/** Symbol area in px²: about a 10 px wide marker, large enough to hit and to see. */
const MARKER_SIZE = 90;

/**
 * A marker component drawing `style` at (cx, cy); create once per style. Memoised, so a marker
 * that did not move (a published data point) skips re-rendering on a slider move.
 */
export function markerShape(style: MarkerStyle) {
  return memo(function MarkerShape(props: { cx?: number; cy?: number }): ReactElement<SVGElement> {
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
  });
}
