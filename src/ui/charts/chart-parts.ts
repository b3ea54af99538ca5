/**
 * Constant props shared by the three charts, defined once at module level: the recharts frame
 * of each chart is built once and never redraws (see live-plot.tsx), and the live layer gets
 * the same formatter functions on every render.
 */
import type { NiceAxis } from '../../charts/data/nice-scale';
import type { AxisSpec } from '../../charts/data/plot-scale';
import { formatCount, formatInputValue } from '../../format/format';
import { CHART_COLORS } from '../../theme/colors';
import { XAxisTitle, YAxisTitle } from './axis-title';

export const CHART_HEIGHT = 320;
/** The new-researchers chart spans six orders of magnitude, so it gets more height. */
export const TALL_CHART_HEIGHT = 360;

export const CHART_MARGIN = { top: 12, right: 24, bottom: 4, left: 12 } as const;
const AXIS_LINE = { stroke: CHART_COLORS.axis } as const;

/** Room for tick labels and a title of up to two lines. */
const X_AXIS_HEIGHT = 56;
const Y_AXIS_WIDTH = 84;

export function xAxisLabel(value: string) {
  return { value, content: XAxisTitle } as const;
}

export function yAxisLabel(value: string) {
  return { value, content: YAxisTitle } as const;
}

export const COHORT_AXIS_LABEL = xAxisLabel('Cohort size (people)');

/** Readout heading on cohort-size charts: "Cohort of 1,000 people", "Cohort of 1 person". */
export function cohortHeading(cohort: number): string {
  return `Cohort of ${formatInputValue('cohort', cohort)}`;
}

function formatCohortTick(value: number): string {
  return formatCount(value);
}

// Axis specs are cached per axis object (the builders return the same domain, ticks and nice
// axis while an axis is unchanged), so the live layer's grid and ticks skip re-rendering.
const cohortAxes = new WeakMap<readonly number[], AxisSpec>();
const niceAxes = new Map<(value: number) => string, WeakMap<NiceAxis, AxisSpec>>();

/** The cohort-size x axis of the field-ratio and net-impact charts, for the live layer. */
export function cohortAxis(domain: readonly [number, number], ticks: readonly number[]): AxisSpec {
  const cached = cohortAxes.get(ticks);
  if (cached !== undefined && cached.domain === domain) return cached;
  const axis: AxisSpec = { kind: 'linear', domain, ticks, format: formatCohortTick };
  cohortAxes.set(ticks, axis);
  return axis;
}

/** A linear axis from a nice-scale axis, labelled with `format`; the same object for the same axis. */
export function niceAxisSpec(nice: NiceAxis, format: (value: number) => string): AxisSpec {
  let byAxis = niceAxes.get(format);
  if (byAxis === undefined) {
    byAxis = new WeakMap();
    niceAxes.set(format, byAxis);
  }
  let axis = byAxis.get(nice);
  if (axis === undefined) {
    axis = { kind: 'linear', domain: nice.domain, ticks: nice.ticks, format };
    byAxis.set(nice, axis);
  }
  return axis;
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
