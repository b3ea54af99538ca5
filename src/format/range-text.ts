/**
 * How a range is written (issue 11): its two ends in the input's unit, once, with an en dash
 * ("500–1,500 people", "1.4–50 %"), except ratios, whose ends already hold a colon and read better
 * joined by "to" ("1 : 10 to 1 : 100").
 */
import { INPUT_SPECS, type InputKey } from '../model/inputs';
import type { InputRange } from '../model/ranges';
import { formatCount, formatNeutral, formatPercent } from './format';
import { formatSignedPercent, formatTimes } from './input-format';

export function formatInputRange(key: InputKey, range: InputRange): string {
  const { lo, hi } = range;
  switch (INPUT_SPECS[key].unit) {
    case 'researchers':
      return `${formatCount(lo)}–${formatCount(hi)} researchers`;
    case 'people':
      return `${formatCount(lo)}–${formatCount(hi)} people`;
    case 'percent':
      // "1.4–50 %": the unit once, after the high end.
      return `${formatPercent(lo).replace(/ %$/, '')}–${formatPercent(hi)}`;
    case 'ratio':
      return `${formatNeutral(lo)} to ${formatNeutral(hi)}`;
    case 'years':
      return `${formatCount(lo)}–${formatCount(hi)} years`;
    case 'cohorts-per-year':
      return `${formatCount(lo)}–${formatCount(hi)} cohorts a year`;
    case 'percent-per-year':
      return `${formatSignedPercent(lo).replace(/ %$/, '')}–${formatSignedPercent(hi)} a year`;
    case 'times':
      return `${formatTimes(lo)}–${formatTimes(hi)}`;
  }
}

/** "Cohort size 500–1,500 people": the input's label and its range, for lists of ranges. */
export function formatLabelledRange(key: InputKey, range: InputRange): string {
  return `${INPUT_SPECS[key].label} ${formatInputRange(key, range)}`;
}
