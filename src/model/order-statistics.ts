/**
 * Order statistics of a run's samples in linear time, so 100,000 samples summarise in a few
 * milliseconds (a full sort of each array would cost more than the sampling itself).
 *
 * Percentiles follow d3-array's `quantile` (linear between order statistics, R-7): the p-th
 * percentile of n values is a[i0] + (a[i0 + 1] − a[i0]) × (i − i0), i = (n − 1) p, where a is the
 * values in order. The order statistics are found by selection (`selectInPlace`), the partition
 * of d3-array's `quickselect` specialised to a Float64Array: d3's generic version calls a
 * comparator per comparison and took two thirds of a 100,000-sample run in a CPU profile.
 * +∞ samples (the break-even ratio with no safety placements) give +∞ wherever they enter the
 * interpolation. tests/unit/sample-statistics.test.ts checks every result against a full sort.
 */
/** The smallest of a[from..to], inclusive; +∞ for an empty slice. */
function minimumOf(a: Float64Array, from: number, to: number): number {
  let smallest = Number.POSITIVE_INFINITY;
  for (let index = from; index <= to; index += 1) {
    const value = a[index] ?? Number.POSITIVE_INFINITY;
    if (value < smallest) smallest = value;
  }
  return smallest;
}

/**
 * Rearranges a[left..right] so that a[k] is the value that would be there in sorted order, with
 * nothing larger before it and nothing smaller after it (Floyd and Rivest's selection, as
 * d3-array's quickselect, without its comparator). No NaN values.
 */
export function selectInPlace(a: Float64Array, k: number, left: number, right: number): void {
  let low = left;
  let high = right;
  while (high > low) {
    if (high - low > FLOYD_RIVEST_MIN) {
      // Floyd and Rivest's step, as d3's quickselect: first select k in a sample-sized slice
      // around where it should land, so the pivot below is close to the answer and one or two
      // partitions of the whole range suffice (about 1 + min(k, n − k) / n passes instead of 3).
      const n = high - low + 1;
      const m = k - low + 1;
      const z = Math.log(n);
      const size = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * size * (n - size)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const sliceLow = Math.max(low, Math.floor(k - (m * size) / n + sd));
      const sliceHigh = Math.min(high, Math.floor(k + ((n - m) * size) / n + sd));
      selectInPlace(a, k, sliceLow, sliceHigh);
    }
    const pivot = a[k] ?? 0;
    swap(a, low, k);
    if ((a[high] ?? 0) > pivot) swap(a, low, high);
    let j = partitionScan(a, pivot, low, high);
    if (a[low] === pivot) swap(a, low, j);
    else {
      j += 1;
      swap(a, j, high);
    }
    if (j <= k) low = j + 1;
    if (k <= j) high = j - 1;
  }
}

/**
 * The partition's scan of d3's quickselect from a[from] and a[to] inwards, swapping the pairs on
 * the wrong side of `pivot`; returns where the scan from the top stopped. A function of its own
 * that ends with its loop: V8 compiles the scan while the first long one runs, and with the scan
 * inside selectInPlace's loop that code fell back to the interpreter each time the scan ended
 * (docs/architecture.md, "Loops in the worker").
 */
function partitionScan(a: Float64Array, pivot: number, from: number, to: number): number {
  let i = from;
  let j = to;
  while (i < j) {
    swap(a, i, j);
    i += 1;
    j -= 1;
    while ((a[i] ?? 0) < pivot) i += 1;
    while ((a[j] ?? 0) > pivot) j -= 1;
  }
  return j;
}

/** Ranges longer than this get the Floyd–Rivest step (d3's threshold). */
const FLOYD_RIVEST_MIN = 600;

function swap(a: Float64Array, i: number, j: number): void {
  const value = a[i] ?? 0;
  a[i] = a[j] ?? 0;
  a[j] = value;
}

/** One scratch buffer for the selections, grown as needed: a run makes a dozen of them. */
let scratch = new Float64Array(0);

function copyToScratch(values: Float64Array): Float64Array {
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  const copy = scratch.subarray(0, values.length);
  copy.set(values);
  return copy;
}

/** The two order statistics a percentile interpolates between, and how far between them it is. */
export interface OrderStatistic {
  readonly value: number;
  readonly next: number;
  readonly fraction: number;
}

/**
 * The order statistics behind the percentiles of `values` at each of `ps` (0–1, ascending),
 * leaving `values` untouched. Each selection works on the part of a scratch copy above the
 * previous one. An input that is not a range gives whole columns of one value: those return at
 * once.
 */
