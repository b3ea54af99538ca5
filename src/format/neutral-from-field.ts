/**
 * The words beside the net-neutral slider when N follows from the field (`nFrom=field`, issue
 * 12): the formula with today's numbers in it, so a reader can check the figure by hand.
 * docs/model.md, "N from the field".
 */
import { INPUT_SPECS, type InputKey, type NSource } from '../model/inputs';
import type { InputRange } from '../model/ranges';
import { isRangeInUse } from '../model/ranges-in-use';
import { formatCount, formatNeutral, formatNumber } from './format';
import { formatInputRange } from './range-text';

/** "N = importance × C/S of today's field = 10 × 10,000 / 1,000 = 100". */
export function neutralFormulaText(
  importance: number,
  cap: number,
  saf: number,
  n: number,
): string {
  return (
    `N = importance × C/S of today's field = ${formatNumber(importance)} × ` +
    `${formatCount(cap)} / ${formatCount(saf)} = ${formatNumber(n)}`
  );
}

/**
 * Said when the derived N lies outside the slider's 1–1,000: the verdict uses it as it is
 * (clamping would silently change the verdict), and the slider can only show its nearer end.
 */
export function neutralOutsideSliderText(n: number): string | null {
  const { min, max } = INPUT_SPECS.neutral;
  if (!Number.isFinite(n) || (n >= min && n <= max)) return null;
  const side = n < min ? 'below' : 'above';
  return `${formatNeutral(n)} is ${side} the slider's ${formatNeutral(min)} to ${formatNeutral(max)}; the verdict uses it as it is.`;
}

/**
 * Said under the derived N when the slider's N is a range (model/ranges-in-use.ts): the range is
 * kept for "Your slider" and is not sampled now; the derived N spreads with the inputs it follows.
 */
export function dormantNeutralRangeText(range: InputRange): string {
  return (
    `Your range ${formatInputRange('neutral', range)} is kept for when you set N yourself; ` +
    `it is not sampled while N follows from the field. To spread N, make ` +
    `${INPUT_SPECS.importance.label} or a field size a range.`
  );
}

/**
 * Said on the "Changed from default" chip of an input that the chosen way of setting N does not
 * read, so a shared link's changed value is not mistaken for one that moves the figures: the
 * slider's N while N follows from the field, and the importance while N is set by the slider. The
 * value is kept (and travels in the link) for when the other way is chosen. Null: it is read.
 */
export function unusedInputNote(key: InputKey, nFrom: NSource): string | null {
  if (isRangeInUse(key, { nFrom })) return null;
  return nFrom === 'field'
    ? 'not used while N follows from the field'
    : 'used only when N follows from the field';
}

/**
 * Said in the importance row's description when it is a range while N is set by the slider
 * (model/ranges-in-use.ts): the range is kept for "From the field" and is not sampled now.
 */
export function dormantImportanceRangeText(range: InputRange): string {
  return (
    `Your range ${formatInputRange('importance', range)} is kept for when N follows from the ` +
    `field; it is not sampled while N is set by your slider.`
  );
}
