/**
 * The SVG pieces the live layer draws (live-plot.tsx): grid, axis ticks, shaded bands,
 * reference rules with their labels, data lines and the hover cursor. Each takes pixel scales and
 * the plot box; none of them touches recharts' store, so redrawing them is cheap.
 */
import { memo, type ReactElement } from 'react';
import { seriesPath } from '../../charts/data/plot-path';
import type { AxisSpec, PixelScale } from '../../charts/data/plot-scale';
import { CHART_COLORS } from '../../theme/colors';
import type { LiveBand, LiveLine, LiveRule } from './live-plot';

export interface PlotBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Tick length and the gap to its label (px), as recharts draws them. */
const TICK_SIZE = 6;
const TICK_GAP = 3;
/** Label offsets from a rule and the plot edge (px). */
const LABEL_INSET = 4;
const LABEL_BELOW = 13;
const ACTIVE_DOT_RADIUS = 4;
const GRID_DASH = '3 3';

/** Pixel positions of the ticks that fall on the axis. */
function tickPixels(axis: AxisSpec, scale: PixelScale): { value: number; pixel: number }[] {
  const placed: { value: number; pixel: number }[] = [];
  for (const value of axis.ticks) {
    const pixel = scale(value);
    if (pixel !== null) placed.push({ value, pixel });
  }
  return placed;
}

function GridComponent(props: {
  readonly xAxis: AxisSpec;
  readonly yAxis: AxisSpec;
  readonly xScale: PixelScale;
  readonly yScale: PixelScale;
  readonly plot: PlotBox;
}): ReactElement {
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

/** Tick marks and labels outside the plot: below it for x, left of it for y. */
function AxisTicksComponent(props: {
  readonly axis: AxisSpec;
  readonly scale: PixelScale;
  readonly side: 'x' | 'y';
  readonly plot: PlotBox;
}): ReactElement {
  const { plot, side } = props;
  const bottom = plot.y + plot.height;
  return (
    <g className={`chart-axis chart-axis--${side}`}>
      {/* Keyed by position, like the grid: a changed axis updates its ticks in place. */}
      {tickPixels(props.axis, props.scale).map(({ value, pixel }, index) =>
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
              {props.axis.format(value)}
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
              {props.axis.format(value)}
            </text>
          </g>
        ),
      )}
    </g>
  );
}

/** Memoised: the grid changes only with an axis or the plot size. */
export const Grid = memo(GridComponent);
/** Memoised: ticks change only with their axis or the plot size. */
export const AxisTicks = memo(AxisTicksComponent);

interface BandProps {
  readonly band: LiveBand;
  readonly yScale: PixelScale;
  readonly plot: PlotBox;
}

/** Like the rules: bands are rebuilt on every move but seldom change. */
function sameBand(a: BandProps, b: BandProps): boolean {
  const x = a.band;
  const y = b.band;
  return (
    a.yScale === b.yScale &&
    a.plot === b.plot &&
    x.key === y.key &&
    x.y1 === y.y1 &&
    x.y2 === y.y2 &&
    x.fill === y.fill &&
    x.opacity === y.opacity &&
    x.label?.text === y.label?.text &&
    x.label?.placement === y.label?.placement &&
    x.label?.fill === y.label?.fill
  );
}

export const Band = memo(function Band(props: BandProps): ReactElement | null {
  const { band, plot } = props;
  const a = props.yScale(band.y1);
  const b = props.yScale(band.y2);
  if (a === null || b === null) return null;
  const top = Math.max(plot.y, Math.min(a, b));
  const bottom = Math.min(plot.y + plot.height, Math.max(a, b));
  if (bottom <= top) return null;
  const label = band.label;
  const topRight = label?.placement === 'top-right';
  return (
    <g className="chart-band" data-band={band.key}>
      <rect
        className="chart-band__rect"
        x={plot.x}
        y={top}
        width={plot.width}
        height={bottom - top}
        fill={band.fill}
        fillOpacity={band.opacity}
      />
      {label !== undefined && (
        <text
          className="chart-live__label"
          x={topRight ? plot.x + plot.width - LABEL_INSET : plot.x + LABEL_INSET}
          y={topRight ? top + LABEL_BELOW : bottom - LABEL_INSET}
          textAnchor={topRight ? 'end' : 'start'}
          fill={label.fill}
        >
          {label.text}
        </text>
      )}
    </g>
  );
}, sameBand);

interface RuleProps {
  readonly rule: LiveRule;
  readonly position: number;
  readonly plot: PlotBox;
}

/**
 * Rules are rebuilt on every slider move, but most do not move (the 1 : 10 and 1 : 100 lines
 * while a placement slider is dragged): compare what they draw, not their identity.
 */
function sameRule(a: RuleProps, b: RuleProps): boolean {
  const x = a.rule;
  const y = b.rule;
  return (
    a.position === b.position &&
    a.plot === b.plot &&
    x.key === y.key &&
    x.axis === y.axis &&
    x.stroke === y.stroke &&
    x.dash === y.dash &&
    x.width === y.width &&
    x.label?.text === y.label?.text &&
    x.label?.placement === y.label?.placement &&
    x.label?.fill === y.label?.fill
  );
}

/** The rule's line (clipped to the plot by the caller). */
export const RuleLine = memo(function RuleLine(props: RuleProps): ReactElement {
  const { rule, position, plot } = props;
  const horizontal = rule.axis === 'y';
  return (
    <line
      className="chart-rule"
      data-rule={rule.key}
      x1={horizontal ? plot.x : position}
      x2={horizontal ? plot.x + plot.width : position}
      y1={horizontal ? position : plot.y}
      y2={horizontal ? position : plot.y + plot.height}
      stroke={rule.stroke}
      strokeDasharray={rule.dash}
      strokeWidth={rule.width}
    />
  );
}, sameRule);

/** The rule's label: for a y rule at the left or right end, for an x rule at the top or bottom. */
export const RuleLabel = memo(function RuleLabel(props: RuleProps): ReactElement | null {
  const { rule, position, plot } = props;
  const label = rule.label;
  if (label === undefined) return null;
  const left = label.placement.endsWith('left');
  const above = label.placement.startsWith('above');
  const horizontal = rule.axis === 'y';
  const x = horizontal
    ? left
      ? plot.x + LABEL_INSET
      : plot.x + plot.width - LABEL_INSET
    : position + (left ? -LABEL_INSET : LABEL_INSET);
  const y = horizontal
    ? position + (above ? -LABEL_INSET : LABEL_BELOW)
    : above
      ? plot.y + LABEL_BELOW
      : plot.y + plot.height - LABEL_INSET;
  // A y rule's label reads inward from the plot edge; an x rule's away from its line.
  const anchor = left === horizontal ? 'start' : 'end';
  return (
    <text className="chart-live__label" x={x} y={y} textAnchor={anchor} fill={label.fill}>
      {label.text}
    </text>
  );
}, sameRule);

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
