/**
 * Break-even on every slider (issue 11): for each input, the value(s) at which the verdict at the
 * reader's own net-neutral ratio flips when that input alone moves across its whole range, with
 * the other inputs as they are. docs/model.md, "Flip points", derives what is used here.
 *
 * "Moves alone" follows the real controls: a value is normalised to the input's precision and a
 * share is set with setShare, so raising one share takes from "other" and then from the other
 * two shares in proportion, exactly as the slider and the number box do (one jump from the current
 * scenario, like typing the value or clicking the track).
 *
 * Why a search on the input's grid and not only a formula: the verdict is read off the same
 * placements and verdictAt as the headline, so the flip the slider reports is the flip the
 * headline shows, including setShare's rounding of the other shares to 0.1. The verdict along
 * every input is monotone (docs/model.md proves it, tests check it), so there is at most one flip
 * and a bisection over the grid finds it in about ten evaluations; where the real rule is an exact
 * linear formula (the net-neutral ratio, the two weights) the analytic root narrows the
 * bisection to a few grid points first.
 */
import { outcomeAt, placements, type VerdictOutcome } from './calculate';
import {
  INPUT_KEYS,
  INPUT_SPECS,
  normaliseInputValue,
  roundToPrecision,
  SHARE_KEYS,
  type InputKey,
  type Scenario,
  type ShareKey,
} from './inputs';
import { setShare } from './shares';
import { analyticRoot, toIndepFlicker, yearsRoot } from './flip-roots';
import { causedInto, effectiveNeutral, type Caused, type YearsEnd } from './years';

export { analyticRoot, yearsRoot } from './flip-roots';

// Scratch for the probes: the search runs about a hundred of them per slider step, and the years
// model fills these instead of allocating (years.ts, causedInto).
const END: YearsEnd = {
  baseCapabilities: 0,
  baseSafety: 0,
  alumniSafety: 0,
  alumniCapabilities: 0,
};
const CAUSED: Caused = { safety: 0, capabilities: 0 };

export interface FlipPoint {
  /**
   * Where the verdict changes, on the input's precision grid (as the number box holds values):
   * one value (`from` = `to`), or a band where it is neutral or changes back and forth (a plateau
   * exactly at break-even, or the other shares' rounding to 0.1 % near break-even).
   */
  readonly from: number;
  readonly to: number;
  /** The verdict at your ratio one step below `from` (at `from` on the range's minimum). */
  readonly below: VerdictOutcome;
  /** The verdict one step above `to` (at `to` on the range's maximum). */
  readonly above: VerdictOutcome;
}

/**
 * `none`: the verdict at your ratio is the same across the input's whole range (or nothing is
 * placed anywhere along it); `flips`: where it changes, in increasing order.
 */
export type FlipPoints =
  { readonly kind: 'none' } | { readonly kind: 'flips'; readonly points: readonly FlipPoint[] };

export type AllFlipPoints = { readonly [K in InputKey]: FlipPoints };

