/**
 * The explorer's inputs: one spec per input, in one table of two kinds. The URL key and the
 * label are a public contract (shared links and screen readers depend on them), so they are
 * defined once, here.
 *
 * - Numbers (`InputKey`, `INPUT_SPECS`): a slider each, with a number box and a range control.
 *   The nine inputs of one cohort placed into today's field are specified in ./cohort-inputs.ts,
 *   the nine of "Over the years" (issue 12) in ./years-inputs.ts; the two files only keep this one
 *   short: they are entries of this same table, with this same shape.
 * - Choices (`ChoiceKey`, `CHOICE_SPECS`): one of a few named values (a radio group), never a
 *   range: today only `nFrom`, how the net-neutral ratio is set.
 *
 * Both tables are mapped types over their keys, and the URL rules (src/url/url-spec.ts) are mapped
 * over both, so adding a key of either kind to `Scenario` fails to compile until it has a spec,
 * and therefore a URL rule, a range (or options) and a default.
 */
import { COHORT_INPUT_SPECS, type CohortInputKey } from './cohort-inputs';
import type { RangeFamily } from './ranges';
import { N_FROM_SPEC, YEARS_INPUT_SPECS, type NSource, type YearsInputKey } from './years-inputs';

export type { CohortInputKey } from './cohort-inputs';
export type { NSource, YearsInputKey } from './years-inputs';

/** The numeric inputs: today's one-cohort model's nine, and the nine of "Over the years". */
export type InputKey = CohortInputKey | YearsInputKey;

/** The inputs that take one of a few named values. */
export type ChoiceKey = 'nFrom';

/** Each choice input's values. */
export interface ChoiceValues {
  /** How the net-neutral ratio is set: `set`, the reader's slider; `field`, derived from the field. */
  readonly nFrom: NSource;
}

/** A scenario to fill in place (the sampler's row, a search's probe). */
export type MutableScenario = { -readonly [K in InputKey]: number } & {
  -readonly [K in ChoiceKey]: ChoiceValues[K];
};

/** Every input, of either kind: what links, pins and files carry. */
export type ScenarioKey = InputKey | ChoiceKey;

/**
 * A complete scenario: every input has a value. Shares, weights, growth and moves are
 * percentages (0–100, growth from −20).
 */
export type Scenario = { readonly [K in InputKey]: number } & ChoiceValues;

export type InputUnit =
  | 'researchers'
  | 'people'
  | 'percent'
  | 'ratio'
  | 'years'
  | 'cohorts-per-year'
  | 'percent-per-year'
  | 'times';

/** The groups of controls, in ./controls-panel.tsx's order. */
export type InputGroup = 'field' | 'cohort' | 'judgement' | 'years';

export interface InputSpec {
  readonly key: InputKey;
  /** Visible label and accessible name of the slider. */
  readonly label: string;
  /** One sentence that says what the input means. */
  readonly description: string;
  readonly min: number;
  readonly max: number;
  readonly defaultValue: number;
  /**
   * How the slider's track maps to values (src/ui/slider-scale.ts): 'log' spreads decades
   * evenly; 'ladder' steps through a list of readable values (src/ui/slider-ladder.ts). The
   * value itself is always stored and shared in plain form, whatever the slider shows.
   */
  readonly scale: 'linear' | 'log' | 'ladder';
  /** Smallest meaningful difference: values are rounded to a multiple of this. */
  readonly precision: number;
  /** Step of the native range input for linear sliders (keyboard arrows move by this). */
  readonly sliderStep: number;
  readonly unit: InputUnit;
  /** Which group of controls the input belongs to. */
  readonly group: InputGroup;
  /**
   * The distribution that fills the input's 90 % interval when it is a range (./ranges.ts); null
   * when the input is never a range (only `years`: see ./years-inputs.ts).
   */
  readonly rangeFamily: RangeFamily | null;
}

/** An input that takes one of a few named values (a radio group, not a slider); never a range. */
export interface ChoiceSpec<K extends ChoiceKey = ChoiceKey> {
  readonly key: K;
  readonly kind: 'choice';
  readonly label: string;
  readonly description: string;
  /** In display order; `value` is what links carry (`nFrom=field`), `label` what people read. */
  readonly options: readonly { readonly value: ChoiceValues[K]; readonly label: string }[];
  readonly defaultValue: ChoiceValues[K];
  readonly group: InputGroup;
}

