/**
 * The verdict at your ratio along one input's grid, for the flip points (./flip-points.ts): the
 * input moved alone as the store moves it, each grid value probed with the headline's own model
 * (cached per line), and the searches over the probes: bisection where the verdict is monotone,
 * and the scans around a flip (or in from the ends) where the other shares' rounding can make it
 * flicker (the independents' share). docs/model.md, "Flip points".
 */
import { outcomeAt, placements, type VerdictOutcome } from './calculate';
import {
  INPUT_SPECS,
  normaliseInputValue,
  roundToPrecision,
  SHARE_KEYS,
  type InputKey,
  type Scenario,
  type ShareKey,
} from './inputs';
import { setShare } from './shares';
import { effectiveNeutral } from './years';
import { causedInto, type Caused, type YearsEnd } from './years-end';

// Scratch for the probes: the search runs about a hundred of them per slider step, and the years
// model fills these instead of allocating (years.ts, causedInto).
const END: YearsEnd = {
  baseCapabilities: 0,
  baseSafety: 0,
  alumniSafety: 0,
  alumniCapabilities: 0,
};
const CAUSED: Caused = { safety: 0, capabilities: 0 };

const SHARES: ReadonlySet<InputKey> = new Set<InputKey>(SHARE_KEYS);

/** Most grid steps scanned on each side of a flip where the verdict may flicker (toIndep only). */
const MAX_FLICKER_SCAN = 200;

/**
 * The scenario with input `key` moved to `value` the way the store does it (scenario-store.ts,
 * withInput): normalised, and shares through setShare. A unit test keeps the two identical.
 */
export function withInputMoved(s: Scenario, key: InputKey, value: number): Scenario {
  const normalised = normaliseInputValue(key, value);
  if (normalised === null) return s;
  if (SHARES.has(key)) return { ...s, ...setShare(s, key as ShareKey, normalised) };
  return { ...s, [key]: normalised };
}

/** Sign of the verdict: −1 negative, 0 neutral at break-even, 1 positive; null: nothing placed. */
export type Rank = -1 | 0 | 1 | null;

const RANK: Record<VerdictOutcome, -1 | 0 | 1> = {
  'net-negative': -1,
  'net-neutral': 0,
  'net-positive': 1,
};

interface Probe {
  readonly rank: Rank;
  /** new safety × N − new capabilities (people), for choosing the grid point nearer the root. */
  readonly excess: number;
  readonly outcome: VerdictOutcome;
}

/** Evaluates the verdict along one input's grid: index i is min + i × precision. */
export class Line {
  readonly last: number;
  private readonly min: number;
  private readonly precision: number;
  private readonly cache = new Map<number, Probe>();

  constructor(
    private readonly s: Scenario,
    private readonly key: InputKey,
  ) {
    const spec = INPUT_SPECS[key];
    this.min = spec.min;
    this.precision = spec.precision;
    this.last = Math.round((spec.max - spec.min) / spec.precision);
  }

  value(index: number): number {
    return roundToPrecision(this.min + index * this.precision, this.precision);
  }

  /** Nearest grid index of a value (clamped into the range). */
  indexOf(value: number): number {
    const index = Math.round((value - this.min) / this.precision);
    return Math.min(this.last, Math.max(0, index));
  }

  probe(index: number): Probe {
    const known = this.cache.get(index);
    if (known) return known;
    const moved = withInputMoved(this.s, this.key, this.value(index));
    // The verdict at your ratio as the headline reads it: the years model's caused figures at the
    // end of year Y and the N in use (years.ts). With the years defaults, exactly one cohort's
    // placements and the slider's N.
    const { safety, capabilities } = causedInto(moved, placements(moved), END, CAUSED);
    const n = effectiveNeutral(moved);
    // verdictAt's outcome, without building the whole verdict (this runs ~60 times per step).
    const outcome = outcomeAt(n, safety, capabilities);
    const placedNone = safety <= 0 && capabilities <= 0;
    const probe: Probe = {
      rank: placedNone ? null : RANK[outcome],
      excess: safety * n - capabilities,
      outcome,
    };
    this.cache.set(index, probe);
    return probe;
  }
}

/**
 * The smallest index in (lo, hi] whose rank differs from `from` (or, with `equal`, equals it),
 * given that hi's does and that the ranks are monotone along the line.
 */
export function firstWhere(line: Line, lo: number, hi: number, from: Rank, equal: boolean): number {
  let a = lo;
  let b = hi;
  while (b - a > 1) {
    const mid = (a + b) >> 1;
    if ((line.probe(mid).rank === from) !== equal) a = mid;
    else b = mid;
  }
  return b;
}

/**
 * The band between the run of the start's verdict and the run of the end's, as grid indices
 * [first, last] (empty when last < first: the verdict changes between two neighbouring values).
 * `t` is an index whose rank differs from the start's with its left neighbour's equal to it.
 */
export function bandAround(
  line: Line,
  lo: number,
  hi: number,
  t: number,
  startRank: Rank,
  endRank: Rank,
  flicker: number,
): [number, number] {
  if (flicker <= 0) {
    // Monotone: the start's run ends before t, the end's run starts at the first index with its rank.
    const endRun = line.probe(t).rank === endRank ? t : firstWhere(line, t, hi, endRank, true);
    return [t, endRun - 1];
  }
  // The other shares' rounding moves the excess by at most `flicker`, so beyond twice that from
  // zero the verdict is certain; scan out to such a point on each side.
  const safe = (index: number, rank: Rank) => {
    const probe = line.probe(index);
    return probe.rank === rank && Math.abs(probe.excess) > 2 * flicker;
  };
  let left = t - 1;
  while (left > lo && t - left < MAX_FLICKER_SCAN && !safe(left, startRank)) left -= 1;
  let right = t;
  while (right < hi && right - t < MAX_FLICKER_SCAN && !safe(right, endRank)) right += 1;
  let first = left + 1;
  while (first <= right && line.probe(first).rank === startRank) first += 1;
  let last = right;
  while (last >= first && line.probe(last).rank === endRank) last -= 1;
  // Where the scan stopped before certainty (a split that sits on break-even all along), the band
  // runs on to the range's end: wider than need be, never claiming a verdict it did not check.
  if (left > lo && !safe(left, startRank)) first = lo;
  if (right < hi && !safe(right, endRank)) last = hi;
  return [first, last];
}

/**
 * Where the verdict leaves the ends' verdict although both ends agree: only where the other
 * shares' rounding (bounded by `flicker`) can outweigh the excess, which is linear in the exact
 * shares. So the scan runs in from each end until the excess is safely past twice the bound;
 * between two such points the exact part stays past the bound (where it keeps one sign, |E| is
 * monotone or concave along the line: docs/model.md), and so does the verdict. Returns the band
 * [first, last] of grid indices with another verdict, or null when there is none.
 */
export function bandBetweenEqualEnds(
  line: Line,
  lo: number,
  hi: number,
  rank: Rank,
  flicker: number,
): [number, number] | null {
  const safe = (index: number) => {
    const probe = line.probe(index);
    return probe.rank === rank && Math.abs(probe.excess) > 2 * flicker;
  };
  let first = -1;
  let last = -1;
  const visit = (index: number) => {
    const other = line.probe(index).rank;
    if (other === null || other === rank) return;
    if (first < 0) first = index;
    last = Math.max(last, index);
  };
  let left = lo;
  while (left <= hi && !safe(left)) visit(left++);
  for (let right = hi; right > left && !safe(right); right -= 1) visit(right);
  return first < 0 ? null : [first, last];
}
