/**
 * Where an input that is a range sits as a point, and how ranges are kept valid (issue 11).
 *
 * The canonical rule: the point value of an input that has a range is the middle of the range on
 * the slider's own track, rounded to the input's precision: the geometric mean √(lo · hi) for the
 * log-scale (lognormal) inputs, whose sliders spread decades evenly, and (lo + hi) / 2 for the
 * others. A link carries only the range, so the decoder must be able to rebuild the point from it
 * alone; with this rule state → link → state is exact.
 *
 * Shares still obey the ≤ 100 % rule (docs/model.md, "The share rule"). Because a ranged share's
 * point is fixed by its range, the shares that are points give way first; only when the middles
 * of the ranged shares alone pass 100 % are those points scaled down too (the ranges stay as
 * given: the sampler scales each sample the same way). `withRangePoints` applies both rules and is
 * idempotent, so the store, the link decoder and the file import all land on the same state.
 */
import {
  canBeRange,
  CHOICE_KEYS,
  CHOICE_SPECS,
  INPUT_KEYS,
  INPUT_SPECS,
  normaliseInputValue,
  parseChoice,
  roundToPrecision,
  sameScenario,
  SHARE_KEYS,
  type InputKey,
  type MutableScenario,
  type Scenario,
  type ShareKey,
} from './inputs';
import { NO_RANGES, type InputRange, type ScenarioRanges } from './ranges';
import { scaleSharesToFit } from './shares';

/** Shares are held in tenths of a percent while they are fitted, so sums are exact integers. */
const TENTHS = 10;
const WHOLE_COHORT_TENTHS = 100 * TENTHS;

/** True for the inputs whose range is lognormal and whose middle is the geometric mean. */
export function isLogRange(key: InputKey): boolean {
  const spec = INPUT_SPECS[key];
  // A geometric mean needs positive ends; every lognormal input's minimum is positive today, and
  // this keeps a future one with a minimum of 0 on the arithmetic middle instead of at 0.
  return spec.rangeFamily === 'lognormal' && spec.min > 0;
}

/** The middle of a range on the slider's own track, rounded to the input's precision. */
export function rangeMiddle(key: InputKey, range: InputRange): number {
  const middle = isLogRange(key) ? Math.sqrt(range.lo * range.hi) : (range.lo + range.hi) / 2;
  return normaliseInputValue(key, middle) ?? INPUT_SPECS[key].defaultValue;
}

/**
 * Both ends clamped into the input's range and rounded to its precision, low end first. Returns
 * the same object when nothing changed (selectors compare ranges by identity), null when an end
 * is not a finite number. The ends may be equal: callers decide whether that is a point.
 */
export function normaliseRange(key: InputKey, range: InputRange): InputRange | null {
  const a = normaliseInputValue(key, range.lo);
  const b = normaliseInputValue(key, range.hi);
  if (a === null || b === null) return null;
  // `+ 0` turns -0 into 0, as the link encoder does for points.
  const lo = Math.min(a, b) + 0;
  const hi = Math.max(a, b) + 0;
  return lo === range.lo && hi === range.hi ? range : { lo, hi };
}

export function sameRange(a: InputRange | undefined, b: InputRange | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.lo === b.lo && a.hi === b.hi;
}

export function sameRanges(a: ScenarioRanges, b: ScenarioRanges): boolean {
  return INPUT_KEYS.every((key) => sameRange(a[key], b[key]));
}

/** The inputs that are ranges, in display (and link) order. */
export function rangedKeys(ranges: ScenarioRanges): InputKey[] {
  return INPUT_KEYS.filter((key) => ranges[key] !== undefined);
}

/**
 * The range an input gets when it is turned into one, around its current point. The spread
 * keeps the point in the middle wherever the input's limits allow:
 * - log-scale inputs: from half to twice the point (1 : 100 → 1 : 50 to 1 : 200; 10,000
 *   researchers → 5,000–20,000);
 * - the others: ± the smaller of a tenth of the input's span and half the point, in whole steps
 *   of its precision and at least one (a share of 50 % → 40–60 %, of 5 % → 2.5–7.5 %; a cohort of
 *   1,000 → 500–1,500);
 * - near a limit the spread shrinks evenly so the middle stays on the point; at the limit itself
 *   (a share of 0 %, a weight of 100 %) the range reaches inward from it by a tenth of the span
 *   (× 4 on a log scale), and the point moves to the range's middle.
 * The ends are at least one step of the input's precision apart: equal ends would be a point.
 */
