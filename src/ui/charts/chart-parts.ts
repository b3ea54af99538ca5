/**
 * Constant props shared by the three charts. Defined once at module level so a slider move
 * (which re-renders every chart) allocates no new style objects or formatter functions.
 */
import type { ReactNode } from 'react';
import { formatCount } from '../../format/format';
import { CHART_COLORS } from '../../theme/colors';

export const CHART_HEIGHT = 340;
/** The new-researchers chart has a longer legend (reference points), so it is taller. */
export const TALL_CHART_HEIGHT = 420;

export const CHART_MARGIN = { top: 12, right: 24, bottom: 4, left: 12 } as const;
export const AXIS_TICK = { fill: CHART_COLORS.axis } as const;
export const AXIS_LINE = { stroke: CHART_COLORS.axis } as const;
export const X_AXIS_HEIGHT = 48;
export const Y_AXIS_WIDTH = 84;

export function xAxisLabel(value: string) {
  return { value, position: 'insideBottom', offset: 0, fill: CHART_COLORS.axis } as const;
}

export function yAxisLabel(value: string) {
  return {
    value,
    angle: -90,
    position: 'insideLeft',
    offset: 4,
    fill: CHART_COLORS.axis,
    style: { textAnchor: 'middle' },
  } as const;
}

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
