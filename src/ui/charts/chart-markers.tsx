/**
 * Point markers: a symbol drawn at a data position, with a halo in the background colour so it
 * stays visible where it sits on a line. Shape as well as colour tells markers apart
 * (colour-vision deficiencies, print).
 */
import { memo, type ReactElement } from 'react';
import { markerPath, type MarkerSymbol } from '../../charts/data/marker-path';
import { CHART_COLORS } from '../../theme/colors';

export type { MarkerSymbol };

export interface MarkerStyle {
  readonly symbol: MarkerSymbol;
  readonly fill: string;
}

/** Symbol area in px²: about a 10 px wide marker, large enough to hit and to see. */
const MARKER_SIZE = 90;

/**
 * A marker component drawing `style` at (cx, cy); create once per style. The symbol's path is
 * computed here, once, so a moving marker only changes its translate. Memoised, so a marker
 * that did not move (a published data point) skips re-rendering on a slider move.
 */
export function markerShape(style: MarkerStyle) {
  const d = markerPath(style.symbol, MARKER_SIZE);
  return memo(function MarkerShape(props: { cx: number; cy: number }): ReactElement<SVGElement> {
    return (
      <path
        className="chart-marker"
        d={d}
        transform={`translate(${props.cx}, ${props.cy})`}
        fill={style.fill}
        stroke={CHART_COLORS.background}
        strokeWidth={1}
      />
    );
  });
}
