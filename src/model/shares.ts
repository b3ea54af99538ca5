/**
 * The placement shares (safety roles, independent safety, capabilities roles) are parts of one
 * cohort, so they can never sum past 100 %. The rest, 100 − sum, is "other / not placed".
 *
 * Two rules, documented in docs/model.md:
 * - Editing one share (a slider or number box): the edited value wins. The excess comes out of
 *   "other" first; only when "other" is used up are the two remaining shares reduced, in
 *   proportion to their current sizes. This matches what people expect from linked sliders:
 *   the number they typed is the number they get.
 * - Decoding a link or preset whose shares sum past 100: all three are scaled down in proportion
 *   (no share is privileged), and the caller reports it.
 */
import { roundToPrecision, SHARE_KEYS, type Scenario, type ShareKey } from './inputs';

const SHARE_PRECISION = 0.1;

export function sharesTotal(s: Pick<Scenario, ShareKey>): number {
  return s.toSafety + s.toIndep + s.toCap;
}

/** Percentage of the cohort that is "other / not placed"; never negative. */
export function otherShare(s: Pick<Scenario, ShareKey>): number {
  return Math.max(0, roundToPrecision(100 - sharesTotal(s), SHARE_PRECISION));
}

/**
 * Sets one share to `value` (0–100) and, if the total would pass 100, takes the excess from the
 * other two shares in proportion. Returns the three shares.
 */
export function setShare(
  current: Pick<Scenario, ShareKey>,
  key: ShareKey,
  value: number,
): Record<ShareKey, number> {
  const edited = roundToPrecision(Math.min(100, Math.max(0, value)), SHARE_PRECISION);
  const others = SHARE_KEYS.filter((k) => k !== key);
  const next: Record<ShareKey, number> = {
    toSafety: current.toSafety,
    toIndep: current.toIndep,
    toCap: current.toCap,
  };
  next[key] = edited;
  const othersTotal = others.reduce((sum, k) => sum + current[k], 0);
  // Rounded, so that 100 − 99.2 is 0.8 and not 0.7999999999999972 (which would leak into a share).
  const room = roundToPrecision(100 - edited, SHARE_PRECISION);
  if (othersTotal <= room + 1e-9) return next;

  // "Other" is exhausted: shrink the two remaining shares in proportion to fit into `room`.
  const [first, second] = others as [ShareKey, ShareKey];
  const firstScaled = roundToPrecision((current[first] / othersTotal) * room, SHARE_PRECISION);
  next[first] = Math.max(0, Math.min(room, firstScaled));
  next[second] = Math.max(0, roundToPrecision(room - next[first], SHARE_PRECISION));
  return next;
}

/**
 * Scales all three shares down in proportion when they sum past 100 (used for links and
 * imports). Returns the shares and whether anything changed.
 */
export function scaleSharesToFit(s: Pick<Scenario, ShareKey>): {
  shares: Record<ShareKey, number>;
  scaled: boolean;
} {
  const total = sharesTotal(s);
  const shares = { toSafety: s.toSafety, toIndep: s.toIndep, toCap: s.toCap };
  if (total <= 100 + 1e-9) return { shares, scaled: false };
  // Largest-remainder rounding to 0.1: the scaled shares add up to exactly 100 and each stays
  // within 0.1 of its exact proportional value.
  const tenths = SHARE_KEYS.map((key) => (s[key] / total) * 1000);
  const floors = tenths.map((value) => Math.floor(value + 1e-9));
  let missing = 1000 - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = tenths
    .map((value, index) => ({ index, remainder: value - (floors[index] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    missing -= 1;
  }
  const [toSafety = 0, toIndep = 0, toCap = 0] = floors.map((value) => value / 10);
  return { shares: { toSafety, toIndep, toCap }, scaled: true };
}
