/**
 * An input's value in words and at its own precision: what a screen reader hears for a slider
 * ("10,000 researchers", "−5 % a year") and what its number box holds ("99.0 %", "1 : 123.4").
 * Apart from format.ts because these follow the input specs (src/model/inputs.ts), one case per
 * unit, so a new unit fails to compile until it is written here.
 */
import { INPUT_SPECS, type InputKey, type InputUnit } from '../model/inputs';
import { createDecimalFormat } from './decimal-format';
import {
  fixNegativeZero,
  formatCount,
  formatNeutral,
  formatNumber,
  formatPercent,
  integerFormat,
  oneDecimal,
  withMinusSign,
  withoutNoise,
} from './format';

/** What a screen reader hears for a slider: "10,000 researchers", "49 %", "1 : 100". */
export function formatInputValue(key: InputKey, value: number): string {
  return formatByUnit(INPUT_SPECS[key].unit, value);
}

function formatByUnit(unit: InputUnit, value: number): string {
  switch (unit) {
    case 'researchers':
      return `${formatCount(value)} ${value === 1 ? 'researcher' : 'researchers'}`;
    case 'people':
      return `${formatCount(value)} ${value === 1 ? 'person' : 'people'}`;
    case 'percent':
      return formatPercent(value);
    case 'ratio':
      return formatNeutral(value);
    case 'years':
      return `${formatCount(value)} ${value === 1 ? 'year' : 'years'}`;
    case 'cohorts-per-year':
      return `${formatCount(value)} ${value === 1 ? 'cohort' : 'cohorts'} a year`;
    case 'percent-per-year':
      return `${formatSignedPercent(value)} a year`;
    case 'times':
      return formatTimes(value);
  }
}

/** A percentage that may be negative, with a true minus sign: "−5 %", "21 %". */
export function formatSignedPercent(value: number): string {
  return withMinusSign(formatPercent(value));
}

/** A multiplier: "10×", "0.5×". */
export function formatTimes(value: number): string {
  return `${formatNumber(value)}×`;
}

// Made once, one per number of decimals an input's precision can have (0.1 → 1, 1 → 0).
const fixedFormats = [0, 1, 2, 3].map((digits) =>
  createDecimalFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }),
);
const upToFormats = [0, 1, 2, 3].map((digits) =>
  createDecimalFormat({ maximumFractionDigits: digits }),
);

/**
 * An input's value at its own precision, as the number box holds it: "99.0 %" (a share's tenth is
 * always written, so a flip at 99.0 % is not mistaken for a rounded 99 %), "1 : 1" and
 * "1 : 123.4" (a ratio drops a trailing zero, as the thread writes 1 : 10), "20,000".
 */
export function formatInputAtPrecision(key: InputKey, value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const spec = INPUT_SPECS[key];
  const digits = Math.min(3, Math.max(0, Math.round(-Math.log10(spec.precision))));
  const clean = withoutNoise(value);
  switch (spec.unit) {
    case 'percent':
      return `${fixNegativeZero((fixedFormats[digits] ?? oneDecimal).format(clean))} %`;
    case 'ratio':
      return `1 : ${(upToFormats[digits] ?? oneDecimal).format(clean)}`;
    case 'percent-per-year':
      return `${withMinusSign(fixNegativeZero((fixedFormats[digits] ?? oneDecimal).format(clean)))} % a year`;
    case 'times':
      return `${(upToFormats[digits] ?? oneDecimal).format(clean)}×`;
    case 'researchers':
    case 'people':
    case 'years':
    case 'cohorts-per-year':
      return fixNegativeZero((upToFormats[digits] ?? integerFormat).format(clean));
  }
}
