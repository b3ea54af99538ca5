/**
 * Texts of the break-even ratio (the headline figure "Break-even ratio") and of each slider's flip
 * point ("Verdict at your ratio flips at 99.0 %"), issue 11. docs/model.md, "The break-even ratio"
 * and "Flip points".
 */
import type { BreakEvenRatio } from '../model/break-even-ratio';
import type { VerdictOutcome } from '../model/calculate';
import type { FlipPoints } from '../model/flip-points';
import { INPUT_SPECS, type InputKey, type NSource } from '../model/inputs';
import { formatNumberApart } from './format';
import { formatInputAtPrecision } from './input-format';
import { OUTCOME_WORDS } from './sentences';

/**
 * The figure's value: "1 : 1", "never" (no safety placements), "any" (no capabilities
 * placements), "no one placed". Written with enough digits to differ from your own ratio when the
 * two differ, so "1 : 99.96" never reads as a tie with your 1 : 100.
 */
export function formatBreakEvenRatio(be: BreakEvenRatio, yourN: number, allAnyway = false): string {
  switch (be.kind) {
    case 'ratio':
      return `1 : ${formatNumberApart(be.r, yourN)}`;
    case 'never':
      return 'never';
    case 'any':
      return 'any';
    case 'none':
      // People were placed, but every one would have entered anyway (issue 12).
      return allAnyway ? 'nothing caused' : 'no one placed';
  }
}

/** The short line under the figure: what the value means. */
export function breakEvenRatioDetail(be: BreakEvenRatio, allAnyway = false): string {
  switch (be.kind) {
    case 'ratio':
      return 'net positive at 1 : N for every N above it; R = new capabilities ÷ new safety';
    case 'never':
      return 'no safety placements: net negative at every net-neutral ratio';
    case 'any':
      return 'no capabilities placements: net positive at every net-neutral ratio';
    case 'none':
      return allAnyway
        ? 'every alumnus would have entered anyway, so the program caused nothing: net neutral at every net-neutral ratio'
        : 'nothing placed on either side: net neutral at every net-neutral ratio';
  }
}

/** "0–20,000", "0–100 %", "from 1 : 1 to 1 : 1,000": an input's whole range. */
function rangeText(key: InputKey): string {
  const { min, max, unit } = INPUT_SPECS[key];
  const lo = formatInputAtPrecision(key, min).replace(/\.0+ %$/, ' %');
  const hi = formatInputAtPrecision(key, max).replace(/\.0+ %$/, ' %');
  if (unit === 'ratio') return `from ${lo} to ${hi}`;
  if (unit === 'percent') return `in ${lo.replace(' %', '')}–${hi}`;
  if (unit === 'percent-per-year') {
    return `in ${lo.replace(/(\.0)? % a year$/, '')}–${hi.replace(/\.0 %/, ' %')}`;
  }
  return `in ${lo}–${hi}`;
}

/**
 * Why an input of "Over the years" (issue 12) cannot flip the verdict, where the reason is the
 * model's structure rather than this scenario's numbers (model/flip-points.ts).
 */
function noFlipReason(key: InputKey, nFrom: NSource): string | null {
  switch (key) {
    case 'anyway':
      return 'No flip: net impact scales by 1 − this share, so the verdict holds up to 100 %, where the program caused nothing and it is net neutral';
    case 'safGrowth':
    case 'capGrowth':
      return 'No flip: growth changes the field around the alumni, not what the program caused';
    case 'perYear':
      return 'No flip: more cohorts a year scale both sides alike';
    case 'importance':
      return nFrom === 'field' ? null : 'No flip: used only when N is set from the field';
    case 'neutral':
      return nFrom === 'field' ? 'No flip: N is derived from the field' : null;
    default:
      return null;
  }
}

/** Which side of the flip the verdict is what: "net negative above", "net positive above". */
function sideText(below: VerdictOutcome, above: VerdictOutcome): string {
  if (below === above) return `${OUTCOME_WORDS[below]} on both sides`;
  if (above !== 'net-neutral') return `${OUTCOME_WORDS[above]} above`;
  return `${OUTCOME_WORDS[below]} below`;
}

/**
 * The sentence under a slider: "Verdict at your ratio flips at 99.0 % (net negative above)",
 * "No flip in 0–20,000"; a band where the verdict is neutral or flickers reads "flips between 40.0 %
 * and 60.0 %". Several flips are listed in order (the verdict is monotone along every
 * input today, so there is at most one; the text does not rely on it). Where the verdict is the
 * same on both sides (the other shares' rounding leaves it for a step near 100 % independent) it
 * "changes only at 99.8 % (net positive on both sides)".
 */
export function formatFlipSentence(
  key: InputKey,
  flips: FlipPoints,
  nFrom: NSource = 'set',
): string {
  if (flips.kind === 'none' || flips.points.length === 0) {
    return noFlipReason(key, nFrom) ?? `No flip ${rangeText(key)}`;
  }
  const parts = flips.points.map((point) => {
    const side = sideText(point.below, point.above);
    return point.from === point.to
      ? `at ${formatInputAtPrecision(key, point.from)} (${side})`
      : `between ${formatInputAtPrecision(key, point.from)} and ${formatInputAtPrecision(key, point.to)} (${side})`;
  });
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  const returns = flips.points.every((point) => point.below === point.above);
  return `Verdict at your ratio ${returns ? 'changes only' : 'flips'} ${list}`;
}