export function defaultRange(key: InputKey, point: number): InputRange {
  const spec = INPUT_SPECS[key];
  const p = normaliseInputValue(key, point) ?? spec.defaultValue;
  const step = spec.precision;
  let lo: number;
  let hi: number;
  if (isLogRange(key)) {
    const factor = Math.min(2, p / spec.min, spec.max / p);
    if (factor > 1) [lo, hi] = [p / factor, p * factor];
    else if (p <= spec.min) [lo, hi] = [spec.min, spec.min * 4];
    else [lo, hi] = [spec.max / 4, spec.max];
  } else {
    const span = spec.max - spec.min;
    // Whole steps, so both ends sit on the precision grid and their middle is exactly the point.
    const spread = Math.max(step, Math.floor(Math.min(span / 10, p / 2) / step + 1e-9) * step);
    const half = Math.min(spread, p - spec.min, spec.max - p);
    if (half > step / 2) [lo, hi] = [p - half, p + half];
    else if (p <= spec.min) [lo, hi] = [spec.min, spec.min + span / 10];
    else [lo, hi] = [spec.max - span / 10, spec.max];
  }
  return apart(key, lo, hi);
}

/**
 * Moves one end of a range, as the thumb of a two-thumb slider: an end moved onto or past the
 * other pushes it along, one step of the input's precision ahead, so the range never turns into
 * a point under the pointer. A value that is not finite leaves the range as it is.
 */
export function moveRangeEnd(
  key: InputKey,
  range: InputRange,
  end: 'lo' | 'hi',
  value: number,
): InputRange {
  const v = normaliseInputValue(key, value);
  if (v === null) return range;
  const step = INPUT_SPECS[key].precision;
  const next =
    end === 'lo'
      ? apart(key, v, Math.max(range.hi, v + step), 'lo')
      : apart(key, Math.min(range.lo, v - step), v, 'hi');
  return sameRange(next, range) ? range : next;
}

/**
 * Rounds and clamps both ends and keeps them at least one precision step apart. When the ends
 * meet, the end named by `keep` stays and the other moves; at a limit the kept end gives way.
 */
function apart(key: InputKey, rawLo: number, rawHi: number, keep: 'lo' | 'hi' = 'lo'): InputRange {
  const spec = INPUT_SPECS[key];
  const step = spec.precision;
  let lo = normaliseInputValue(key, rawLo) ?? spec.min;
  let hi = normaliseInputValue(key, rawHi) ?? spec.max;
  if (hi - lo < step / 2) {
    if (keep === 'lo') {
      hi = lo + step > spec.max ? spec.max : roundToPrecision(lo + step, step);
      lo = roundToPrecision(Math.min(lo, hi - step), step);
    } else {
      lo = hi - step < spec.min ? spec.min : roundToPrecision(hi - step, step);
      hi = roundToPrecision(Math.max(hi, lo + step), step);
    }
  }
  return { lo: lo + 0, hi: hi + 0 };
}

/** What the share rule did, for the link decoder's notice. */
export interface ShareFit {
  /** The shares before fitting, the ranged ones at their middles. */
  readonly before: Readonly<Record<ShareKey, number>>;
  readonly after: Readonly<Record<ShareKey, number>>;
  /** The shares that are ranges, in SHARE_KEYS order. */
  readonly ranged: readonly ShareKey[];
  /** True when the ranged shares' middles alone passed 100 %, so their points were scaled too. */
  readonly rangesScaled: boolean;
}

export interface RangedPoints {
  readonly scenario: Scenario;
  readonly ranges: ScenarioRanges;
  /** Null when the shares already fitted. */
  readonly fit: ShareFit | null;
}

/**
 * The canonical state of a scenario with ranges: every point clamped and rounded; every range
 * clamped, rounded and ordered, and dropped (its input a point at that value) when its ends are
 * equal or not finite; every ranged input's point at its range's middle; the shares fitted into
 * 100 % as described at the top of this file. Returns the given objects when nothing changed.
 */
