/**
 * Words for a range (issue 11): "90 % between 5 % and 20 %, logit-normal". The ends are written as
 * the input's slider reads them (formatInputValue), so the sentence and the number boxes agree.
 */
import { INPUT_SPECS, type InputKey } from '../model/inputs';
import type { InputRange, RangeFamily } from '../model/ranges';
import { formatInputValue } from './input-format';

const FAMILY_NAMES: { readonly [F in RangeFamily]: string } = {
  lognormal: 'lognormal',
  'logit-normal': 'logit-normal',
};

/** The family's name as the page writes it. */
export function formatRangeFamily(family: RangeFamily): string {
  return FAMILY_NAMES[family];
}

/**
 * "90 % between 5 % and 20 %, logit-normal"; a point range (both ends equal) is "exactly 5 %",
 * since it has no spread to describe.
 */
export function formatRange(key: InputKey, range: InputRange): string {
  const lo = formatInputValue(key, range.lo);
  const hi = formatInputValue(key, range.hi);
  if (lo === hi) return `exactly ${lo}`;
  return `90 % between ${lo} and ${hi}, ${formatRangeFamily(INPUT_SPECS[key].rangeFamily ?? 'logit-normal')}`;
}
