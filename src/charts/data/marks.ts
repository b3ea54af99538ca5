/**
 * SVG path text of the live layer's marks, on d3-shape: data lines and bands broken at gaps, and
 * marker symbols centred on (0, 0). Kept here, away from React, so the drawing is tested as plain
 * functions.
 */
import {
  area,
  line,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';

/**
 * Decimals written in a line's path: a tenth of a pixel is below anything a screen shows, and
 * fewer digits keep the path text short (a line's `d` changes on every slider move).
 */
const LINE_DIGITS = 1;
/** Markers are drawn once per style and moved with a translate, so two decimals cost nothing. */
const MARKER_DIGITS = 2;

/** A finite pixel that stays finite when d3 rounds it (huge values overflow to Infinity). */
function drawable(pixel: number | null | undefined): pixel is number {
  return Number.isFinite((pixel ?? Number.NaN) * 10 ** LINE_DIGITS);
}

/** The x pixels of the line being drawn, read by the generator below. */
let lineXs: readonly (number | null)[] = [];

/**
 * One generator for every line: it runs for every line on every slider move, so it is made once
 * rather than per call, and reads the x pixels of the current call from `lineXs`.
 */
const linePathOf = line<number | null>()
  .defined((y, index) => drawable(y) && drawable(lineXs[index]))
  .x((_, index) => lineXs[index] ?? 0)
  .y((y) => y ?? 0)
  .digits(LINE_DIGITS);

/**
 * "M x,y L x,y …" through (xPixels[i], yPixel(values[i])), starting a new subpath after each gap
 * (a null value, or a value or x with no place on the axis), so a line is broken where no value
 * exists rather than joined across it. Returns "" when there is nothing to draw.
 */
export function seriesPath(
  xPixels: readonly (number | null)[],
  values: readonly (number | null)[],
  yPixel: (value: number) => number | null,
): string {
  lineXs = xPixels;
  const path = linePathOf(values.map((value) => (value === null ? null : yPixel(value))));
  lineXs = [];
  return path ?? '';
}

/** The x pixels of the area being drawn, read by the generator below (as `lineXs`). */
let areaXs: readonly (number | null)[] = [];
let areaHighs: readonly (number | null)[] = [];

const areaPathOf = area<number | null>()
  .defined((low, index) => drawable(low) && drawable(areaHighs[index]) && drawable(areaXs[index]))
  .x((_, index) => areaXs[index] ?? 0)
  .y0((low) => low ?? 0)
  .y1((_, index) => areaHighs[index] ?? 0)
  .digits(LINE_DIGITS);

/**
 * The closed path of the area between `lows` and `highs` at `xPixels` (a line's 90 % band), with a
 * gap wherever an end or x has no place on the axis, as `seriesPath` breaks a line. "" when there
 * is nothing to draw.
 */
export function areaPath(
  xPixels: readonly (number | null)[],
  lows: readonly (number | null)[],
  highs: readonly (number | null)[],
  yPixel: (value: number) => number | null,
): string {
  areaXs = xPixels;
  areaHighs = highs.map((value) => (value === null ? null : yPixel(value)));
  const path = areaPathOf(lows.map((value) => (value === null ? null : yPixel(value))));
  areaXs = [];
  areaHighs = [];
  return path ?? '';
}

export type MarkerSymbol = 'circle' | 'diamond' | 'triangle' | 'square' | 'cross';

const SYMBOLS: Readonly<Record<MarkerSymbol, SymbolType>> = {
  circle: symbolCircle,
  diamond: symbolDiamond,
  triangle: symbolTriangle,
  square: symbolSquare,
  cross: symbolCross,
};

/** The path of `name` with area `area` (px²), centred on the origin; a bad area draws a point. */
export function markerPath(name: MarkerSymbol, area: number): string {
  const size = Number.isFinite(area) && area > 0 ? area : 0;
  return symbol(SYMBOLS[name], size).digits(MARKER_DIGITS)() ?? '';
}

/** A bar in data values: the rectangle from (x0, y0) to (x1, y1), in either order. */
export interface BarExtent {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The thinnest a bar is drawn (px), so a bar of no width (a point range, one-value bin) shows. */
const MIN_BAR_PIXELS = 1;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The pixel rectangle of a bar, rounded to a tenth of a pixel like the lines; null when an end
 * has no place on its axis. A bar thinner than a pixel is widened around its middle.
 */
export function barRect(
  bar: BarExtent,
  xPixel: (value: number) => number | null,
  yPixel: (value: number) => number | null,
): PixelRect | null {
  const ends = [xPixel(bar.x0), xPixel(bar.x1), yPixel(bar.y0), yPixel(bar.y1)];
  if (!ends.every(drawable)) return null;
  const [a, b, c, d] = ends as [number, number, number, number];
  let left = Math.min(a, b);
  let width = Math.abs(b - a);
  let top = Math.min(c, d);
  let height = Math.abs(d - c);
  if (width < MIN_BAR_PIXELS) {
    left -= (MIN_BAR_PIXELS - width) / 2;
    width = MIN_BAR_PIXELS;
  }
  if (height < MIN_BAR_PIXELS) {
    top -= (MIN_BAR_PIXELS - height) / 2;
    height = MIN_BAR_PIXELS;
  }
  return { x: round(left), y: round(top), width: round(width), height: round(height) };
}
