/**
 * Chart axes, on d3-scale: the builders describe each axis (its kind, domain, ticks and tick
 * labels) and the live layer (ui/charts/live-plot.tsx) draws exactly that, mapping values to
 * pixels with the same d3 scale. Axes are plain values, compared with `sameAxis`, so the layer
 * can keep its grid and ticks while a slider move leaves an axis unchanged.
 */
import { scaleLinear, scaleLog } from 'd3-scale';

export type ScaleKind = 'linear' | 'log';

/** An axis as the builders describe it and the live layer draws it. */
export interface AxisSpec {
  readonly kind: ScaleKind;
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
}

/** About five ticks: few enough to read at a glance, enough to interpolate between. */
const TICK_COUNT = 5;

function d3Scale(kind: ScaleKind, domain: readonly [number, number]) {
  return (kind === 'log' ? scaleLog() : scaleLinear()).domain(domain);
}

/**
 * A linear axis over the range [min, max] made nice: its ends are round multiples of the tick
 * step (1, 2 or 5 × 10^k), so the data fits and the first and last ticks sit on the ends. A flat
 * range (min === max) is widened first, so the axis still has a visible extent.
 */
export function niceLinearAxis(
  min: number,
  max: number,
  format: (value: number) => string,
): AxisSpec {
  let lo = Number.isFinite(min) ? min : 0;
  let hi = Number.isFinite(max) ? max : 1;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
    // Around zero (or a value too small to halve), a unit either side.
    const spread = Math.abs(lo) > 1e-12 ? Math.abs(lo) / 2 : 1;
    lo -= spread;
    hi += spread;
  }
  const scale = scaleLinear().domain([lo, hi]).nice(TICK_COUNT);
  const [start = lo, end = hi] = scale.domain();
  // + 0 turns a -0 end (from a range starting at -0) into 0, as the first tick is.
  return { kind: 'linear', domain: [start + 0, end + 0], ticks: scale.ticks(TICK_COUNT), format };
}

/**
 * An axis over a fixed domain with d3's ticks for it: about five round values on a linear axis,
 * one per decade on a log axis.
 */
export function fixedAxis(
  kind: ScaleKind,
  domain: readonly [number, number],
  format: (value: number) => string,
): AxisSpec {
  const ticks =
    kind === 'log'
      ? // Asking for no more ticks than decades gives exactly the decades (1, 10, 100…).
        d3Scale(kind, domain).ticks(Math.floor(Math.log10(domain[1] / domain[0])))
      : d3Scale(kind, domain).ticks(TICK_COUNT);
  return { kind, domain, ticks, format };
}

/** Same kind, domain, ticks and labels: drawing either gives the same picture. */
export function sameAxis(a: AxisSpec, b: AxisSpec): boolean {
  if (a === b) return true;
  return (
    a.kind === b.kind &&
    a.format === b.format &&
    a.domain[0] === b.domain[0] &&
    a.domain[1] === b.domain[1] &&
    a.ticks.length === b.ticks.length &&
    a.ticks.every((tick, index) => tick === b.ticks[index])
  );
}

/** Maps a value to a pixel; null where it has no place on the axis (non-finite, ≤ 0 on log). */
export type PixelScale = (value: number) => number | null;

/**
 * `domain` onto `range` (pixels; for a y axis, [bottom, top]). A flat domain maps everything to
 * the middle of the range (d3's rule), so a degenerate axis still draws.
 */
export function pixelScale(
  kind: ScaleKind,
  domain: readonly [number, number],
  range: readonly [number, number],
): PixelScale {
  const scale = d3Scale(kind, domain).range(range);
  return (value) => {
    const pixel = scale(value);
    return Number.isFinite(pixel) ? pixel : null;
  };
}
