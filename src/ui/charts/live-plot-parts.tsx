/**
 * The SVG marks the live layer draws (live-plot.tsx): data lines, areas (a line's 90 % band),
 * bars and the hover cursor (the grid and axis ticks are in live-plot-axes.tsx, bands and rules
 * in live-plot-annotations.tsx). Each takes pixel scales and the plot box; none of them touches
 * recharts' store, so redrawing them is cheap.
 */
import { memo, type ReactElement } from 'react';
import type { PixelScale } from '../../charts/data/axis';
import { areaPath, barRect, seriesPath } from '../../charts/data/marks';
import { CHART_COLORS } from '../../theme/colors';
import type { LiveArea, LiveBar, LiveLine } from './live-plot';

export interface PlotBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const ACTIVE_DOT_RADIUS = 4;

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
