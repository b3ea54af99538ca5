/**
 * Where the field's capabilities : safety ratio heads as the cohort grows (the field-ratio chart
 * and its text). docs/model.md, "Where the field ratio heads", derives it.
 *
 * The field after a cohort of c people is (cap + c·a) : (saf + c·b), with a new capabilities and
 * b new safety researchers per person of the cohort (the thread's 10,000 : 1,000 field with a
 * 500 / 500 cohort: 10,500 : 1,500 = 7 : 1; LessWrong post RyKDbBkemNuRezTvt, comment
 * JKZExWJKFtFcizSci). As c grows the ratio moves monotonically from cap / saf toward a / b, the
 * new researchers' own balance, and never crosses it.
 */
import { placementsPerPerson, type Placements } from './calculate';
import type { Scenario } from './inputs';

/** Relative difference below which two ratios count as equal (decimal shares carry noise). */
const SAME_RATIO_TOLERANCE = 1e-9;

export function sameRatio(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_RATIO_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * - `no-one-added`: the split adds nobody to either side; the ratio stays at cap : saf;
 * - `up-without-limit`: capabilities placements and no safety ones;
 * - `down-to-zero`: safety placements and no capabilities ones;
 * - `steady`: the newcomers' a / b equals the field's cap / saf, so the ratio does not move;
 * - `down` / `up`: toward `limit` = a / b capabilities per safety researcher.
 */
export type FieldRatioTrend = { readonly perPerson: Placements } & (
  | { readonly kind: 'no-one-added' | 'up-without-limit' | 'down-to-zero' | 'steady' }
  | { readonly kind: 'down' | 'up'; readonly limit: number }
);

export function fieldRatioTrend(s: Scenario): FieldRatioTrend {
  const perPerson = placementsPerPerson(s);
  const a = perPerson.newCapabilities;
  const b = perPerson.newSafety;
  if (a <= 0 && b <= 0) return { kind: 'no-one-added', perPerson };
  if (b <= 0) return { kind: 'up-without-limit', perPerson };
  if (a <= 0) return { kind: 'down-to-zero', perPerson };
  const limit = a / b;
  const now = s.cap / s.saf;
  if (sameRatio(limit, now)) return { kind: 'steady', perPerson };
  return { kind: limit < now ? 'down' : 'up', limit, perPerson };
}
