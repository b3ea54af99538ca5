/**
 * Point markers: a symbol drawn at a data position, with a halo in the background colour so it
 * stays visible where it sits on a line. Shape as well as colour tells markers apart
 * (colour-vision deficiencies, print).
 *
 * A `ring` marker is drawn as an outline around its position, large enough to enclose any other
 * marker: chart 2's current split is a ring, so when it sits exactly on a published point (the
 * 8 : 1 preset on the longitudinal point) both stay visible, the published symbol inside the ring
 * (issue 9, fault 12).
 */
import { memo, type ReactElement } from 'react';
import { markerPath, type MarkerSymbol } from '../../charts/data/marks';
import { CHART_COLORS } from '../../theme/colors';

export type { MarkerSymbol };

export interface MarkerStyle {
  readonly symbol: MarkerSymbol;
  readonly fill: string;
  /** Draw the symbol as a large outline (in the `fill` colour) instead of a filled shape. */
  readonly ring?: boolean;
}

/** Symbol area in px²: about a 10 px wide marker, large enough to hit and to see. */
export const MARKER_SIZE = 90;
/**
 * A ring's radius (px): the inner edge of its halo (radius − half the halo) clears the tallest filled
 * marker of MARKER_SIZE, the diamond, whose tips are 8.8 px from its centre.
 */
export const RING_RADIUS = 11;
const RING_STROKE = 2;
/** The background-coloured outline under a ring, so it reads over lines and shaded regions. */
const RING_HALO = RING_STROKE + 2;

/** Fill and outline of a marker of `style`; also used by the legend's icons. */
export function markerPaint(style: MarkerStyle): {
  fill: string;
  stroke: string;
  strokeWidth: number;
} {
  return style.ring
    ? { fill: 'none', stroke: style.fill, strokeWidth: RING_STROKE }
    : { fill: style.fill, stroke: CHART_COLORS.background, strokeWidth: 1 };
}

/**
 * A marker component drawing `style` at (cx, cy); create once per style. The symbol's path is
 * computed here, once, so a moving marker only changes its translate. Memoised, so a marker
 * that did not move (a published data point) skips re-rendering on a slider move.
 */
export function markerShape(style: MarkerStyle) {
  if (style.ring) return ringShape(style);
  const d = markerPath(style.symbol, MARKER_SIZE);
  const paint = markerPaint(style);
  return memo(function MarkerShape(props: { cx: number; cy: number }): ReactElement<SVGElement> {
    return (
      <path
        className={`chart-marker chart-marker--${style.symbol}`}
        d={d}
        transform={`translate(${props.cx}, ${props.cy})`}
        {...paint}
      />
    );
  });
}

function ringShape(style: MarkerStyle) {
  const d = markerPath('circle', Math.PI * RING_RADIUS * RING_RADIUS);
  const paint = markerPaint(style);
  return memo(function RingShape(props: { cx: number; cy: number }): ReactElement<SVGElement> {
    return (
      <g transform={`translate(${props.cx}, ${props.cy})`}>
        <path d={d} fill="none" stroke={CHART_COLORS.background} strokeWidth={RING_HALO} />
        <path className="chart-marker chart-marker--ring" d={d} {...paint} />
      </g>
    );
  });
}
