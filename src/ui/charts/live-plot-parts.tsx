/**
 * The SVG pieces the live layer draws (live-plot.tsx): grid, axis ticks, data lines and the
 * hover cursor (bands and rules are in live-plot-annotations.tsx). Each takes pixel scales and
 * the plot box; none of them touches recharts' store, so redrawing them is cheap.
 */
import { memo, type ReactElement } from 'react';
import { sameAxis, type AxisSpec, type PixelScale } from '../../charts/data/axis';
import { areaPath, barRect, seriesPath } from '../../charts/data/marks';
import { thinTicks, type PlacedTick } from '../../charts/data/tick-thinning';
import { CHART_COLORS } from '../../theme/colors';
import type { LiveArea, LiveBar, LiveLine } from './live-plot';

export interface PlotBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Tick length and the gap to its label (px), as recharts draws them. */
const TICK_SIZE = 6;
const TICK_GAP = 3;
const ACTIVE_DOT_RADIUS = 4;
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
  return (
    <g className="chart-grid" stroke={CHART_COLORS.grid} strokeDasharray={GRID_DASH}>
      {/* Keyed by position in the list: when an axis changes, the lines move instead of being
          removed and created again. */}
      {tickPixels(props.yAxis, props.yScale).map(({ pixel }, index) => (
        <line key={`y${index}`} x1={plot.x} x2={plot.x + plot.width} y1={pixel} y2={pixel} />
      ))}
      {tickPixels(props.xAxis, props.xScale).map(({ pixel }, index) => (
        <line key={`x${index}`} x1={pixel} x2={pixel} y1={plot.y} y2={plot.y + plot.height} />
      ))}
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
      {/* Keyed by position, like the grid: a changed axis updates its ticks in place. */}
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

interface LinePathProps {
  readonly line: LiveLine;
  readonly xPixels: readonly (number | null)[];
  readonly yScale: PixelScale;
}

function sameValues(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/** Lines whose values did not move (e.g. the 1:10 line while N changes) keep their path. */
function sameLinePath(a: LinePathProps, b: LinePathProps): boolean {
  return (
    a.yScale === b.yScale &&
    a.line.key === b.line.key &&
    a.line.stroke === b.line.stroke &&
    a.line.dash === b.line.dash &&
    a.line.width === b.line.width &&
    sameValues(a.line.values, b.line.values) &&
    sameValues(a.xPixels, b.xPixels)
  );
}

export const LinePath = memo(function LinePath(props: LinePathProps): ReactElement {
  const { line, xPixels, yScale } = props;
  return (
    <path
      className="chart-line"
      data-series={line.key}
      d={seriesPath(xPixels, line.values, yScale)}
      fill="none"
      stroke={line.stroke}
      strokeDasharray={line.dash}
      strokeWidth={line.width}
    />
  );
}, sameLinePath);

interface AreaPathProps {
  readonly area: LiveArea;
  readonly xScale: PixelScale;
  readonly yScale: PixelScale;
}

/** A band that did not move (a new scenario, the same Monte Carlo run) keeps its path. */
function sameAreaPath(a: AreaPathProps, b: AreaPathProps): boolean {
  return (
    a.xScale === b.xScale &&
    a.yScale === b.yScale &&
    a.area.key === b.area.key &&
    a.area.fill === b.area.fill &&
    a.area.opacity === b.area.opacity &&
    sameValues(a.area.xs, b.area.xs) &&
    sameValues(a.area.lo, b.area.lo) &&
    sameValues(a.area.hi, b.area.hi)
  );
}

/** A shaded area between two value arrays, at its own x values (a line's 90 % band). */
export const AreaPath = memo(function AreaPath(props: AreaPathProps): ReactElement {
  const { area, xScale, yScale } = props;
  return (
    <path
      className="chart-area"
      data-area={area.key}
      d={areaPath(area.xs.map(xScale), area.lo, area.hi, yScale)}
      fill={area.fill}
      fillOpacity={area.opacity}
      stroke="none"
    />
  );
}, sameAreaPath);

/** The cursor line and a dot on each line at the sample under the pointer. */
export function ActiveSample(props: {
  readonly lines: readonly LiveLine[];
  readonly index: number;
  readonly x: number;
  readonly yScale: PixelScale;
  readonly plot: PlotBox;
}): ReactElement {
  const { lines, index, x, yScale, plot } = props;
  return (
    <g className="chart-live__active">
      <line className="chart-live__cursor" x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} />
      {lines.map((line) => {
        const value = line.values[index] ?? null;
        const y = value === null ? null : yScale(value);
        return y === null ? null : (
          <circle key={line.key} cx={x} cy={y} r={ACTIVE_DOT_RADIUS} fill={line.stroke} />
        );
      })}
    </g>
  );
}

/** Gap between a bar's top and its label (px). */
const BAR_LABEL_GAP = 3;

/** Diagonal stripes in the background colour over a bar's fill: a cue that is not colour. */
export function HatchPattern({ id }: { readonly id: string }): ReactElement {
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={6}
      height={6}
      patternTransform="rotate(45)"
    >
      <line x1={0} y1={0} x2={0} y2={6} stroke={CHART_COLORS.background} strokeWidth={2} />
    </pattern>
  );
}

interface BarShapeProps {
  readonly bar: LiveBar;
  readonly xScale: PixelScale;
  readonly yScale: PixelScale;
  readonly plot: PlotBox;
  readonly hatchId: string;
  /** Without its label (the stretched preview). */
  readonly preview: boolean;
}

function sameLabelText(a: LiveBar['label'], b: LiveBar['label']): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text && a.fill === b.fill);
}

/** Bars, like lines, are rebuilt on every new summary; one that did not change keeps its DOM. */
function sameBar(a: BarShapeProps, b: BarShapeProps): boolean {
  return (
    a.xScale === b.xScale &&
    a.yScale === b.yScale &&
    a.plot === b.plot &&
    a.hatchId === b.hatchId &&
    a.preview === b.preview &&
    a.bar.key === b.bar.key &&
    a.bar.x0 === b.bar.x0 &&
    a.bar.x1 === b.bar.x1 &&
    a.bar.y0 === b.bar.y0 &&
    a.bar.y1 === b.bar.y1 &&
    a.bar.fill === b.bar.fill &&
    a.bar.hatch === b.bar.hatch &&
    sameLabelText(a.bar.label, b.bar.label)
  );
}

export const BarShape = memo(function BarShape(props: BarShapeProps): ReactElement | null {
  const { bar, plot, preview } = props;
  const rect = barRect(bar, props.xScale, props.yScale);
  if (rect === null) return null;
  const label = preview ? undefined : bar.label;
  // Above the bar, from its left end (inside the plot): never over the hatching or the axis.
  const labelX = Math.max(plot.x + BAR_LABEL_GAP, rect.x);
  return (
    <g className="chart-bar" data-bar={bar.key}>
      <rect {...rect} fill={bar.fill} />
      {bar.hatch === true && <rect {...rect} fill={`url(#${props.hatchId})`} />}
      {label !== undefined && (
        <text
          className="chart-live__label"
          x={labelX}
          y={rect.y - BAR_LABEL_GAP}
          textAnchor="start"
          fill={label.fill}
        >
          {label.text}
        </text>
      )}
    </g>
  );
}, sameBar);

/** The cursor across the row under the pointer (the tornado's samples are rows). */
export function ActiveRow(props: { readonly y: number; readonly plot: PlotBox }): ReactElement {
  const { y, plot } = props;
  return (
    <g className="chart-live__active">
      <line className="chart-live__cursor" x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} />
    </g>
  );
}
