/** Small statistics helpers: percentiles by linear interpolation between closest ranks. */

/**
 * @param {readonly number[]} values
 * @param {number} p Percentile, 0–100.
 * @returns {number} NaN when there are no values.
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/**
 * @typedef {object} Summary
 * @property {number} n
 * @property {number} median
 * @property {number} p95
 * @property {number} max
 */

/**
 * @param {readonly number[]} values
 * @returns {Summary}
 */
export function summarise(values) {
  return {
    n: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
  };
}

/**
 * @param {readonly number[]} values
 * @returns {{ min: number, max: number }}
 */
export function range(values) {
  return { min: Math.min(...values), max: Math.max(...values) };
}

/**
 * @param {number} value
 * @param {number} [digits]
 */
export function round(value, digits = 2) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
