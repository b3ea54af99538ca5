/**
 * Constant props shared by the charts' recharts frames (plot-frames.tsx), defined once at
 * module level: the frame of each chart is built once and never redraws (see live-plot.tsx).
 * Plain values: this module loads with the page, recharts does not.
 */
import { formatInputValue } from '../../format/input-format';
import { CHART_COLORS } from '../../theme/colors';

export const CHART_HEIGHT = 320;
/** The new-researchers chart spans six orders of magnitude, so it gets more height. */
export const TALL_CHART_HEIGHT = 360;

export const CHART_MARGIN = { top: 12, right: 24, bottom: 4, left: 12 } as const;
const AXIS_LINE = { stroke: CHART_COLORS.axis } as const;

/** Room for tick labels and a title of up to two lines. */
const X_AXIS_HEIGHT = 56;
const Y_AXIS_WIDTH = 84;

/**
 * The tornado's y axis is labelled with input names ("Non-generalizing alignment"), so its frame
 * gives the axis the room of the longest name at the tick font size.
 */
export const WIDE_Y_AXIS_WIDTH = 196;

/**
 * Where recharts puts the plot box inside a frame: the margins plus the axes' fixed room. The
 * plot's preview (plot-preview.tsx) draws in the same box before recharts has loaded.
 */
export const PLOT_INSET = {
  left: CHART_MARGIN.left + Y_AXIS_WIDTH,
  right: CHART_MARGIN.right,
  top: CHART_MARGIN.top,
  bottom: CHART_MARGIN.bottom + X_AXIS_HEIGHT,
} as const;

/** The plot box inset of a frame with the wide y axis. */
export const WIDE_Y_PLOT_INSET = { ...PLOT_INSET, left: CHART_MARGIN.left + WIDE_Y_AXIS_WIDTH };

/** Readout heading on cohort-size charts: "Cohort of 1,000 people", "Cohort of 1 person". */
export function cohortHeading(cohort: number): string {
  return `Cohort of ${formatInputValue('cohort', cohort)}`;
}

/**
 * The charts' only recharts data: one row at x = 0. Recharts lays out an x axis only when the
 * chart has data for it; the values themselves are drawn by the live layer (live-plot.tsx).
 */
export const FRAME_DATA: readonly { readonly x: number }[] = [{ x: 0 }];

/**
 * The recharts axes of every chart: the axis line and its title, and nothing that depends on
 * the scenario, so the recharts part of a chart never redraws after mount. Ticks, tick labels
 * and the grid are drawn by the live layer from the data builders' axes. (`niceTicks: 'none'`
 * skips recharts' Decimal.js tick search, which nothing here would use.)
 */
const FRAME_AXIS = {
  type: 'number',
  domain: [0, 1],
  allowDataOverflow: true,
  niceTicks: 'none',
  tick: false,
  tickLine: false,
  axisLine: AXIS_LINE,
} as const;

export const FRAME_X_AXIS = { ...FRAME_AXIS, dataKey: 'x', height: X_AXIS_HEIGHT } as const;
export const FRAME_Y_AXIS = { ...FRAME_AXIS, width: Y_AXIS_WIDTH } as const;
export const FRAME_WIDE_Y_AXIS = { ...FRAME_AXIS, width: WIDE_Y_AXIS_WIDTH } as const;
