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
import type { VerdictOutcome } from './calculate';
import { INPUT_KEYS, type InputKey, type Scenario } from './inputs';
import { bandAround, bandBetweenEqualEnds, firstWhere, Line } from './flip-line';
import { analyticRoot, toIndepFlicker, yearsRoot } from './flip-roots';

export { analyticRoot, yearsRoot } from './flip-roots';
export { withInputMoved } from './flip-line';

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

/** The one flip from grid index `a` to `b`, with the verdicts a step beyond each side. */
function flipAt(line: Line, a: number, b: number): FlipPoints {
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
    const band = flicker > 0 ? bandBetweenEqualEnds(line, lo, hi, start.rank, flicker) : null;
    return band === null ? NO_FLIP : flipAt(line, band[0], band[1]);
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
  return flipAt(line, a, b);
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
