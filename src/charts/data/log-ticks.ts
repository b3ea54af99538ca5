/**
 * The log-scale safety : capabilities axis. A log axis cannot show 0 or infinity ("all
 * capabilities", "all safety"), so the axis has a fixed display range and values outside it are
 * drawn on the edge with a flag; tooltips and the text alternative then name the real value.
 */
import { formatRatio } from '../../format/format';

/** Display range: 1 safety per 1,000 capabilities up to 1,000 safety per capabilities. */
export const LOG_DOMAIN_MIN = 1 / 1000;
export const LOG_DOMAIN_MAX = 1000;
export const LOG_DOMAIN: readonly [number, number] = [LOG_DOMAIN_MIN, LOG_DOMAIN_MAX];

/** One tick per decade; written as literals so 10^-3 is exactly the domain minimum. */
export const LOG_TICKS: readonly number[] = [0.001, 0.01, 0.1, 1, 10, 100, 1000];

/** Which edge a value was clamped to, if any. */
export type OffScale = 'above' | 'below' | null;

export interface ClampedValue {
  readonly y: number;
  readonly offScale: OffScale;
}

/** Clamps a safety-per-capabilities value into the display range; ±Infinity clamp to the edges. */
export function clampToLogDomain(value: number): ClampedValue {
  if (Number.isNaN(value)) throw new RangeError('clampToLogDomain: NaN has no place on the axis');
  if (value > LOG_DOMAIN_MAX) return { y: LOG_DOMAIN_MAX, offScale: 'above' };
  if (value < LOG_DOMAIN_MIN) return { y: LOG_DOMAIN_MIN, offScale: 'below' };
  return { y: value, offScale: null };
}

/** Tick label for a safety-per-capabilities value: 0.001 → "1 : 1,000", 10 → "10 : 1". */
export function formatLogTick(value: number): string {
  return formatRatio(value, 1);
}
