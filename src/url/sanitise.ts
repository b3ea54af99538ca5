/**
 * Turns raw query-string values into a valid scenario. A link is untrusted text (hand-edited,
 * truncated by a chat app, or hostile), so every value is parsed strictly and then clamped,
 * rounded or replaced by its default, and each change is reported in plain English.
 */
import {
  CHOICE_KEYS,
  CHOICE_SPECS,
  choiceLabel,
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
  isInputKey,
  normaliseInputValue,
  parseChoice,
  roundToPrecision,
  type ChoiceKey,
  type ChoiceValues,
  type InputKey,
  type MutableScenario,
  type Scenario,
  type ScenarioKey,
} from '../model/inputs';
import { scaleSharesToFit } from '../model/shares';
import { formatInputValue } from '../format/input-format';
import { displayText, type DecodeIssue } from './url-spec';

/** No input needs more characters than this; longer values are rejected before parsing. */
export const MAX_VALUE_LENGTH = 40;

/**
 * Plain decimals (`1200`, `1.4`, `-3`, `.5`) with an optional exponent (`1e4`). Written out
 * because Number() also accepts hex, binary, `Infinity`, whitespace and the empty string. `\d`
 * without the `u` flag is ASCII only, so other scripts' digits are rejected too. A leading `+` is
 * rejected: in a query string it means a space, so `%2B` in a link is almost surely an accident.
 */
const NUMBER_SYNTAX = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a raw value with the strict syntax above; null when it is not a number. Values too big
 * or too small for a double saturate (to ±Number.MAX_VALUE or ±Number.MIN_VALUE) instead of
 * becoming Infinity or 0, so `1e999` is reported as above the maximum, which is what it is.
 * Negative zero becomes 0: it is the same value and must not leak into equality checks.
 */
export function parseStrictNumber(raw: string): number | null {
  if (raw.length === 0 || raw.length > MAX_VALUE_LENGTH || !NUMBER_SYNTAX.test(raw)) return null;
  const value = Number(raw);
  const sign = raw.startsWith('-') ? -1 : 1;
  if (!Number.isFinite(value)) return sign * Number.MAX_VALUE;
  if (value === 0) {
    const mantissa = raw.replace(/[eE].*$/, '');
    return /[1-9]/.test(mantissa) ? sign * Number.MIN_VALUE : 0;
  }
  return value;
}

export interface SanitisedValue {
  readonly value: number;
  readonly issue: DecodeIssue | null;
}

/**
 * One raw value → a value within the input's range and at its precision. `subject` begins each
 * message: the key and label, or for one end of a range "toCap (Capabilities roles), low end".
 */
export function sanitiseValue(
  key: InputKey,
  raw: string,
  subject: string = describeKey(key),
): SanitisedValue {
  const spec = INPUT_SPECS[key];
  const parsed = parseStrictNumber(raw);
  if (parsed === null) {
    const value = spec.defaultValue;
    const what =
      raw.length === 0
        ? 'no value was given'
        : raw.length > MAX_VALUE_LENGTH
          ? `"${displayText(raw)}" is too long to be a number`
          : `"${displayText(raw)}" is not a number`;
    const used = formatInputValue(key, value);
    const message = `${subject}: ${what}; using the default, ${used}.`;
    return { value, issue: { key, kind: 'invalid', message } };
  }
  if (parsed < spec.min || parsed > spec.max) {
    const below = parsed < spec.min;
    const value = below ? spec.min : spec.max;
    const limit = below ? 'below the minimum' : 'above the maximum';
    const used = formatInputValue(key, value);
    const message = `${subject}: ${displayText(raw)} is ${limit}; using ${used}.`;
    return { value, issue: { key, kind: 'clamped', message } };
  }
  const value = roundToPrecision(parsed, spec.precision);
  if (value !== parsed) {
    const message =
      `${subject}: ${displayText(raw)} has more decimals than this input takes ` +
      `(${describePrecision(spec.precision)}); using ${formatInputValue(key, value)}.`;
    return { value, issue: { key, kind: 'rounded', message } };
  }
  return { value, issue: null };
}

/**
 * Makes any scenario valid without reporting: used before encoding, so a link written from a
 * slightly off state (a value between steps, shares past 100 %) still decodes without issues.
 */
export function normaliseScenario(s: Scenario): Scenario {
  const values: MutableScenario = { ...DEFAULT_SCENARIO };
  for (const key of INPUT_KEYS) {
    const value = normaliseInputValue(key, s[key]);
    // `+ 0` turns -0 into 0 so it can never reach a link or an equality check.
    values[key] = value === null ? DEFAULT_SCENARIO[key] : value + 0;
  }
  for (const key of CHOICE_KEYS) values[key] = parseChoice(key, s[key]) ?? DEFAULT_SCENARIO[key];
  Object.assign(values, scaleSharesToFit(values).shares);
  return values;
}

/**
 * A raw choice value (`nFrom=field`): exactly one of its options, or the default with a notice
 * that names the options, so `nFrom=evil` opens the page as `nFrom=set` and says so.
 */
export function sanitiseChoice<K extends ChoiceKey>(
  key: K,
  raw: string,
): { readonly value: ChoiceValues[K]; readonly issue: DecodeIssue | null } {
  const value = parseChoice(key, raw);
  if (value !== null) return { value, issue: null };
  const spec = CHOICE_SPECS[key];
  const fallback = spec.defaultValue;
  const options = joinOr(spec.options.map((option) => `"${option.value}"`));
  const what = raw.length === 0 ? 'no value was given' : `"${displayText(raw)}" is not ${options}`;
  const used = `"${fallback}" (${choiceLabel(key, fallback)})`;
  const message = `${describeKey(key)}: ${what}; using the default, ${used}.`;
  return { value: fallback, issue: { key, kind: 'invalid', message } };
}

/** "cohort (Cohort size)": the URL key people see in the link, and the label they see on screen. */
export function describeKey(key: ScenarioKey): string {
  const spec = isInputKey(key) ? INPUT_SPECS[key] : CHOICE_SPECS[key];
  return `${key} (${spec.label})`;
}

function joinOr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1] ?? ''}`;
}

export function describePrecision(precision: number): string {
  if (precision === 1) return 'whole numbers';
  if (precision === 0.1) return 'one decimal place';
  if (precision === 0.01) return 'two decimal places';
  return `steps of ${precision}`;
}

export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}
