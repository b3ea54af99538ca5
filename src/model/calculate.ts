/**
 * Where every number on the page comes from. Pure functions, no UI, no browser.
 *
 * Sources (see docs/model.md for the full derivations):
 * - Field ratio before/after: the thread's illustration, 10,000 : 1,000 becomes 10,500 : 1,500
 *   = 7 : 1 when a cohort of 1,000 splits 500 / 500 (LessWrong post RyKDbBkemNuRezTvt, comment
 *   JKZExWJKFtFcizSci).
 * - New researchers ratio and "capabilities per 100 safety": the thread's reading of the MATS
 *   Alumni Impact Analysis (2024): 1.4 % capabilities against 49 % safety = 2.86 per 100.
 * - Net-neutral ratio 1 : N: one new safety researcher offsets N new capabilities researchers;
 *   the thread argues N ≈ 100, with N = 10 "not crazy".
 * - Non-generalizing alignment counted with capabilities: the thread's objection that locally
 *   robust alignment can speed capabilities without generalizing.
 */
import type { Scenario, ShareKey } from './inputs';

/**
 * Relative tolerance for "exactly at break-even": shares are decimals, so products carry noise.
 * Exported for the sampler's chance of net positive (./uncertainty.ts), which must agree with it.
 */
export const BREAK_EVEN_TOLERANCE = 1e-9;

export interface Placements {
  /** Safety-counted placements before the non-generalizing correction (people). */
  readonly counted: number;
  /** New safety researchers: counted × (1 − nonGen). */
  readonly newSafety: number;
  /** New capabilities researchers: cohort × toCap + counted × nonGen. */
  readonly newCapabilities: number;
  /** People in "other / not placed", who count on neither side. */
  readonly other: number;
}

export interface FieldSides {
  readonly capabilities: number;
  readonly safety: number;
  /** Capabilities researchers per safety researcher. */
  readonly capabilitiesPerSafety: number;
}

/**
 * The new researchers' balance, with the edge cases named instead of dividing by zero:
 * - `none`: nobody is placed on either side (an empty cohort, or everyone is "other");
 * - `all-safety`: safety placements and no capabilities placements;
 * - `all-capabilities`: capabilities placements and no safety placements;
 * - `both`: an ordinary ratio.
 */
export type NewResearchersBalance =
  | { readonly kind: 'none' }
  | { readonly kind: 'all-safety' }
  | { readonly kind: 'all-capabilities' }
  | {
      readonly kind: 'both';
      /** New safety per new capabilities researcher. */
      readonly safetyPerCapabilities: number;
      /** 100 × new capabilities / new safety. */
      readonly capabilitiesPer100Safety: number;
    };

export type VerdictOutcome = 'net-positive' | 'net-negative' | 'net-neutral';

/**
 * How far past break-even the placements are: new safety × N / new capabilities.
 * `unbounded` when there are safety placements and no capabilities placements; `none` when
 * nothing is placed on either side (the verdict is then net neutral by definition).
 */
export type Margin =
  | { readonly kind: 'finite'; readonly timesBreakEven: number }
  | { readonly kind: 'unbounded' }
  | { readonly kind: 'none' };

export interface Verdict {
  /** N in the net-neutral ratio 1 : N. */
  readonly n: number;
  readonly outcome: VerdictOutcome;
  readonly margin: Margin;
  /** new safety − new capabilities / N, in safety-researcher equivalents. */
  readonly netImpact: number;
}

export interface Results {
  readonly placements: Placements;
  readonly fieldNow: FieldSides;
  readonly fieldAfter: FieldSides;
  readonly balance: NewResearchersBalance;
  readonly verdictAt10: Verdict;
  readonly verdictAt100: Verdict;
  readonly verdictAtUser: Verdict;
}

/** The inputs of placements() that the charts vary sample by sample. */
export type CohortShares = Pick<Scenario, 'cohort' | 'toSafety' | 'toIndep' | 'toCap'>;

/** Placements of one cohort. Shares are percentages in the scenario, fractions here. */
export function placements(s: Scenario): Placements {
  return placementsOf(s, s);
}

/**
 * placements() with the cohort and shares taken from `shares` and the weights from `s`: the same
 * formula, without building a whole scenario for each of a chart's samples.
 */
