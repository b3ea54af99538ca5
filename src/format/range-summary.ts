/**
 * The line under a range's two ends (issue 11): its family in words and its median, "90 % between
 * 5 % and 20 %, logit-normal; median 10.3 %". The median is shown because it can surprise: a
 * logit-normal range with an end on a bound has its median close to that bound ("0 % to 20 %" →
 * 1.1 %), and a lognormal's median is the geometric mean of the ends, not their average.
 */
import { rangeMedian } from '../model/distributions';
import { formatInputValue } from './input-format';
import type { InputKey } from '../model/inputs';
import type { InputRange } from '../model/ranges';
import { formatRange } from './range-format';

export function formatRangeSummary(key: InputKey, range: InputRange): string {
  const words = formatRange(key, range);
  const lo = formatInputValue(key, range.lo);
  const hi = formatInputValue(key, range.hi);
  // A range whose ends read the same has no spread, so no median worth a second number.
  if (lo === hi) return words;
  return `${words}; median ${formatInputValue(key, rangeMedian(key, range))}`;
}
