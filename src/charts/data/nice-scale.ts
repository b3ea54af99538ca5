/**
 * "Nice" round numbers for axes: 1, 2, 2.5 and 5 × 10^k. Readers can interpolate between such
 * ticks at a glance, which matters more here than fitting the data tightly.
 */

const NICE_MANTISSAS = [1, 2, 2.5, 5, 10] as const;

/** Removes binary noise from computed ticks (0.1 × 3 = 0.3, not 0.30000000000000004). */
export function tidy(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(12));
}

/** Smallest nice number (1, 2, 2.5, 5 × 10^k) that is at least `value`; 1 for non-positive input. */
export function niceCeil(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const mantissa of NICE_MANTISSAS) {
    const candidate = tidy(mantissa * power);
    if (candidate >= value) return candidate;
  }
  // Unreachable in exact arithmetic; kept so a rounding surprise cannot return a too-small value.
  return tidy(10 * power);
}

export interface NiceAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

// Identical axes are returned as the same object: recharts skips re-registering an axis whose
// props are unchanged, which matters when every slider move redraws three charts.
const axisCache = new Map<string, NiceAxis>();
const AXIS_CACHE_LIMIT = 200;

/**
 * A linear axis that contains [min, max], with about `targetTicks` nice ticks. A flat range
 * (min === max) is widened so the axis still has a visible extent. Equal axes are the same
 * object (see above), so treat the result as immutable.
 */
export function niceLinearAxis(min: number, max: number, targetTicks = 5): NiceAxis {
  let lo = Number.isFinite(min) ? min : 0;
  let hi = Number.isFinite(max) ? max : 1;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
    const spread = lo === 0 ? 1 : Math.abs(lo) / 2;
    lo -= spread;
    hi += spread;
  }
  const step = niceCeil((hi - lo) / targetTicks);
  const start = tidy(Math.floor(lo / step + 1e-9) * step);
  const end = tidy(Math.ceil(hi / step - 1e-9) * step);
  const key = `${start}|${end}|${step}`;
  const cached = axisCache.get(key);
  if (cached !== undefined) return cached;
  const ticks: number[] = [];
  const count = Math.round((end - start) / step);
  for (let i = 0; i <= count; i += 1) ticks.push(tidy(start + i * step));
  const axis: NiceAxis = { domain: [start, end], ticks };
  if (axisCache.size >= AXIS_CACHE_LIMIT) axisCache.clear();
  axisCache.set(key, axis);
  return axis;
}