export const INPUT_SPECS: { readonly [K in InputKey]: InputSpec & { readonly key: K } } = {
  ...COHORT_INPUT_SPECS,
  ...YEARS_INPUT_SPECS,
};

/** Mapped over `ChoiceKey`, like INPUT_SPECS: a new choice fails to compile until it has a spec. */
export const CHOICE_SPECS: { readonly [K in ChoiceKey]: ChoiceSpec<K> } = {
  nFrom: N_FROM_SPEC,
};

/** Display and URL order of the numeric inputs. */
export const INPUT_KEYS: readonly InputKey[] = [
  'cap',
  'saf',
  'cohort',
  'toSafety',
  'toIndep',
  'toCap',
  'indepWeight',
  'nonGen',
  'neutral',
  'years',
  'perYear',
  'safGrowth',
  'capGrowth',
  'drift',
  'pivot',
  'anyway',
  'capBoost',
  'importance',
];

/** The choice inputs, in URL order (after every number). */
export const CHOICE_KEYS: readonly ChoiceKey[] = ['nFrom'];

/** True for the inputs that can be a range (every number but `years`). */
export function canBeRange(key: InputKey): boolean {
  return INPUT_SPECS[key].rangeFamily !== null;
}

/** The three placement shares; with "other / not placed" they make up the whole cohort. */
export const SHARE_KEYS = ['toSafety', 'toIndep', 'toCap'] as const;
export type ShareKey = (typeof SHARE_KEYS)[number];

export const DEFAULT_SCENARIO: Scenario = Object.freeze({
  ...(Object.fromEntries(INPUT_KEYS.map((key) => [key, INPUT_SPECS[key].defaultValue])) as {
    [K in InputKey]: number;
  }),
  nFrom: CHOICE_SPECS.nFrom.defaultValue,
});

export function isInputKey(value: string): value is InputKey {
  return Object.prototype.hasOwnProperty.call(INPUT_SPECS, value);
}

/**
 * A raw value of a choice input: exactly one of its option values (case-sensitive, like every
 * other key and value in links), else null so the caller can report it and use the default.
 */
export function parseChoice<K extends ChoiceKey>(key: K, raw: unknown): ChoiceValues[K] | null {
  for (const option of CHOICE_SPECS[key].options) if (option.value === raw) return option.value;
  return null;
}

/** The words people read for a choice's value: "From the field". */
export function choiceLabel<K extends ChoiceKey>(key: K, value: ChoiceValues[K]): string {
  return CHOICE_SPECS[key].options.find((option) => option.value === value)?.label ?? value;
}

/** Two scenarios with the same value for every input, of either kind. */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return (
    INPUT_KEYS.every((key) => a[key] === b[key]) && CHOICE_KEYS.every((key) => a[key] === b[key])
  );
}

/** Rounds to the input's precision and clamps into its range. Non-finite values give null. */
export function normaliseInputValue(key: InputKey, value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const spec = INPUT_SPECS[key];
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  return roundToPrecision(clamped, spec.precision);
}

/** Rounds to a multiple of `precision` without binary noise (0.1 × 14 = 1.4, not 1.4000000000000001). */
export function roundToPrecision(value: number, precision: number): number {
  const decimals = Math.max(0, Math.round(-Math.log10(precision)));
  const steps = value / precision;
  // Fast path, exactly equal to the string path below (a test compares them over a million
  // values): the flip-point search calls this about a hundred times per slider step, and the
  // two string conversions were a tenth of a step's JavaScript.
  // - toPrecision(12) moves `steps` by at most 0.5e-11 × |steps|, which changes Math.round only
  //   when `steps` is that close to a half;
  // - with precision × 10^decimals a whole number m, toFixed's decimal is steps·m / 10^decimals,
  //   and dividing those exact integers rounds to the same double as parsing it.
  const scale = 10 ** decimals;
  const m = precision * scale;
  if (Math.abs(steps) < 1e9 && Number.isInteger(m)) {
    const half = Math.abs(steps - Math.floor(steps) - 0.5);
    if (half > 1e-11 * Math.abs(steps) + 1e-9) return (Math.round(steps) * m) / scale + 0;
  }
  // toPrecision(12) removes binary noise first, so 1.45 / 0.1 = 14.499999999999998 rounds to 15.
  const rounded = Math.round(Number(steps.toPrecision(12))) * precision;
  return Number(rounded.toFixed(decimals));
}
