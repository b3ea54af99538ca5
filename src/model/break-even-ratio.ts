/**
 * The break-even ratio (issue 11): the net-neutral ratio 1 : R at which the cohort's new safety
 * researchers exactly offset its new capabilities researchers, R = new capabilities ÷ new safety.
 * At any net-neutral ratio 1 : N with N > R the cohort is net positive, with N < R net negative,
 * at N = R net neutral. It answers the thread's disagreement directly: whether N is "probably
 * closer to 1:100 (though 1:10 isn't crazy)" only matters if R lies between them (LessWrong post
 * RyKDbBkemNuRezTvt, comment JKZExWJKFtFcizSci). docs/model.md, "The break-even ratio".
 *
 * R is a property of the split, not of the cohort's size or the field: it is the headline's
 * "capabilities per 100 safety" divided by 100.
 */
import { balanceOf, type Placements } from './calculate';

/**
 * - `ratio`: both sides have placements; net positive at 1 : N exactly when N > `r`;
 * - `never`: capabilities placements and no safety ones: net negative at every N;
 * - `any`: safety placements and no capabilities ones: net positive at every N;
 * - `none`: nothing placed on either side (an empty cohort, or everyone "other"): net neutral at
 *   every N by definition (calculate.ts), so no ratio is a break-even and none is needed.
 * No Infinity or NaN: the cases where a division would give one are named instead.
 */
export type BreakEvenRatio =
  | { readonly kind: 'ratio'; readonly r: number }
  | { readonly kind: 'never' }
  | { readonly kind: 'any' }
  | { readonly kind: 'none' };

/** The break-even ratio of placements `p` (the same edge cases as the new researchers' balance). */
export function breakEvenRatio(
  p: Pick<Placements, 'newSafety' | 'newCapabilities'>,
): BreakEvenRatio {
  const balance = balanceOf(p.newSafety, p.newCapabilities);
  switch (balance.kind) {
    case 'none':
      return { kind: 'none' };
    case 'all-safety':
      return { kind: 'any' };
    case 'all-capabilities':
      return { kind: 'never' };
    case 'both':
      return { kind: 'ratio', r: p.newCapabilities / p.newSafety };
  }
}
