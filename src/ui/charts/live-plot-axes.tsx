/**
 * The live layer's grid and axis ticks (live-plot.tsx), drawn as recharts draws them, from the
 * axis description the chart's builder returns (charts/data/axis.ts). Both are memoised by value:
 * the builders describe the axes afresh on every move, and these change only with an axis or the
 * plot size.
 */
import { memo, type ReactElement } from 'react';
import { sameAxis, type AxisSpec, type PixelScale } from '../../charts/data/axis';
import { thinTicks, type PlacedTick } from '../../charts/data/tick-thinning';
import { CHART_COLORS } from '../../theme/colors';
import type { PlotBox } from './live-plot-parts';

/** Tick length and the gap to its label (px), as recharts draws them. */
const TICK_SIZE = 6;
const TICK_GAP = 3;
const GRID_DASH = '3 3';
/**
 * Tick label size in px: the 0.8rem of `.chart-figure__plot` (charts.css) at the usual 16 px
 * root, used to estimate whether neighbouring labels fit (tick-thinning.ts).
 */
const TICK_FONT_PX = 12.8;

/** Pixel positions of the ticks that fall on the axis. */
function tickPixels(axis: AxisSpec, scale: PixelScale): { value: number; pixel: number }[] {
  const placed: { value: number; pixel: number }[] = [];
  for (const value of axis.ticks) {
    const pixel = scale(value);
    if (pixel !== null) placed.push({ value, pixel });
  }
  return placed;
}

interface GridProps {
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  readonly xScale: PixelScale;
  readonly yScale: PixelScale;
  readonly plot: PlotBox;
}

function GridComponent(props: GridProps): ReactElement {
  const { plot } = props;
  // One path per axis, a subpath per line: an axis that moves rewrites one attribute, not a
  // line element per tick (on the years charts, whose axes move with most steps, 20–36 of them).
  // Each subpath starts the dash pattern afresh, so the picture is the separate lines' own.
  const across = tickPixels(props.yAxis, props.yScale)
    .map(({ pixel }) => `M${plot.x},${pixel}H${plot.x + plot.width}`)
    .join('');
  const down = tickPixels(props.xAxis, props.xScale)
    .map(({ pixel }) => `M${pixel},${plot.y}V${plot.y + plot.height}`)
    .join('');
  return (
    <g className="chart-grid" stroke={CHART_COLORS.grid} strokeDasharray={GRID_DASH} fill="none">
      {across !== '' && <path d={across} />}
      {down !== '' && <path d={down} />}
    </g>
  );
}

/** The ticks whose labels fit along the axis, each with its label (see tick-thinning.ts). */
function labelledTicks(axis: AxisSpec, scale: PixelScale, side: 'x' | 'y'): readonly PlacedTick[] {
  const placed = tickPixels(axis, scale).map(({ value, pixel }) => ({
    value,
    pixel,
    label: axis.format(value),
  }));
  // A y axis lists its ticks bottom-up; thinning measures neighbours in the order given.
  return thinTicks(placed, { side, fontSize: TICK_FONT_PX });
}

/**
 * Tick marks and labels outside the plot: below it for x, left of it for y. On a narrow plot
 * only every k-th tick is drawn, so labels never run into each other (issue 9, fault 12).
 */
interface AxisTicksProps {
  readonly axis: AxisSpec;
  readonly scale: PixelScale;
  readonly side: 'x' | 'y';
  readonly plot: PlotBox;
}

function AxisTicksComponent(props: AxisTicksProps): ReactElement {
  const { plot, side } = props;
  const bottom = plot.y + plot.height;
  return (
    <g className={`chart-axis chart-axis--${side}`}>
      {/* Keyed by position: a changed axis updates its ticks in place. */}
      {labelledTicks(props.axis, props.scale, side).map(({ label, pixel }, index) =>
        side === 'x' ? (
          <g key={index}>
            <line
              x1={pixel}
              x2={pixel}
              y1={bottom}
              y2={bottom + TICK_SIZE}
              stroke={CHART_COLORS.axis}
            />
            <text
              className="chart-axis__tick"
              x={pixel}
              y={bottom + TICK_SIZE + TICK_GAP}
              dy="0.71em"
              textAnchor="middle"
              fill={CHART_COLORS.axis}
            >
              {label}
            </text>
          </g>
        ) : (
          <g key={index}>
            <line
              x1={plot.x - TICK_SIZE}
              x2={plot.x}
              y1={pixel}
              y2={pixel}
              stroke={CHART_COLORS.axis}
            />
            <text
              className="chart-axis__tick"
              x={plot.x - TICK_SIZE - TICK_GAP}
              y={pixel}
              dy="0.355em"
              textAnchor="end"
              fill={CHART_COLORS.axis}
            >
              {label}
            </text>
          </g>
        ),
      )}
    </g>
  );
}

/**
 * Memoised by value: the builders describe the axes afresh on every move, and the grid changes
 * only with an axis or the plot size (the scales are rebuilt only then, see live-plot.tsx).
 */
export const Grid = memo(
  GridComponent,
  (a: GridProps, b: GridProps) =>
    a.xScale === b.xScale &&
    a.yScale === b.yScale &&
    a.plot === b.plot &&
    sameAxis(a.xAxis, b.xAxis) &&
    sameAxis(a.yAxis, b.yAxis),
);
/** Memoised by value, like the grid: ticks change only with their axis or the plot size. */
export const AxisTicks = memo(
  AxisTicksComponent,
  (a: AxisTicksProps, b: AxisTicksProps) =>
    a.scale === b.scale && a.side === b.side && a.plot === b.plot && sameAxis(a.axis, b.axis),
);
