/**
 * Constant props shared by the three charts. Defined once at module level so a slider move
 * (which re-renders every chart) allocates no new style objects or formatter functions.
 */
import type { ReactNode } from 'react';
import { formatCount } from '../../format/format';
import { CHART_COLORS } from '../../theme/colors';
import { XAxisTitle, YAxisTitle } from './axis-title';

export const CHART_HEIGHT = 360;
/** The new-researchers chart has a longer legend (reference points), so it is taller. */
export const TALL_CHART_HEIGHT = 420;

export const CHART_MARGIN = { top: 12, right: 24, bottom: 4, left: 12 } as const;
export const AXIS_TICK = { fill: CHART_COLORS.axis } as const;
export const AXIS_LINE = { stroke: CHART_COLORS.axis } as const;
/** Room for tick labels and a title of up to two lines. */
/**
 * Every axis gets explicit ticks and domain from the data builders, so recharts' own nice-tick
 * search (a Decimal.js computation on every render, ~8 % of redraw time) is switched off.
 */
export const NO_NICE_TICKS = 'none';

export const X_AXIS_HEIGHT = 56;
export const Y_AXIS_WIDTH = 84;

export function xAxisLabel(value: string) {
  return { value, content: XAxisTitle } as const;
}

export function yAxisLabel(value: string) {
  return { value, content: YAxisTitle } as const;
}

/** Recharts' default " : " separator would read as part of the ratios ("split : 7 : 1"). */
export const TOOLTIP_SEPARATOR = ': ';

/**
 * Lets long tooltip lines wrap, so a tooltip fits inside a phone-width chart. The colours replace
 * recharts' fixed white box, which the dark theme's light text would be unreadable on.
 */
export const TOOLTIP_CONTENT_STYLE = {
  whiteSpace: 'normal',
  maxWidth: '14rem',
  backgroundColor: CHART_COLORS.background,
  border: `1px solid ${CHART_COLORS.axis}`,
} as const;

export const COHORT_AXIS_LABEL = xAxisLabel('Cohort size (people)');

/** Recharts passes the row behind a tooltip entry as `payload`; rows here are plain objects. */
export function rowOf(item: { readonly payload?: unknown }): Readonly<Record<string, unknown>> {
  const row = item.payload;
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
}

/** Tooltip heading on cohort-size charts: "Cohort of 1,000 people". */
export function cohortTooltipLabel(label: ReactNode): ReactNode {
  return typeof label === 'number' ? `Cohort of ${formatCount(label)} people` : label;
}

export function formatCohortTick(value: number): string {
  return formatCount(value);
}

/**
 * Legend order as drawn (data line, marker, then extras). Recharts sorts legend items by name
 * unless told otherwise, which would put "2024 alumni survey…" before the line it annotates.
 */
export function legendOrder(
  names: readonly string[],
): (item: { value: string | undefined }) => number {
  return (item) => {
    const index = item.value === undefined ? -1 : names.indexOf(item.value);
    return index === -1 ? names.length : index;
  };
}

/** Props every numeric axis shares: explicit ticks, the axis colour, no nice-tick search. */
export const NUMBER_AXIS = {
  type: 'number',
  niceTicks: NO_NICE_TICKS,
  tick: AXIS_TICK,
  axisLine: AXIS_LINE,
} as const;

/** The cohort-size x axis of the field-ratio and net-impact charts (domain and ticks per render). */
export const COHORT_X_AXIS = {
  ...NUMBER_AXIS,
  dataKey: 'cohort',
  tickFormatter: formatCohortTick,
  height: X_AXIS_HEIGHT,
  label: COHORT_AXIS_LABEL,
} as const;