export function orderStatistics(values: Float64Array, ps: readonly number[]): OrderStatistic[] {
  const n = values.length;
  if (n === 0) return ps.map(() => ({ value: Number.NaN, next: Number.NaN, fraction: 0 }));
  const smallest = minimumOf(values, 0, n - 1);
  const largest = maximumOf(values, 0, n - 1);
  if (smallest === largest) return ps.map(() => ({ value: smallest, next: smallest, fraction: 0 }));
  const a = copyToScratch(values);
  let left = 0;
  return ps.map((p) => {
    const position = (n - 1) * Math.min(1, Math.max(0, p));
    const k = Math.floor(position);
    selectInPlace(a, k, left, n - 1);
    left = k;
    const value = a[k] ?? Number.NaN;
    const fraction = position - k;
    return { value, next: fraction === 0 ? value : minimumOf(a, k + 1, n - 1), fraction };
  });
}

/** The largest of a[from..to], inclusive; −∞ for an empty slice. */
function maximumOf(a: Float64Array, from: number, to: number): number {
  let largest = Number.NEGATIVE_INFINITY;
  for (let index = from; index <= to; index += 1) {
    const value = a[index] ?? Number.NEGATIVE_INFINITY;
    if (value > largest) largest = value;
  }
  return largest;
}

/** Below this many values the tails are not worth a probe: select in the whole array. */
const TAIL_PROBE_MIN = 1_000;
/** Values in the probe that sets the tails' thresholds. */
const PROBE_SIZE = 256;
/**
 * The probe's rank for the low threshold: its 5th percentile plus four standard deviations of a
 * sampled percentile (√(m·0.05·0.95) ≈ 3.5 ranks), so the threshold falls short of the true 5th
 * percentile about once in 30,000 probes (the exact fallback then runs).
 */
const PROBE_RANK = Math.ceil(PROBE_SIZE * 0.05 + 4 * Math.sqrt(PROBE_SIZE * 0.05 * 0.95)) + 1;

const probe = new Float64Array(PROBE_SIZE);
let lowTail = new Float64Array(0);
let highTail = new Float64Array(0);

/**
 * The order statistics of the 5th and 95th percentiles of `a`, which it may rearrange: what a
 * 90 % band needs at each of its x samples (./curve-bands.ts). Selection in the whole array
 * spends most of its time on comparisons the processor cannot predict (each value is as likely
 * to go either way), so for large arrays the two tails are cut out first: a probe of every
 * (n / 256)-th value (the samples are in random order, so it is a random sample) sets a
 * threshold a little inside each tail, one pass copies the values beyond them (about 9 % each;
 * the comparison is predictable for the 80 % in between), and the percentiles are selected in
 * those small tails. When a tail turns out too small to hold its percentile (the probe was
 * unlucky, or many values tie), the exact selection in the whole array runs instead, so the
 * result is always exactly the percentile.
 */
export function bandStatistics(a: Float64Array): readonly [OrderStatistic, OrderStatistic] {
  return (a.length >= TAIL_PROBE_MIN ? tailStatistics(a) : null) ?? selectedBandStatistics(a);
}

/** bandStatistics from the two tails, or null when a tail is too small (see above). */
function tailStatistics(a: Float64Array): readonly [OrderStatistic, OrderStatistic] | null {
  const n = a.length;
  const last = n - 1;
  fillProbe(a, Math.floor(n / PROBE_SIZE));
  selectInPlace(probe, PROBE_RANK, 0, PROBE_SIZE - 1);
  const lowThreshold = probe[PROBE_RANK] ?? Number.NaN;
  const highRankInProbe = PROBE_SIZE - 1 - PROBE_RANK;
  selectInPlace(probe, highRankInProbe, PROBE_RANK, PROBE_SIZE - 1);
  const highThreshold = probe[highRankInProbe] ?? Number.NaN;
  if (!(lowThreshold < highThreshold)) return null;
  if (lowTail.length < n) {
    lowTail = new Float64Array(n);
    highTail = new Float64Array(n);
  }
  const lows = copyTails(a, lowThreshold, highThreshold);
  const highs = highsCopied;
  // The low tail is every value ≤ its threshold: the `lows` smallest values, ranks 0 to lows − 1.
  // The high tail is the `highs` largest, ranks n − highs to n − 1.
  const low = last * 0.05;
  const lowRank = Math.floor(low);
  const high = last * 0.95;
  const highRank = Math.floor(high);
  if (lows < lowRank + 2 || n - highs > highRank) return null;
  const lowPart = lowTail.subarray(0, lows);
  const highPart = highTail.subarray(0, highs);
  const highRankInTail = highRank - (n - highs);
  selectInPlace(lowPart, lowRank, 0, lows - 1);
  selectInPlace(highPart, highRankInTail, 0, highs - 1);
  return [
    statisticAt(lowPart, lowRank, low - lowRank),
    statisticAt(highPart, highRankInTail, high - highRank),
  ];
}

