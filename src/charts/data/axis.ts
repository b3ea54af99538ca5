/**
 * Chart axes: the builders describe each axis (its kind, domain, ticks and tick labels) and the
 * live layer (ui/charts/live-plot.tsx) draws exactly that, mapping values to pixels with
 * `pixelScale`. Axes are plain values, compared with `sameAxis`, so the layer can keep its grid
 * and ticks while a slider move leaves an axis unchanged.
 *
 * The ticks, nice ends and pixel maps are d3-scale's linear and log scales (v4), step for step,
 * on d3-array's `ticks` and `tickIncrement`: d3-scale itself brings d3-interpolate, d3-color and
 * d3-format (their scales map colours and strings too, and write tick labels), about 6 KiB gzip
 * the page would load before its first paint for two number-to-pixel maps. A property test
 * (tests/unit/axis-d3.test.ts) checks every function here against d3-scale on random domains.
 */
import { tickIncrement, ticks } from 'd3-array';

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

/** d3-scale's `linear().domain([start, stop]).nice(count).domain()` (linear.js). */
function niceDomain(start: number, stop: number, count: number): [number, number] {
  let [lo, hi] = stop < start ? [stop, start] : [start, stop];
  let previous: number | undefined;
  for (let tries = 10; tries > 0; tries -= 1) {
    const step = tickIncrement(lo, hi, count);
    if (step === previous) return stop < start ? [hi, lo] : [lo, hi];
    if (step > 0) {
      lo = Math.floor(lo / step) * step;
      hi = Math.ceil(hi / step) * step;
    } else if (step < 0) {
      lo = Math.ceil(lo * step) / step;
      hi = Math.floor(hi * step) / step;
    } else break;
    previous = step;
  }
  return [start, stop];
}

/** 10^x exactly for whole x, as d3-scale's log scale writes its ticks (log.js, pow10). */
function pow10(x: number): number {
  return Number.isFinite(x) ? Number(`1e${x}`) : x < 0 ? 0 : x;
}

/** d3-scale's `log().domain(domain).ticks(count)` for a positive domain (log.js, base 10). */
function logTicks(domain: readonly [number, number], count: number): number[] {
  const reversed = domain[1] < domain[0];
  const [u, v] = reversed ? [domain[1], domain[0]] : domain;
  let i = Math.log10(u);
  let j = Math.log10(v);
  let z: number[] = [];
  if (j - i < count) {
    i = Math.floor(i);
    j = Math.ceil(j);
    if (u > 0) {
      for (; i <= j; ++i) {
        for (let k = 1; k < 10; ++k) {
          const t = i < 0 ? k / pow10(-i) : k * pow10(i);
          if (t < u) continue;
          if (t > v) break;
          z.push(t);
        }
      }
    }
    if (z.length * 2 < count) z = ticks(u, v, count);
  } else {
    z = ticks(i, j, Math.min(j - i, count)).map(pow10);
  }
  return reversed ? z.reverse() : z;
}

/** d3-scale's `linear().domain(domain).ticks(count)`. */
function linearTicks(domain: readonly [number, number], count: number): number[] {
  return ticks(domain[0], domain[1], count);
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
  const [start, end] = niceDomain(lo, hi, TICK_COUNT);
  // + 0 turns a -0 end (from a range starting at -0) into 0, as the first tick is.
  return {
    kind: 'linear',
    domain: [start + 0, end + 0],
    ticks: linearTicks([start, end], TICK_COUNT),
    format,
  };
}

/**
 * An axis over a fixed domain with d3's ticks for it: about `count` (five) round values on a
 * linear axis, one per decade on a log axis. A smaller count keeps the ticks whole on a short
 * axis: d3's step is at least (end − start) / count, so [0, 3] with count 3 ticks 0, 1, 2, 3.
 */
export function fixedAxis(
  kind: ScaleKind,
  domain: readonly [number, number],
  format: (value: number) => string,
  count: number = TICK_COUNT,
): AxisSpec {
  const ticks =
    kind === 'log'
      ? // Asking for no more ticks than decades gives exactly the decades (1, 10, 100…).
        logTicks(domain, Math.floor(Math.log10(domain[1] / domain[0])))
      : linearTicks(domain, count);
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
 * the middle of the range (d3's rule), so a degenerate axis still draws. d3-scale's continuous
 * scale with two values and no clamping (continuous.js, `bimap` and `interpolateNumber`), in the
 * same order of operations, so a pixel is the very number d3 gives; a log scale maps Math.log of
 * the value (log.js, for a positive domain).
 */
export function pixelScale(
  kind: ScaleKind,
  domain: readonly [number, number],
  range: readonly [number, number],
): PixelScale {
  const transform = kind === 'log' ? Math.log : (x: number) => x;
  let [d0, d1] = [transform(domain[0]), transform(domain[1])];
  let [r0, r1] = range;
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  const flat = Number.isNaN(span) ? Number.NaN : 0.5;
  return (value) => {
    const t = span ? (transform(value) - d0) / span : flat;
    const pixel = r0 * (1 - t) + r1 * t;
    return Number.isFinite(pixel) ? pixel : null;
  };
}