export function withRangePoints(scenario: Scenario, ranges: ScenarioRanges): RangedPoints {
  const values: MutableScenario = { ...scenario };
  const kept: Partial<Record<InputKey, InputRange>> = {};
  let rangesChanged = false;
  for (const key of CHOICE_KEYS) {
    values[key] = parseChoice(key, values[key]) ?? CHOICE_SPECS[key].defaultValue;
  }
  for (const key of INPUT_KEYS) {
    const given = ranges[key];
    let range: InputRange | undefined;
    if (given !== undefined && !canBeRange(key)) {
      // An input that is never a range (`years`) takes the range's middle as its point.
      const normalised = normaliseRange(key, given);
      if (normalised !== null) values[key] = (normalised.lo + normalised.hi) / 2;
      rangesChanged = true;
    } else if (given !== undefined) {
      const normalised = normaliseRange(key, given);
      if (normalised !== null && normalised.lo !== normalised.hi) range = normalised;
      else if (normalised !== null) values[key] = normalised.lo;
      if (range !== given) rangesChanged = true;
      if (range !== undefined) kept[key] = range;
    }
    const point = range ? rangeMiddle(key, range) : normaliseInputValue(key, values[key]);
    values[key] = point === null ? INPUT_SPECS[key].defaultValue : point + 0;
  }
  // The given object when nothing changed, so readers comparing by identity do not re-render.
  const finalRanges: ScenarioRanges = !rangesChanged
    ? ranges
    : rangedKeys(kept).length === 0
      ? NO_RANGES
      : kept;
  const fit = fitShares(values, finalRanges);
  const changed = !sameScenario(values, scenario);
  return { scenario: changed ? values : scenario, ranges: finalRanges, fit };
}

/** The ≤ 100 % rule with ranges (see the top of this file). Edits `values` in place. */
function fitShares(values: MutableScenario, ranges: ScenarioRanges): ShareFit | null {
  const before = { toSafety: values.toSafety, toIndep: values.toIndep, toCap: values.toCap };
  const ranged = SHARE_KEYS.filter((key) => ranges[key] !== undefined);
  const tenths = (key: ShareKey) => Math.round(values[key] * TENTHS);
  const rangedTenths = ranged.reduce((sum, key) => sum + tenths(key), 0);
  const total = SHARE_KEYS.reduce((sum, key) => sum + tenths(key), 0);
  if (total <= WHOLE_COHORT_TENTHS) return null;
  if (ranged.length === 0) {
    // Exactly the rule links had before ranges existed.
    Object.assign(values, scaleSharesToFit(before).shares);
    return { before, after: sharesOf(values), ranged, rangesScaled: false };
  }
  const points = SHARE_KEYS.filter((key) => ranges[key] === undefined);
  const rangesScaled = rangedTenths > WHOLE_COHORT_TENTHS;
  if (rangesScaled) {
    for (const key of points) values[key] = 0;
    scaleInto(values, ranged, WHOLE_COHORT_TENTHS);
  } else {
    scaleInto(values, points, WHOLE_COHORT_TENTHS - rangedTenths);
  }
  return { before, after: sharesOf(values), ranged, rangesScaled };
}

function sharesOf(values: Scenario): Record<ShareKey, number> {
  return { toSafety: values.toSafety, toIndep: values.toIndep, toCap: values.toCap };
}

/**
 * Scales `keys` in proportion so they add up to `target` tenths, by the largest-remainder rule
 * (each rounded down, the missing tenths going to the largest remainders, ties to the first), as
 * `scaleSharesToFit` does for all three shares.
 */
function scaleInto(values: MutableScenario, keys: readonly ShareKey[], target: number) {
  const total = keys.reduce((sum, key) => sum + values[key], 0);
  if (total <= 0) return;
  const exact = keys.map((key) => (values[key] / total) * target);
  const floors = exact.map((value) => Math.floor(value + 1e-9));
  let missing = target - floors.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - (floors[index] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { index } of order) {
    if (missing <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    missing -= 1;
  }
  keys.forEach((key, index) => {
    values[key] = (floors[index] ?? 0) / TENTHS;
  });
}
