/**
 * What the live layer (live-plot.tsx) draws, passed through context: the types and the context
 * itself, apart from the layer, so the figure (loaded with the page) can provide the values
 * while the layer loads with recharts, after the first paint (plot-frames.tsx).
 */
import { createContext } from 'react';
import type { AxisSpec } from '../../charts/data/axis';
import type { markerShape } from './chart-markers';
/** One data series: y values at the chart's x values; null where no value exists. */
export interface LiveLine {
  readonly key: string;
  readonly values: readonly (number | null)[];
  readonly stroke: string;
  readonly dash?: string;
  readonly width: number;
}

export type RuleLabelPlacement = 'above-left' | 'above-right' | 'below-left' | 'below-right';

/** A horizontal (`y`) or vertical (`x`) reference line across the plot, with an optional label. */
export interface LiveRule {
  readonly key: string;
  readonly axis: 'x' | 'y';
  readonly value: number;
  readonly stroke: string;
  readonly dash?: string;
  readonly width: number;
  readonly label?: {
    readonly text: string;
    readonly placement: RuleLabelPlacement;
    readonly fill: string;
  };
}

/** A shaded horizontal band between two y values (net-positive / net-negative regions). */
export interface LiveBand {
  readonly key: string;
  readonly y1: number;
  readonly y2: number;
  readonly fill: string;
  readonly opacity: number;
  /** Drawn inside the band, at its top right or bottom left corner. */
  readonly label?: {
    readonly text: string;
    readonly placement: 'top-right' | 'bottom-left';
    readonly fill: string;
  };
}

/**
 * A shaded area between two value arrays (a line's 90 % band), at x values of its own: a band from
 * an earlier Monte Carlo run may be drawn while the lines have moved on, so it does not assume the
 * lines' samples. Null where an end has no value (a gap). Drawn under the rules and lines.
 */
export interface LiveArea {
  readonly key: string;
  readonly xs: readonly number[];
  readonly lo: readonly (number | null)[];
  readonly hi: readonly (number | null)[];
  readonly fill: string;
  readonly opacity: number;
}

/**
 * A rectangle in data values (a histogram bin, a tornado bar), optionally hatched (a second cue
 * besides colour) and labelled just above its left end.
 */
export interface LiveBar {
  readonly key: string;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly fill: string;
  readonly hatch?: boolean;
  readonly label?: { readonly text: string; readonly fill: string };
}

export interface LiveMarker {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  /** A marker shape made once per style with markerShape() (chart-markers.tsx). */
  readonly shape: ReturnType<typeof markerShape>;
}

/** Where the readout points, in pixels of the plot's <svg>, for the HTML box beside it. */
export interface ReadoutPosition {
  readonly index: number;
  readonly left: number;
  readonly top: number;
  /** The plot area's horizontal middle: the box goes on the side with more room. */
  readonly middle: number;
}

export interface LivePlotData {
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  /** The x value of every sample, ascending; every line has one value per sample. */
  readonly xs: readonly number[];
  /** Drawn first, under everything else. */
  readonly bands?: readonly LiveBand[];
  /** Drawn over the bands, under the rules and lines. */
  readonly bars?: readonly LiveBar[];
  /** Drawn over the bands and bars, under the rules and lines (a line's 90 % band). */
  readonly areas?: readonly LiveArea[];
  readonly lines: readonly LiveLine[];
  readonly rules: readonly LiveRule[];
  /** Drawn last, above lines and rules. */
  readonly markers: readonly LiveMarker[];
  /** Called with the sample under the pointer, or null when the pointer leaves the plot. */
  readonly onReadout: (position: ReadoutPosition | null) => void;
  /**
   * The values at one sample in words, for screen readers while the plot has keyboard focus
   * (the arrow keys step through the samples; the readout box shows the same values).
   */
  readonly describeSample: (index: number) => string;
  /**
   * The samples are rows at these y values, top row first (the tornado), instead of points at
   * `xs`: the pointer and the keyboard move through rows and the cursor is horizontal. `xs` then
   * holds one entry per row too (the x the readout box points at).
   */
  readonly sampleYs?: readonly number[];
  /** The sample to start from when the plot gets keyboard focus (the scenario's own). */
  readonly startIndex: number;
  /** Names the plot's keyboard control, e.g. "Values along the field-ratio chart". */
  readonly label: string;
}

export const LivePlotContext = createContext<LivePlotData | null>(null);
