/**
 * Reads what the user typed in an input's number box and words the message shown next to it.
 * Pure: tested in tests/unit/number-entry.test.ts; the box's timing is in use-number-entry.ts.
 */
import { formatNumber, formatPercent } from '../format/format';
import { formatInputValue } from '../format/input-format';
import { INPUT_SPECS, normaliseInputValue, type InputKey } from '../model/inputs';

export type Entry =
  /** Empty, or not a plain decimal number (the box may still be half typed: "-", "1e"). */
  | { readonly kind: 'invalid' }
  /** Within the range; rounded to the input's precision. */
  | { readonly kind: 'value'; readonly value: number }
  /** Outside the range: `value` is the nearer end. */
  | {
      readonly kind: 'clamped';
      readonly value: number;
      readonly side: 'above' | 'below';
      readonly typed: string;
    };

// Plain decimals only: Number() would also take "0x10", "Infinity" and "" (as 0).
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const MAX_ECHO = 12;

export function readEntry(key: InputKey, text: string): Entry {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return { kind: 'invalid' };
  const parsed = Number(trimmed);
  const value = normaliseInputValue(key, parsed);
  if (value === null) return { kind: 'invalid' };
  const spec = INPUT_SPECS[key];
  if (parsed > spec.max) return { kind: 'clamped', value, side: 'above', typed: echo(trimmed) };
  if (parsed < spec.min) return { kind: 'clamped', value, side: 'below', typed: echo(trimmed) };
  return { kind: 'value', value };
}

function echo(text: string): string {
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
}

/** A range end as people write it next to a number: "20,000", "100 %", "1,000". */
function formatBound(key: InputKey, value: number): string {
  return INPUT_SPECS[key].unit === 'percent' ? formatPercent(value) : formatNumber(value);
}

/**
 * "25000 is above the maximum 20,000; set to 20,000 people." once applied, or, while the user
 * has only paused typing, what Enter would do (a pause never applies an out-of-range value).
 */
export function clampedMessage(
  key: InputKey,
  entry: Extract<Entry, { kind: 'clamped' }>,
  applied: boolean,
): string {
  const spec = INPUT_SPECS[key];
  const limit =
    entry.side === 'above'
      ? `above the maximum ${formatBound(key, spec.max)}`
      : `below the minimum ${formatBound(key, spec.min)}`;
  const result = formatInputValue(key, entry.value);
  return applied
    ? `${entry.typed} is ${limit}; set to ${result}.`
    : `${entry.typed} is ${limit}; Enter sets ${result}.`;
}

/** "Type a number from 0 to 20,000; kept 1,000 people." */
export function invalidMessage(key: InputKey, current: number): string {
  const spec = INPUT_SPECS[key];
  const range = `${formatBound(key, spec.min)} to ${formatBound(key, spec.max)}`;
  return `Type a number from ${range}; kept ${formatInputValue(key, current)}.`;
}
