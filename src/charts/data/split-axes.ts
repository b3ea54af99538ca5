/**
 * Chart 2's axes: the share of placed people in capabilities roles (0–100 %) and new safety per
 * new capabilities on a log scale. A log axis cannot show 0 or infinity ("all capabilities",
 * "all safety"), so it has a fixed display range and values outside it are drawn on the edge
 * with a flag; the readout and the text alternative then name the real value. Both axes are
 * fixed, so the chart's grid and ticks never redraw.
 */
import { formatPercent, formatRatio } from '../../format/format';
import { fixedAxis, type AxisSpec } from './axis';

/** Display range: 1 safety per 1,000 capabilities up to 1,000 safety per capabilities. */
export const LOG_DOMAIN_MIN = 1 / 1000;
export const LOG_DOMAIN_MAX = 1000;

/** 0 %, 20 %, … 100 %. */
export const SHARE_AXIS: AxisSpec = fixedAxis('linear', [0, 100], (value) => formatPercent(value));

/** One tick per decade, labelled as a ratio: 0.001 → "1 : 1,000", 10 → "10 : 1". */
export const SPLIT_AXIS: AxisSpec = fixedAxis('log', [LOG_DOMAIN_MIN, LOG_DOMAIN_MAX], (value) =>
  formatRatio(value, 1),
);

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
