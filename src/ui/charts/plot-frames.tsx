/**
 * The charts' recharts frames, and the plot that holds one: the only module that brings in
 * recharts. It loads as a chunk of its own once the first plot is about to draw (chart-figure.tsx),
 * so the page's first load carries no recharts: the figures, texts, legends and plot boxes come
 * with the page (prerendered), and each plot draws into its box when this chunk has arrived.
 *
 * Each frame is built once, at module level, and never redraws: it holds the responsive size,
 * margins, axis lines and titles, and the live layer (live-plot.tsx), which draws everything that
 * moves with the sliders.
 */
import type { ReactElement, ReactNode } from 'react';
import { cloneElement } from 'react';
import { ComposedChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { PlotDrawn } from '../plot-turns';
import { XAxisTitle, YAxisTitle } from './axis-title';
import {
  CHART_MARGIN,
  FRAME_DATA,
  FRAME_WIDE_Y_AXIS,
  FRAME_X_AXIS,
  FRAME_Y_AXIS,
} from './chart-parts';
import {
  ALUMNI_YEARS_TITLE,
  CHANCE_CURVE_TITLE,
  FIELD_RATIO_TITLE,
  FIELD_YEARS_TITLE,
  NET_IMPACT_DISTRIBUTION_TITLE,
  NET_IMPACT_TITLE,
  NET_IMPACT_YEARS_TITLE,
  NEW_RESEARCHERS_TITLE,
  SENSITIVITY_TITLE,
} from './chart-titles';
import { LivePlot } from './live-plot';

export type FrameId =
  | 'fieldRatio'
  | 'newResearchers'
  | 'netImpact'
  | 'chanceCurve'
  | 'netImpactDistribution'
  | 'sensitivity'
  | 'fieldYears'
  | 'alumniYears'
  | 'netImpactYears';

const xAxisLabel = (value: string) => ({ value, content: XAxisTitle }) as const;
const yAxisLabel = (value: string) => ({ value, content: YAxisTitle }) as const;
const COHORT_AXIS_LABEL = xAxisLabel('Cohort size (people)');
const YEAR_AXIS_LABEL = xAxisLabel('Year (0 is today)');

function frame(
  title: string,
  xLabel: ReturnType<typeof xAxisLabel>,
  yLabel: string,
  yAxis: typeof FRAME_Y_AXIS | typeof FRAME_WIDE_Y_AXIS = FRAME_Y_AXIS,
): ReactElement<{ width?: number; height?: number }> {
  return (
    <ComposedChart data={FRAME_DATA} margin={CHART_MARGIN} title={title} accessibilityLayer={false}>
      <XAxis {...FRAME_X_AXIS} label={xLabel} />
      <YAxis {...yAxis} label={yAxisLabel(yLabel)} />
      <LivePlot />
    </ComposedChart>
  );
}

const FRAMES: Record<FrameId, ReactElement<{ width?: number; height?: number }>> = {
  fieldRatio: frame(FIELD_RATIO_TITLE, COHORT_AXIS_LABEL, 'Capabilities per safety researcher'),
  newResearchers: frame(
    NEW_RESEARCHERS_TITLE,
    xAxisLabel('Capabilities roles, as a share of placed people (%)'),
    'New safety : capabilities (log scale)',
  ),
  netImpact: frame(
    NET_IMPACT_TITLE,
    COHORT_AXIS_LABEL,
    'Net impact (safety-researcher equivalents)',
  ),
  chanceCurve: frame(
    CHANCE_CURVE_TITLE,
    xAxisLabel('Net-neutral ratio 1 : N (log scale)'),
    'Samples net positive (%)',
  ),
  netImpactDistribution: frame(
    NET_IMPACT_DISTRIBUTION_TITLE,
    xAxisLabel('Net impact at your ratio (safety-researcher equivalents)'),
    'Share of samples (%)',
  ),
  // Input names label the tornado's y axis, so it takes the wide axis.
  sensitivity: frame(
    SENSITIVITY_TITLE,
    xAxisLabel('Net impact at your ratio'),
    'Input that is a range',
    FRAME_WIDE_Y_AXIS,
  ),
  fieldYears: frame(FIELD_YEARS_TITLE, YEAR_AXIS_LABEL, 'Capabilities per safety researcher'),
  alumniYears: frame(ALUMNI_YEARS_TITLE, YEAR_AXIS_LABEL, 'Alumni counted on each side (people)'),
  netImpactYears: frame(
    NET_IMPACT_YEARS_TITLE,
    YEAR_AXIS_LABEL,
    'Net impact (safety-researcher equivalents)',
  ),
};

interface FramedPlotProps {
  readonly frame: FrameId;
  /** Pixels, or '100%' to fill the plot box (embeds, where CSS gives the box its height). */
  readonly height: number | '100%';
  readonly onDrawn: () => void;
}

/** The chart's frame at the width of its box, reporting once it is on the page. */
export function FramedPlot({ frame: id, height, onDrawn }: FramedPlotProps): ReactNode {
  return (
    <ResponsiveContainer width="100%" height={height} minWidth={0}>
      {FRAMES[id]}
      <PlotDrawn onDrawn={onDrawn} />
    </ResponsiveContainer>
  );
}

/** The chart's frame at a fixed size, for an exported picture (chart-export-plot.tsx). */
export function FixedPlot({
  frame: id,
  width,
  height,
}: {
  readonly frame: FrameId;
  readonly width: number;
  readonly height: number;
}): ReactNode {
  return cloneElement(FRAMES[id], { width, height });
}
