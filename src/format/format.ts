/**
 * Number and ratio formats, in one place (en-US, as the issue specifies: "10,500", "7 : 1").
 * Every formatter returns text for any finite input and a named word for anything else, so the
 * page can never show "NaN" or "Infinity".
 */
import type { Margin, NewResearchersBalance, Results, Verdict } from '../model/calculate';
// Not Intl.NumberFormat: building the first one costs a fresh page 35–75 ms (decimal-format.ts).
import { createDecimalFormat, type DecimalFormat } from './decimal-format';

export const integerFormat = createDecimalFormat({ maximumFractionDigits: 0 });
const sigFormat = createDecimalFormat({ maximumSignificantDigits: 3 });
export const oneDecimal = createDecimalFormat({ maximumFractionDigits: 1 });

/**
 * `value` to 12 significant digits, which drops binary noise before rounding for display. The
 * same quantity computed two ways (the headline from the whole cohort, a chart per person of it)
 * can differ in its last bits, and where the true value is a rounding tie (55 / 8 = 6.875, which
 * is "6.88") that noise would print "6.87" in one place and "6.88" in the other. Twelve digits is
 * far more than any display shows (at most 7) and far less than the 15–17 a double carries.
 */
export function withoutNoise(value: number): number {
  return Number(value.toPrecision(12));
}

/** Readable number: whole numbers from 100 up with grouping, smaller ones to 3 significant digits. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const clean = withoutNoise(value);
  const abs = Math.abs(clean);
  if (abs >= 100) return fixNegativeZero(integerFormat.format(clean));
  if (abs === 0) return '0';
  return fixNegativeZero(sigFormat.format(clean));
}

/** At most this many extra digits are added to tell two figures apart; past it they are "the same". */
const MAX_EXTRA_DIGITS = 4;

// Made once, as every slider move uses them (index = extra digits).
const extraDigits = Array.from({ length: MAX_EXTRA_DIGITS + 1 }, (_, digits) => digits);
const wholeFormats = extraDigits.map((digits) =>
  createDecimalFormat({ maximumFractionDigits: digits }),
);
const sigFormats = extraDigits.map((digits) =>
  createDecimalFormat({ maximumSignificantDigits: 3 + digits }),
);

/**
 * How `formatNumber` would write `value` if it had to show `digits` more significant digits than
 * usual (three below 100, whole numbers from 100 up).
 */
function formatNumberWithExtraDigits(value: number, digits: number): string {
  if (digits === 0) return formatNumber(value);
  const format = Math.abs(value) >= 100 ? wholeFormats[digits] : sigFormats[digits];
  return format ? fixNegativeZero(format.format(withoutNoise(value))) : formatNumber(value);
}

/**
 * Extra digits needed so that two different values never read the same: 10,910 : 1,090 is
 * 10.009 : 1 and must not print "10 : 1" beside a field that is exactly 10 : 1 (issue 9, fault
 * 11). 0 when the usual format already tells them apart, or when they differ by less than the
 * largest extra precision can show (then they are the same for every reader's purpose).
 */
export function digitsToTellApart(value: number, reference: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(reference) || value === reference) return 0;
  for (let digits = 0; digits <= MAX_EXTRA_DIGITS; digits += 1) {
    if (
      formatNumberWithExtraDigits(value, digits) !== formatNumberWithExtraDigits(reference, digits)
    ) {
      return digits;
    }
  }
  return 0;
}

/** `value` written with enough digits to differ from `reference` when the two differ. */
export function formatNumberApart(value: number, reference: number): string {
  return formatNumberWithExtraDigits(value, digitsToTellApart(value, reference));
}

/**
 * A figure beside the one it is compared with, and the difference between the two as they are
 * written: "495" vs "500" is "−5", never "−4.5", because the difference is taken between the
 * rounded values a reader sees. Both values get the same digits, enough to tell them apart.
 */
export function formatCompared(
  value: number,
  reference: number,
): { readonly value: string; readonly reference: string; readonly difference: string } {
  if (!Number.isFinite(value) || !Number.isFinite(reference)) {
    return { value: formatNumber(value), reference: formatNumber(reference), difference: '' };
  }
  const extra = Math.max(digitsToTellApart(value, reference), digitsToTellApart(reference, value));
  const valueText = formatNumberWithExtraDigits(value, extra);
  const referenceText = formatNumberWithExtraDigits(reference, extra);
  if (valueText === referenceText)
    return { value: valueText, reference: referenceText, difference: 'same' };
  const shown = (text: string) => Number(text.replace(/,/g, '').replace('−', '-'));
  const diff = shown(valueText) - shown(referenceText);
  // The decimals the two texts carry, so the difference has no float noise (0.30000000000000004).
  // At most 20 decimals, as Intl allowed; only figures below 1e-17 would need more.
  const decimals = Math.min(20, Math.max(decimalsIn(valueText), decimalsIn(referenceText)));
  const magnitude = differenceFormat(decimals).format(Math.abs(diff));
  return {
    value: valueText,
    reference: referenceText,
    difference: `${diff > 0 ? '+' : '−'}${magnitude}`,
  };
}

/** One format per decimal count, made on first use: comparisons run on every slider step. */
const differenceFormats = new Map<number, DecimalFormat>();

function differenceFormat(decimals: number): DecimalFormat {
  let format = differenceFormats.get(decimals);
  if (format === undefined) {
    format = createDecimalFormat({ maximumFractionDigits: decimals });
    differenceFormats.set(decimals, format);
  }
  return format;
}