export function placementsOf(s: Scenario, shares: CohortShares): Placements {
  const toSafety = shares.toSafety / 100;
  const toIndep = shares.toIndep / 100;
  const toCap = shares.toCap / 100;
  const indepWeight = s.indepWeight / 100;
  const nonGen = s.nonGen / 100;
  const counted = shares.cohort * (toSafety + toIndep * indepWeight);
  const other = shares.cohort * Math.max(0, 1 - toSafety - toIndep - toCap);
  return {
    counted,
    newSafety: counted * (1 - nonGen),
    newCapabilities: shares.cohort * toCap + counted * nonGen,
    other,
  };
}

/**
 * Placements per person of the cohort (placementsOf with a cohort of 1), with the scenario's own
 * shares unless others are given. Every ratio and verdict the model gives is a property of the
 * split, not of the cohort's size (docs/model.md, "Per person of the cohort"), so the charts that
 * describe a split (the new-researchers line, the published splits, the direction of the field
 * ratio and of net impact) all evaluate it here: one formula, one set of numbers.
 */
export function placementsPerPerson(s: Scenario, shares: Pick<Scenario, ShareKey> = s): Placements {
  return placementsOf(s, {
    cohort: 1,
    toSafety: shares.toSafety,
    toIndep: shares.toIndep,
    toCap: shares.toCap,
  });
}

export function fieldSides(capabilities: number, safety: number): FieldSides {
  return { capabilities, safety, capabilitiesPerSafety: capabilities / safety };
}

/** The field after placements `p` join it: (cap + new capabilities) : (saf + new safety). */
export function fieldAfter(s: Pick<Scenario, 'cap' | 'saf'>, p: Placements): FieldSides {
  return fieldSides(s.cap + p.newCapabilities, s.saf + p.newSafety);
}

export function balanceOf(newSafety: number, newCapabilities: number): NewResearchersBalance {
  if (newSafety <= 0 && newCapabilities <= 0) return { kind: 'none' };
  if (newCapabilities <= 0) return { kind: 'all-safety' };
  if (newSafety <= 0) return { kind: 'all-capabilities' };
  return {
    kind: 'both',
    safetyPerCapabilities: newSafety / newCapabilities,
    capabilitiesPer100Safety: (100 * newCapabilities) / newSafety,
  };
}

/**
 * The outcome at 1 : N: net positive when new safety × N > new capabilities, net negative when
 * smaller, net neutral when equal (within a relative 1e-9, so that decimal shares landing
 * exactly on break-even read as neutral).
 */
export function outcomeAt(n: number, newSafety: number, newCapabilities: number): VerdictOutcome {
  const weightedSafety = newSafety * n;
  const scale = Math.max(weightedSafety, newCapabilities);
  if (scale === 0 || Math.abs(weightedSafety - newCapabilities) <= BREAK_EVEN_TOLERANCE * scale) {
    return 'net-neutral';
  }
  return weightedSafety > newCapabilities ? 'net-positive' : 'net-negative';
}

/**
 * Net impact at 1 : N in safety-researcher equivalents: new safety minus new capabilities / N
 * (N capabilities researchers offset one safety researcher), exactly 0 when the outcome is
 * neutral. The same number as verdictAt(…).netImpact, without building the verdict: the charts
 * need it for every sample.
 */
export function netImpactAt(n: number, newSafety: number, newCapabilities: number): number {
  return outcomeAt(n, newSafety, newCapabilities) === 'net-neutral'
    ? 0
    : newSafety - newCapabilities / n;
}

/** Verdict at net-neutral ratio 1 : N: its outcome (see outcomeAt), margin and net impact. */
export function verdictAt(n: number, newSafety: number, newCapabilities: number): Verdict {
  const weightedSafety = newSafety * n;
  const margin: Margin =
    newCapabilities > 0
      ? { kind: 'finite', timesBreakEven: weightedSafety / newCapabilities }
      : newSafety > 0
        ? { kind: 'unbounded' }
        : { kind: 'none' };
  return {
    n,
    outcome: outcomeAt(n, newSafety, newCapabilities),
    margin,
    netImpact: netImpactAt(n, newSafety, newCapabilities),
  };
}

export function calculate(s: Scenario): Results {
  const p = placements(s);
  return {
    placements: p,
    fieldNow: fieldSides(s.cap, s.saf),
    fieldAfter: fieldAfter(s, p),
    balance: balanceOf(p.newSafety, p.newCapabilities),
    verdictAt10: verdictAt(10, p.newSafety, p.newCapabilities),
    verdictAt100: verdictAt(100, p.newSafety, p.newCapabilities),
    verdictAtUser: verdictAt(s.neutral, p.newSafety, p.newCapabilities),
  };
}