/*
 * The loops of tailStatistics, each in a function that ends with it (docs/architecture.md, "Loops
 * in the worker"): with the loops inline, V8's code for tailStatistics, compiled while its first
 * long loop ran, fell back to the interpreter after that loop on every run.
 */

/** probe[i] = a[i × stride]: every stride-th value. */
function fillProbe(a: Float64Array, stride: number): void {
  for (let index = 0; index < PROBE_SIZE; index += 1) probe[index] = a[index * stride] ?? 0;
}

/** How many values the last copyTails put in highTail (a second result without an object). */
let highsCopied = 0;

/**
 * Copies the values ≤ lowThreshold into lowTail and those ≥ highThreshold into highTail, in
 * order; returns how many went to lowTail, and leaves in highsCopied how many went to highTail.
 */
function copyTails(a: Float64Array, lowThreshold: number, highThreshold: number): number {
  let lows = 0;
  let highs = 0;
  for (let index = 0; index < a.length; index += 1) {
    const value = a[index] ?? 0;
    if (value <= lowThreshold) {
      lowTail[lows] = value;
      lows += 1;
    } else if (value >= highThreshold) {
      highTail[highs] = value;
      highs += 1;
    }
  }
  highsCopied = highs;
  return lows;
}

/** The order statistic at rank k of a selected array, with its neighbour when interpolating. */
function statisticAt(a: Float64Array, k: number, fraction: number): OrderStatistic {
  const value = a[k] ?? Number.NaN;
  if (fraction === 0) return { value, next: value, fraction: 0 };
  return { value, next: minimumOf(a, k + 1, a.length - 1), fraction };
}

/**
 * bandStatistics by selection in the whole array, in about two passes: the 5th percentile
 * interpolates between ranks k and k + 1 near the bottom, so rank k + 1 is selected and rank k
 * is the largest of the few values below it (not the smallest of the many above rank k, as
 * `orderStatistics` finds it); the 95th selects in the part above, and its rank k + 1 is the
 * smallest of the few values above it.
 */
function selectedBandStatistics(a: Float64Array): readonly [OrderStatistic, OrderStatistic] {
  const n = a.length;
  const none = { value: Number.NaN, next: Number.NaN, fraction: 0 };
  if (n === 0) return [none, none];
  const last = n - 1;
  const low = last * 0.05;
  const lowRank = Math.floor(low);
  const lowFraction = low - lowRank;
  let lowStatistic: OrderStatistic;
  if (lowFraction === 0 || lowRank + 1 > last) {
    selectInPlace(a, lowRank, 0, last);
    const value = a[lowRank] ?? Number.NaN;
    lowStatistic = { value, next: value, fraction: 0 };
  } else {
    selectInPlace(a, lowRank + 1, 0, last);
    lowStatistic = {
      value: maximumOf(a, 0, lowRank),
      next: a[lowRank + 1] ?? Number.NaN,
      fraction: lowFraction,
    };
  }
  const high = last * 0.95;
  const highRank = Math.floor(high);
  const highFraction = high - highRank;
  // Everything from lowRank + 1 up is at least the low statistics, so the high rank is there.
  selectInPlace(a, highRank, Math.min(highRank, lowRank + 1), last);
  const value = a[highRank] ?? Number.NaN;
  const highStatistic =
    highFraction === 0
      ? { value, next: value, fraction: 0 }
      : { value, next: minimumOf(a, highRank + 1, last), fraction: highFraction };
  return [lowStatistic, highStatistic];
}

/**
 * The percentile an order statistic gives, of the values or of a non-decreasing function of them
 * (`transform`): the samples of an input are a non-decreasing function of its normal draws, so
 * their percentiles follow from the draws' order statistics, which a run can reuse.
 */
export function interpolate(
  statistic: OrderStatistic,
  transform: (value: number) => number = (value) => value,
): number {
  const value = transform(statistic.value);
  if (statistic.fraction === 0) return value;
  const next = transform(statistic.next);
  if (value === Number.POSITIVE_INFINITY || next === Number.POSITIVE_INFINITY) {
    return Number.POSITIVE_INFINITY;
  }
  return value + (next - value) * statistic.fraction;
}
