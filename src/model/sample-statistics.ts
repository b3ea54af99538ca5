/**
 * Statistics of a run's samples in linear time, so 100,000 samples summarise in a few
 * milliseconds: percentiles, the mean, counts below thresholds and histograms. The order
 * statistics behind the percentiles come from selection (./order-statistics.ts), not a sort.
 */
import { nice, ticks } from 'd3-array';
import { interpolate, orderStatistics } from './order-statistics';

export interface Percentiles {
  readonly p5: number;
  readonly median: number;
  readonly p95: number;
}

/** Percentiles of `values` at each of `ps` (0–1, ascending). */
export function percentilesAt(values: Float64Array, ps: readonly number[]): number[] {
  return orderStatistics(values, ps).map((statistic) => interpolate(statistic));
}

/**
 * The 5th, 50th and 95th percentiles. The array is read by index: destructuring it made V8 throw
 * away its optimised code whenever the percentiles' element kind changed (./uncertainty.ts,
 * summariseSamples).
 */
export function percentiles(values: Float64Array): Percentiles {
  const at = percentilesAt(values, [0.05, 0.5, 0.95]);
  return { p5: at[0] ?? Number.NaN, median: at[1] ?? Number.NaN, p95: at[2] ?? Number.NaN };
}

/*
 * Each loop over the samples below is in a function that ends with it and returns a local or
 * nothing (docs/architecture.md, "Loops in the worker"): V8 compiles a long loop during its first
 * run, before the code after it has run once, and keeps that code; whatever came after the loop
 * in the same function then fell back to the interpreter on every run.
 */

export function mean(values: Float64Array): number {
  return values.length > 0 ? sumOf(values) / values.length : Number.NaN;
}

function sumOf(values: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < values.length; index += 1) sum += values[index] ?? 0;
  return sum;
}

/**
 * How many values lie below each threshold: counts[j] = #{ v < thresholds[j] }, for ascending
 * thresholds, in one pass (each value finds its first threshold above it by binary search).
 */
export function countsBelow(values: Float64Array, thresholds: readonly number[]): number[] {
  const m = thresholds.length;
  const firstAbove = new Float64Array(m + 1);
  tallyFirstAbove(values, thresholds, firstAbove);
  const counts: number[] = [];
  let running = 0;
  for (let j = 0; j < m; j += 1) {
    running += firstAbove[j] ?? 0;
    counts.push(running);
  }
  return counts;
}

/** firstAbove[j] += how many values have thresholds[j] as the first threshold above them. */
function tallyFirstAbove(
  values: Float64Array,
  thresholds: readonly number[],
  firstAbove: Float64Array,
): void {
  const m = thresholds.length;
  for (const value of values) {
    let low = 0;
    let high = m;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((thresholds[middle] ?? Number.NaN) > value) high = middle;
      else low = middle + 1;
    }
    firstAbove[low] = (firstAbove[low] ?? 0) + 1;
  }
}

export interface Histogram {
  /** Bins of equal width; each holds [x0, x1), the last one [x0, x1]. */
  readonly bins: readonly { readonly x0: number; readonly x1: number; readonly count: number }[];
  /** Samples below the first bin and above the last. */
  readonly below: number;
  readonly above: number;
}

/**
 * Counts of `values` in about `binCount` bins between d3-array's nice ticks over [low, high]
 * (the caller passes a central interval, e.g. the 0.5th to 99.5th percentiles, so a long tail
 * does not squash the rest into one bin). With no spread, one bin at `low`.
 */
export function histogramOf(
  values: Float64Array,
  low: number,
  high: number,
  binCount: number,
): Histogram {
  // A spread below a billionth of the values' size is no spread (and d3's ticks cannot step
  // through subnormal numbers).
  const spread = high - low > 1e-9 * Math.max(1, Math.abs(low), Math.abs(high));
  const edges = spread ? ticks(...nice(low, high, binCount), binCount) : [];
  if (edges.length < 2) {
    const tally = new Float64Array(3);
    tallyAroundPoint(values, low, tally);
    const below = tally[0] ?? 0;
    const count = tally[1] ?? 0;
    return { bins: [{ x0: low, x1: low, count }], below, above: tally[2] ?? 0 };
  }
  const first = edges[0] ?? low;
  const last = edges[edges.length - 1] ?? high;
  // Slot 0 counts the values below the first edge, slot i the i-th bin, the last slot those
  // above the last edge.
  const slots = new Float64Array(edges.length + 1);
  tallyBins(values, edges, first, last, slots);
  const below = slots[0] ?? 0;
  const above = slots[edges.length] ?? 0;
  const counts = slots.subarray(1, edges.length);
  const bins = Array.from(counts, (count, index) => ({
    x0: edges[index] ?? first,
    x1: edges[index + 1] ?? last,
    count,
  }));
  return { bins, below, above };
}

/** tally[0] += values below `point`, tally[1] += values equal to it, tally[2] += the rest. */
function tallyAroundPoint(values: Float64Array, point: number, tally: Float64Array): void {
  for (const value of values) {
    const slot = value < point ? 0 : value === point ? 1 : 2;
    tally[slot] = (tally[slot] ?? 0) + 1;
  }
}

/**
 * slots[0] += values below `first`, slots[edges.length] += values above `last`, and slots[i + 1]
 * += values in the i-th bin [edges[i], edges[i + 1]) (the top edge belongs to the last bin).
 */
function tallyBins(
  values: Float64Array,
  edges: readonly number[],
  first: number,
  last: number,
  slots: Float64Array,
): void {
  const aboveSlot = edges.length;
  for (const value of values) {
    let slot = aboveSlot;
    if (value < first) slot = 0;
    else if (!(value > last)) {
      // The last edge at or below the value.
      let low = 0;
      let high = edges.length - 2;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if ((edges[middle] ?? Number.NaN) <= value) low = middle;
        else high = middle - 1;
      }
      slot = low + 1;
    }
    slots[slot] = (slots[slot] ?? 0) + 1;
  }
}
