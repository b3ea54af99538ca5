/**
 * The plot's preview: the chart's grid, bands, rules and lines, drawn by the live layer without
 * recharts, so they come with the page's HTML (the prerender draws them for the defaults) and
 * show from the first paint, before recharts has loaded and the plot proper has drawn
 * (chart-figure.tsx swaps them). As Our World in Data's charts do, the reader sees the data at
 * once and the interactive chart takes over when it is ready.
 *
 * The width of the plot box is not known before the page is laid out, so the preview is drawn
 * at a nominal width and stretched across the box horizontally (`preserveAspectRatio="none"`).
 * Lines keep their stroke width (`vector-effect: non-scaling-stroke`, charts.css); what would
 * distort (tick labels, rule labels, markers) waits for the plot proper, and so does the axis
 * frame. Hidden from assistive technology: the figure's "In words" text carries the values, and
 * the plot proper brings the keyboard readout.
 */
import type { ReactElement } from 'react';
import { PLOT_INSET, WIDE_Y_PLOT_INSET } from './chart-parts';
import type { FrameId } from './plot-frames';
import { LiveLayer } from './live-layer';

/** About the plot's width on a desktop, so the stretch there is small. */
const NOMINAL_WIDTH = 600;

export function PlotPreview({
  height,
  frame,
}: {
  readonly height: number;
  readonly frame?: FrameId;
}): ReactElement | null {
  // The same box recharts lays out in this frame (the tornado's y axis is wider).
  const inset = frame === 'sensitivity' ? WIDE_Y_PLOT_INSET : PLOT_INSET;
  const plotHeight = height - inset.top - inset.bottom;
  if (plotHeight <= 0) return null;
  return (
    <svg
      className="chart-preview"
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${NOMINAL_WIDTH} ${plotHeight}`}
      preserveAspectRatio="none"
      style={{
        top: inset.top,
        left: inset.left,
        width: `calc(100% - ${inset.left + inset.right}px)`,
        height: plotHeight,
      }}
    >
      <LiveLayer box={{ x: 0, y: 0, width: NOMINAL_WIDTH, height: plotHeight }} preview />
    </svg>
  );
}
