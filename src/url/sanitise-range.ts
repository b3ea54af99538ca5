/**
 * One raw link value that may be a range, `lo~hi` (issue 11). Each end is sanitised exactly like
 * a point (strict number syntax, clamped, rounded to the input's precision), and every problem
 * with the range's shape is reported in one plain sentence:
 *
 * | raw            | read as                                                                  |
 * | -------------- | ------------------------------------------------------------------------ |
 * | `100~10`       | the range 10–100 (ends swapped; `reversed`)                              |
 * | `5~20~30`      | the range 5–20: the first two ends; the rest ignored (`range`)           |
 * | `5~5`          | the point 5 (equal ends, also after clamping or rounding; `range`)       |
 * | `5~` or `5~ab` | the point 5: the range is dropped, the point is the good end (`invalid`) |
 * | `~`, `a~b`     | the input's default, as for a point that is not a number (`invalid`)     |
 *
 * Why the good end, not the default: someone who typed `toCap=5~` meant a capabilities share
 * around 5 %, and the default (50 %) would be far from anything the link says.
 */
import { formatInputValue } from '../format/input-format';
import { formatInputRange } from '../format/range-text';
import { canBeRange, INPUT_SPECS, normaliseInputValue, type InputKey } from '../model/inputs';
import { rangeMiddle } from '../model/range-points';
import type { InputRange } from '../model/ranges';
import { describeKey, MAX_VALUE_LENGTH, parseStrictNumber, sanitiseValue } from './sanitise';
import { displayText, RANGE_SEPARATOR, type DecodeIssue } from './url-spec';

export interface SanitisedEntry {
  /** The input's point: for a range, the range's middle (src/model/range-points.ts). */
  readonly value: number;
  /** The range, ends ordered and at least one step apart; null when the input is a point. */
  readonly range: InputRange | null;
  readonly issues: DecodeIssue[];
}

/** A raw value → a point, or a range when it holds RANGE_SEPARATOR. */
export function sanitiseEntry(key: InputKey, raw: string): SanitisedEntry {
  if (!raw.includes(RANGE_SEPARATOR)) {
    const { value, issue } = sanitiseValue(key, raw);
    return { value, range: null, issues: issue ? [issue] : [] };
  }
  const entry = sanitiseRange(key, raw);
  if (entry.range === null || canBeRange(key)) return entry;
  // `years=5~10`: read as its middle, rounded to the input's precision, and say why.
  const value = normaliseInputValue(key, (entry.range.lo + entry.range.hi) / 2) ?? entry.value;
  const message =
    `${describeKey(key)}: cannot be a range (it is the horizon the figures are read at); ` +
    `read as the point ${formatInputValue(key, value)}, the middle of ` +
    `${formatInputRange(key, entry.range)}.`;
  return { value, range: null, issues: [...entry.issues, { key, kind: 'range', message }] };
}

type End = { readonly ok: true; readonly value: number } | { readonly ok: false };

const END_NAMES = { lo: 'low end', hi: 'high end' } as const;

function sanitiseRange(key: InputKey, raw: string): SanitisedEntry {
  const name = describeKey(key);
  const issues: DecodeIssue[] = [];
  // At most three pieces: two ends and whatever follows, so a value of 100,000 `~` costs nothing.
  const [loRaw = '', hiRaw = '', rest] = splitOnce(raw);
  if (rest !== undefined) {
    issues.push({
      key,
      kind: 'range',
      message:
        `${name}: "${displayText(raw)}" has more than two ends; a range is written low~high, ` +
        `so only the first two were read.`,
    });
  }
  const lo = readEnd(key, loRaw, `${name}, ${END_NAMES.lo}`, issues);
  const hi = readEnd(key, hiRaw, `${name}, ${END_NAMES.hi}`, issues);

  if (lo.ok && hi.ok) return bothEnds(key, lo.value, hi.value, issues);
  if (lo.ok || hi.ok) {
    const good = lo.ok ? lo.value : hi.ok ? hi.value : 0;
    const badEnd: keyof typeof END_NAMES = lo.ok ? 'hi' : 'lo';
    const badRaw = lo.ok ? hiRaw : loRaw;
    const goodEnd = lo.ok ? END_NAMES.lo : END_NAMES.hi;
    const what =
      badRaw === ''
        ? `the range "${displayText(raw)}" has no ${END_NAMES[badEnd]}`
        : `the ${END_NAMES[badEnd]} ${describeBad(badRaw)}`;
    issues.push({
      key,
      kind: 'invalid',
      message: `${name}: ${what}; read as the point ${formatInputValue(key, good)}, the ${goodEnd}.`,
    });
    return { value: good, range: null, issues };
  }
  const value = INPUT_SPECS[key].defaultValue;
  const what =
    loRaw === '' && hiRaw === ''
      ? `the range "${displayText(raw)}" has no ends`
      : `neither end of "${displayText(raw)}" is a number`;
  issues.push({
    key,
    kind: 'invalid',
    message: `${name}: ${what}; using the default, ${formatInputValue(key, value)}.`,
  });
  return { value, range: null, issues };
}

function bothEnds(key: InputKey, a: number, b: number, issues: DecodeIssue[]): SanitisedEntry {
  const name = describeKey(key);
  if (a === b) {
    issues.push({
      key,
      kind: 'range',
      message: `${name}: both ends are ${formatInputValue(key, a)}, so it is read as that point.`,
    });
    return { value: a, range: null, issues };
  }
  const range = { lo: Math.min(a, b), hi: Math.max(a, b) };
  if (a > b) {
    issues.push({
      key,
      kind: 'reversed',
      message: `${name}: the high end came first; read as ${formatInputRange(key, range)}.`,
    });
  }
  return { value: rangeMiddle(key, range), range, issues };
}

/** One end: its own clamping and rounding issues are reported; a missing or bad end is not ok. */
function readEnd(key: InputKey, raw: string, subject: string, issues: DecodeIssue[]): End {
  if (parseStrictNumber(raw) === null) return { ok: false };
  const { value, issue } = sanitiseValue(key, raw, subject);
  if (issue) issues.push(issue);
  return { ok: true, value };
}

function describeBad(raw: string): string {
  if (raw.length > MAX_VALUE_LENGTH) return `"${displayText(raw)}" is too long to be a number`;
  return `"${displayText(raw)}" is not a number`;
}

function splitOnce(raw: string): [string, string, string | undefined] {
  const first = raw.indexOf(RANGE_SEPARATOR);
  const second = raw.indexOf(RANGE_SEPARATOR, first + 1);
  if (second === -1) return [raw.slice(0, first), raw.slice(first + 1), undefined];
  return [raw.slice(0, first), raw.slice(first + 1, second), raw.slice(second + 1)];
}
