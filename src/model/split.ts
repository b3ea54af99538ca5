/**
 * The split of the placed people, and where along it the verdict flips: the model behind the
 * new-researchers chart, whose x axis is the share of PLACED people in capabilities roles while
 * the sliders are shares of the whole cohort. docs/model.md, "The split and its break-even",
 * derives each formula.
 *
 * Moving along the split keeps the scenario's total placed and its safety / independent mix, and
 * only trades non-capabilities placements for capabilities ones. The thread calls a half-and-half
 * cohort a very pessimistic case; the break-even share says how far towards capabilities a split
 * can go and still be net positive at the thread's net-neutral ratio 1 : N (about 100, with 10 as
 * an alternative); LessWrong post RyKDbBkemNuRezTvt, comment JKZExWJKFtFcizSci.
 */
import { verdictAt } from './calculate';
import type { Scenario, ShareKey } from './inputs';
import { sharesTotal } from './shares';

type Shares = Pick<Scenario, ShareKey>;

export interface SplitBasis {
  /** Percentage of the cohort placed (safety roles, independents or capabilities roles). */
  readonly placed: number;
  /** Fraction of the non-capabilities placements in safety roles (the rest are independents). */
  readonly safetyMix: number;
  /** Nobody is placed: the line shows a cohort in which everyone is (`placed` is 100). */
  readonly hypothetical: boolean;
  /** Nobody is placed outside capabilities, so there is no mix to keep: safety roles assumed. */
  readonly mixAssumed: boolean;
}

/** What a move along the split keeps from the scenario: the total placed and the mix. */
export function splitBasis(shares: Shares): SplitBasis {
  const total = sharesTotal(shares);
  const nonCap = shares.toSafety + shares.toIndep;
  return {
    placed: total > 0 ? total : 100,
    // With no non-capabilities placements there is no mix to keep; safety roles is the plain reading.
    safetyMix: nonCap > 0 ? shares.toSafety / nonCap : 1,
    hypothetical: total <= 0,
    mixAssumed: nonCap <= 0,
  };
}

/**
 * Share of the placed people in capabilities roles (%): 100 × toCap / (toSafety + toIndep +
 * toCap). Null when nobody is placed, where no split exists.
 */
export function capabilitiesShareOfPlaced(shares: Shares): number | null {
  const total = sharesTotal(shares);
  return total > 0 ? (100 * shares.toCap) / total : null;
}

/**
 * The cohort's shares at `capShare` % of the placed people in capabilities roles, keeping the
 * basis' total placed and mix. capabilitiesShareOfPlaced of the result is `capShare` again.
 */
export function sharesAtCapabilitiesShare(basis: SplitBasis, capShare: number): Shares {
  const toCap = (basis.placed * capShare) / 100;
  const rest = basis.placed - toCap;
  return { toSafety: rest * basis.safetyMix, toIndep: rest * (1 - basis.safetyMix), toCap };
}

/**
 * A share of the placed people as a share of the whole cohort (%), for a reader who thinks in
 * slider values: 11.1 % of placed people is 10 % of a cohort of which 90 % is placed.
 */
export function cohortShareOfPlacedShare(capShare: number, placedShare: number): number {
  return (capShare * placedShare) / 100;
}

/**
 * How much one non-capabilities placement counts as safety before the non-generalizing share
 * moves some of it (0–1): safety roles count fully, independents at their weight.
 */
export function safetyCreditPerPlacement(
  s: Pick<Scenario, 'indepWeight'>,
  basis: SplitBasis,
): number {
  return basis.safetyMix + (1 - basis.safetyMix) * (s.indepWeight / 100);
}

/**
 * The break-even share (%): the share of placed people in capabilities roles at which new safety
 * × N equals new capabilities, so splits below it are net positive at 1 : N and splits above it
 * net negative. Per person placed, with p of them in capabilities roles, w the safety credit of
 * every other placement and g the non-generalizing share:
 *   (1 − p)·w·(1 − g)·N = p + (1 − p)·w·g,  so  p = k / (1 + k),  k = w·((1 − g)·N − g).
 * Null when k ≤ 0: then even the best split, with nobody in capabilities, is at best net neutral
 * (g ≥ N / (N + 1), or no non-capabilities placement counts as safety), so no split is net
 * positive. That test is the verdict's own (verdictAt, with its tolerance), so that floating-point
 * noise cannot invent a break-even share of 1e-14 % where the verdict calls the best split
 * neutral (N = 1.5, g = 60 %). It never depends on cohort size, and it is always below 100 %.
 */
export function breakEvenCapabilitiesShare(
  s: Pick<Scenario, ShareKey | 'indepWeight' | 'nonGen'>,
  n: number,
): number | null {
  const w = safetyCreditPerPlacement(s, splitBasis(s));
  const g = s.nonGen / 100;
  if (verdictAt(n, w * (1 - g), w * g).outcome !== 'net-positive') return null;
  const k = w * ((1 - g) * n - g);
  return (100 * k) / (1 + k);
}