const NO_FLIP: FlipPoints = Object.freeze({ kind: 'none' });

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
type Rank = -1 | 0 | 1 | null;

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
class Line {
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
function firstWhere(line: Line, lo: number, hi: number, from: Rank, equal: boolean): number {
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
function bandAround(
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
 * from the first to the last grid value with another verdict, or no flip.
 */
function flickerBetweenEqualEnds(
  line: Line,
  lo: number,
  hi: number,
  rank: Rank,
  flicker: number,
): FlipPoints {
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
  if (first < 0) return NO_FLIP;
  return {
    kind: 'flips',
    points: [
      {
        from: line.value(first),
        to: line.value(last),
        below: line.probe(first - 1).outcome,
        above: line.probe(last + 1).outcome,
      },
    ],
  };
}

/**
 * The flip along one input. `guess`: the input's value at the analytic root, when the real rule
 * is an exact formula; it only narrows the search, which confirms it on the grid. `flicker`: a
 * bound on how far the real rule's rounding moves the excess (0 where the verdict is monotone).
 */
function flipAlong(s: Scenario, key: InputKey, guess: number | null, flicker: number): FlipPoints {
  const line = new Line(s, key);
  let lo = 0;
  let hi = line.last;
  let start = line.probe(lo);
  let end = line.probe(hi);
  // Nothing is placed at most at one end of a range (a share or weight of 0), or along all of it:
  // an empty cohort has no verdict to flip, so it is stepped over, not counted as neutral.
  if (start.rank === null && lo < hi) start = line.probe(++lo);
  if (end.rank === null && hi > lo) end = line.probe(--hi);
  if (start.rank === null || end.rank === null) return NO_FLIP;
  if (start.rank === end.rank) {
    return flicker > 0 ? flickerBetweenEqualEnds(line, lo, hi, start.rank, flicker) : NO_FLIP;
  }

  let from = lo;
  let to = hi;
  if (guess !== null && Number.isFinite(guess)) {
    const g = line.indexOf(guess);
    const a = Math.max(lo, g - 2);
    const b = Math.min(hi, g + 2);
    if (line.probe(a).rank === start.rank && line.probe(b).rank !== start.rank) {
      from = a;
      to = b;
    }
  }
  const t = firstWhere(line, from, to, start.rank, false);
  const [first, last] = bandAround(line, lo, hi, t, start.rank, end.rank, flicker);
  let a = first;
  let b = last;
  if (last < first) {
    // The verdict changes between two neighbouring values: the one nearer the root, where the
    // excess of weighted safety over capabilities (linear between them) is smaller; a value
    // exactly at break-even (N = 1 when R = 1) is the root.
    const before = line.probe(first - 1);
    const after = line.probe(first);
    a = b = Math.abs(before.excess) <= Math.abs(after.excess) ? first - 1 : first;
  }
  return {
    kind: 'flips',
    points: [
      {
        from: line.value(a),
        to: line.value(b),
        below: line.probe(Math.max(0, a - 1)).outcome,
        above: line.probe(Math.min(line.last, b + 1)).outcome,
      },
    ],
  };
}

/**
 * The flip points of one input at scenario `s`. `hint`: where the flip was a moment ago (the
 * previous step of a drag). Like the analytic root it only narrows the search, which confirms it
 * on the grid, so the answer is the same with or without it; it is used only where the verdict is
 * monotone (not the independents' share, whose rounding may flicker).
 */
export function flipPoints(s: Scenario, key: InputKey, hint: number | null = null): FlipPoints {
  switch (key) {
    case 'cap':
    case 'saf':
    case 'importance':
      // The field's size enters the verdict only through N from the field (N = m × K ÷ S,
      // monotone in each); the alumni never depend on it.
      return s.nFrom === 'field' ? flipAlong(s, key, yearsRoot(s, key) ?? hint, 0) : NO_FLIP;
    case 'capBoost':
      return flipAlong(s, key, yearsRoot(s, key) ?? hint, 0);
    case 'drift':
    case 'pivot':
      // Alumni first move in year 2 (moves act on the stocks at the start of a year), so with a
      // single year neither can change anything.
      return Math.floor(s.years) <= 1 ? NO_FLIP : flipAlong(s, key, hint, 0);
    case 'neutral':
      // With N from the field the slider's N is not used.
      return s.nFrom === 'field' ? NO_FLIP : flipAlong(s, key, analyticRoot(s, key) ?? hint, 0);
    case 'cohort':
    case 'perYear':
      // Every stock is linear in the cohort and in cohorts a year (years.ts), so both sides scale
      // together and the verdict is the split's at every size above 0; at 0 nothing is placed,
      // which is no verdict, not a flip.
      return NO_FLIP;
    case 'safGrowth':
    case 'capGrowth':
      // Growth moves only the base field, which the verdict does not read (N from the field uses
      // today's field).
      return NO_FLIP;
    case 'anyway':
      // Net impact scales by 1 − anyway: the verdict holds all the way to 100 %, where nothing is
      // caused and it is net neutral (src/format/break-even.ts says so in words).
      return NO_FLIP;
    case 'years':
      // Without moves every year adds the same split, so Y scales both sides; with moves the
      // alumni's balance drifts year by year, and the verdict can flip.
      return s.drift === 0 && s.pivot === 0 ? NO_FLIP : flipAlong(s, key, hint, 0);
    case 'toIndep':
      return flipAlong(s, key, null, toIndepFlicker(s));
    default:
      return flipAlong(s, key, analyticRoot(s, key) ?? hint, 0);
  }
}

/** Whether two inputs' flip points say the same thing (same values and verdicts). */
export function sameFlipPoints(a: FlipPoints, b: FlipPoints): boolean {
  if (a.kind === 'none' || b.kind === 'none') return a.kind === b.kind;
  return (
    a.points.length === b.points.length &&
    a.points.every((p, i) => {
      const q = b.points[i];
      return (
        q !== undefined &&
        p.from === q.from &&
        p.to === q.to &&
        p.below === q.below &&
        p.above === q.above
      );
    })
  );
}

/**
 * The flip points of every input, in display order. `previous`: the flip points a step ago, whose
 * positions serve as hints (see flipPoints); the result does not depend on them.
 */
export function allFlipPoints(s: Scenario, previous?: AllFlipPoints): AllFlipPoints {
  const result = {} as Record<InputKey, FlipPoints>;
  for (const key of INPUT_KEYS) {
    const before = previous?.[key];
    const hint = before?.kind === 'flips' ? (before.points[0]?.from ?? null) : null;
    result[key] = flipPoints(s, key, hint);
  }
  return result;
}
