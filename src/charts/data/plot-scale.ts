/**
 * Data-to-pixel scales for the charts' live layer (ui/charts/live-plot.tsx), which draws the
 * values, ticks and grid itself so that a slider move never redraws recharts (see
 * docs/architecture.md, "Charts").
 */

export type ScaleKind = 'linear' | 'log';

/** An axis as the data builders describe it: its range, its ticks and how it maps to pixels. */
export interface AxisSpec {
  readonly kind: ScaleKind;
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
}

/** Maps a value to a pixel; null where the value has no place on the axis (non-finite, ≤ 0 on log). */
export type PixelScale = (value: number) => number | null;

/**
 * `domain` onto `range` (pixels; for a y axis, [bottom, top]). A flat domain maps everything to
 * the middle of the range, so a degenerate axis still draws rather than dividing by zero.
 */
export function pixelScale(
  kind: ScaleKind,
  domain: readonly [number, number],
  range: readonly [number, number],
): PixelScale {
  const [r0, r1] = range;
  const transform = kind === 'log' ? Math.log10 : (value: number) => value;
  const t0 = transform(domain[0]);
  const t1 = transform(domain[1]);
  const span = t1 - t0;
  if (!Number.isFinite(t0) || !Number.isFinite(t1)) return () => null;
  return (value) => {
    if (!Number.isFinite(value) || (kind === 'log' && value <= 0)) return null;
    if (span === 0) return (r0 + r1) / 2;
    return r0 + ((transform(value) - t0) / span) * (r1 - r0);
  };
}
