/**
 * Pure geometry for the charts' live layer (ui/charts/live-plot.tsx): SVG path text for a series
 * already mapped to pixels, and the data point nearest to a pointer position.
 *
 * Kept here, away from React and recharts, so the drawing the user sees on every slider move is
 * tested as plain functions.
 */

/** A point in pixels, or null for a gap (a value the chart cannot show, e.g. no ratio exists). */
export type PixelPoint = readonly [x: number, y: number] | null;

/** Pixels are written to 0.1 px: finer detail is invisible and only lengthens the path text. */
function pixel(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * "M x,y L x,y …" through the points, starting a new subpath after each gap, so a line is broken
 * where no value exists rather than joined across it. Non-finite coordinates count as gaps.
 * Returns "" when there is nothing to draw.
 */
export function linePath(points: readonly PixelPoint[]): string {
  const parts: string[] = [];
  let drawing = false;
  for (const point of points) {
    // Rounding can overflow a huge finite value to Infinity, so the check comes after it.
    const x = point === null ? Number.NaN : pixel(point[0]);
    const y = point === null ? Number.NaN : pixel(point[1]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? 'L' : 'M'}${x},${y}`);
    drawing = true;
  }
  return parts.join('');
}

/**
 * The same path as linePath(), built straight from x pixels and y values without an array of
 * points in between: this runs for every line on every slider move, so it allocates only the
 * path text. `yPixel` maps a value to its pixel (null: no place on the axis, a gap).
 */
export function seriesPath(
  xPixels: readonly (number | null)[],
  values: readonly (number | null)[],
  yPixel: (value: number) => number | null,
): string {
  let path = '';
  let drawing = false;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] ?? null;
    const rawX = xPixels[index] ?? null;
    const rawY = value === null ? null : yPixel(value);
    const x = rawX === null ? Number.NaN : pixel(rawX);
    const y = rawY === null ? Number.NaN : pixel(rawY);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${x},${y}`;
    drawing = true;
  }
  return path;
}

/**
 * Index of the value in `sorted` (ascending) nearest to `target`; ties go to the lower one.
 * Returns -1 for an empty list or a non-finite target.
 */
export function nearestIndex(sorted: readonly number[], target: number): number {
  if (sorted.length === 0 || !Number.isFinite(target)) return -1;
  let low = 0;
  let high = sorted.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) <= target) low = middle;
    else high = middle;
  }
  const below = sorted[low] ?? 0;
  const above = sorted[high] ?? 0;
  return Math.abs(target - below) <= Math.abs(above - target) ? low : high;
}
