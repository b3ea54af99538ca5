/**
 * Number and ratio formats, in one place (en-US, as the issue specifies: "10,500", "7 : 1").
 * Every formatter returns text for any finite input and a named word for anything else, so the
 * page can never show "NaN" or "Infinity".
 */
import type { InputKey, InputUnit } from '../model/inputs';
import { INPUT_SPECS } from '../model/inputs';
import type { Margin, NewResearchersBalance, Verdict } from '../model/calculate';

const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const sigFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Readable number: whole numbers from 100 up with grouping, smaller ones to 3 significant digits. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const abs = Math.abs(value);
  if (abs >= 100) return fixNegativeZero(integerFormat.format(value));
  if (abs === 0) return '0';
  return fixNegativeZero(sigFormat.format(value));
}

/** A count of people: whole numbers ("10,500"), with one decimal only below 10 when fractional. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (Math.abs(value) >= 10 || Number.isInteger(value)) {
    return fixNegativeZero(integerFormat.format(value));
  }
  return fixNegativeZero(oneDecimal.format(value));
}

/** Percent with up to one decimal: "49 %", "1.4 %". */
export function formatPercent(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return `${fixNegativeZero(oneDecimal.format(value))} %`;
}

/** "A : B" with the smaller side written as 1: ratio(10500, 1500) = "7 : 1". */
export function formatRatio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a <= 0 || b <= 0) return 'n/a';
  return a >= b ? `${formatNumber(a / b)} : 1` : `1 : ${formatNumber(b / a)}`;
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

const nearOneFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 });

// Near break-even three significant digits would print "1×" for a verdict that is not neutral,
// so show enough digits to see which side of 1 the margin is on.
function formatMultiple(value: number): string {
  if (Number.isFinite(value) && value !== 1 && Math.abs(value - 1) < 0.005) {
    return nearOneFormat.format(value);
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

/** Signed net impact in safety-researcher equivalents: "450", "−20.5". */
export function formatNetImpact(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const text = formatNumber(value);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

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
  }
}

function fixNegativeZero(text: string): string {
  return text === '-0' ? '0' : text;
}

/** Difference of two figures as the change from `reference` to `value`: "+2.5", "−450", "same". */
export function formatDifference(value: number | null, reference: number | null): string {
  if (value === null || reference === null || !Number.isFinite(value - reference)) return '';
  const diff = value - reference;
  if (Math.abs(diff) <= 1e-9 * Math.max(Math.abs(value), Math.abs(reference), 1)) return 'same';
  return `${diff > 0 ? '+' : '−'}${formatNumber(Math.abs(diff))}`;
}