function decimalsIn(text: string): number {
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}

/** A count of people: whole numbers ("10,500"), with one decimal only below 10 when fractional. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const clean = withoutNoise(value);
  if (Math.abs(clean) >= 10 || Number.isInteger(clean)) {
    return fixNegativeZero(integerFormat.format(clean));
  }
  return fixNegativeZero(oneDecimal.format(clean));
}

/** Percent with up to one decimal: "49 %", "1.4 %". */
export function formatPercent(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return `${fixNegativeZero(oneDecimal.format(withoutNoise(value)))} %`;
}

/** "A : B" with the smaller side written as 1: ratio(10500, 1500) = "7 : 1". */
export function formatRatio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a <= 0 || b <= 0) return 'n/a';
  return a >= b ? `${formatNumber(a / b)} : 1` : `1 : ${formatNumber(b / a)}`;
}

/**
 * `formatRatio(a, b)` with enough digits to differ from the ratio `refA : refB` when the two
 * differ ("10.01 : 1" after a field that was "10 : 1").
 */
export function formatRatioApart(a: number, b: number, refA: number, refB: number): string {
  const plain = formatRatio(a, b);
  if (plain === 'n/a' || plain !== formatRatio(refA, refB)) return plain;
  // Same text means the same orientation; compare the larger-over-smaller numbers.
  const side = a >= b ? a / b : b / a;
  const refSide = a >= b ? refA / refB : refB / refA;
  const text = formatNumberApart(side, refSide);
  return a >= b ? `${text} : 1` : `1 : ${text}`;
}

/**
 * The field's ratio after the cohort, with the digits to tell it from the ratio before: a field
 * that got worse must not read "10 : 1" beside a field that was 10 : 1.
 */
export function formatFieldRatioAfter(results: Pick<Results, 'fieldNow' | 'fieldAfter'>): string {
  const { fieldNow: now, fieldAfter: after } = results;
  return formatRatioApart(after.capabilities, after.safety, now.capabilities, now.safety);
}

/** The net-neutral ratio as the thread writes it: "1 : 100". */
export function formatNeutral(n: number): string {
  return `1 : ${formatNumber(n)}`;
}

/** New researchers ratio, safety : capabilities, with the edge cases named. */
export function formatBalance(balance: NewResearchersBalance, newSafety: number, newCap: number) {
  switch (balance.kind) {
    case 'none':
      return 'no one placed on either side';
    case 'all-safety':
      return 'all safety (no capabilities placements)';
    case 'all-capabilities':
      return 'all capabilities (no safety placements)';
    case 'both':
      return formatRatio(newSafety, newCap);
  }
}

export function formatCapabilitiesPer100Safety(balance: NewResearchersBalance): string {
  switch (balance.kind) {
    case 'none':
      return 'no one placed';
    case 'all-safety':
      return '0';
    case 'all-capabilities':
      return 'no safety placements';
    case 'both':
      return formatNumber(balance.capabilitiesPer100Safety);
  }
}

export function formatMargin(margin: Margin): string {
  switch (margin.kind) {
    case 'finite':
      return margin.timesBreakEven === 0
        ? 'no safety placements'
        : `${formatMultiple(margin.timesBreakEven)}× break-even`;
    case 'unbounded':
      return 'no capabilities placements to offset';
    case 'none':
      return 'nothing placed';
  }
}

const nearOneFormat = createDecimalFormat({ maximumSignificantDigits: 6 });

// Near break-even three significant digits would print "1×" for a verdict that is not neutral,
// so show enough digits to see which side of 1 the margin is on.
function formatMultiple(value: number): string {
  if (Number.isFinite(value) && value !== 1 && Math.abs(value - 1) < 0.005) {
    return nearOneFormat.format(withoutNoise(value));
  }
  return formatNumber(value);
}

const OUTCOME_TEXT: Record<Verdict['outcome'], string> = {
  'net-positive': 'Net positive',
  'net-negative': 'Net negative',
  'net-neutral': 'Net neutral',
};

/** "Net positive (10× break-even)". */
export function formatVerdict(verdict: Verdict): string {
  return `${OUTCOME_TEXT[verdict.outcome]} (${formatMargin(verdict.margin)})`;
}

/** The verdict without its margin, for tight spaces (the sticky summary): "Net positive". */
export function formatOutcome(verdict: Verdict): string {
  return OUTCOME_TEXT[verdict.outcome];
}

/** Signed net impact in safety-researcher equivalents: "450", "−20.5". */
export function formatNetImpact(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return withMinusSign(formatNumber(value));
}

/** A written number with a true minus sign ("−5") in place of the hyphen ("-5"). */
export function withMinusSign(text: string): string {
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** "0" for "-0": a value that rounds to zero from below is written without a sign. */
export function fixNegativeZero(text: string): string {
  return text === '-0' ? '0' : text;
}

/** Difference of two figures as the change from `reference` to `value`: "+2.5", "−450", "same". */
export function formatDifference(value: number | null, reference: number | null): string {
  if (value === null || reference === null || !Number.isFinite(value - reference)) return '';
  const diff = value - reference;
  if (Math.abs(diff) <= 1e-9 * Math.max(Math.abs(value), Math.abs(reference), 1)) return 'same';
  return `${diff > 0 ? '+' : '−'}${formatNumber(Math.abs(diff))}`;
}
