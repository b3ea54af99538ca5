/**
 * The inputs of "Over the years" (issue 12): how long a program runs, how often it places a
 * cohort, how the field grows, how alumni move between the sides, what the program caused, and
 * how N may follow from the field. docs/model.md, "Over the years", documents each one.
 *
 * They are kept apart from INPUT_SPECS (./inputs.ts) on purpose, for now: the controls, the link
 * codec, the store, pins, the JSON file, the CSV, the flip points and the sampler all iterate
 * INPUT_KEYS, so adding a key there puts a slider on the page and a parameter in links at once.
 * The specs have the same shape as INPUT_SPECS' so they can move there in one step; the few
 * fields that differ say why (a unit and a group the page does not have yet, an input that is
 * never a range, and `nFrom`, which is a choice and not a number).
 *
 * Every default reproduces today's one-cohort model exactly (docs/model.md), so a v=1 link keeps
 * its meaning without a migration.
 */
import {
  DEFAULT_SCENARIO,
  roundToPrecision,
  type InputSpec,
  type InputUnit,
  type Scenario,
} from './inputs';
import type { RangeFamily } from './ranges';

/** The nine numeric inputs, in the order. */
export type YearsNumberKey =
  | 'years'
  | 'perYear'
  | 'safGrowth'
  | 'capGrowth'
  | 'drift'
  | 'pivot'
  | 'anyway'
  | 'capBoost'
  | 'importance';

/** How the net-neutral ratio is set: `set`, the reader's slider; `field`, derived from the field. */
export type NSource = 'set' | 'field';

export type YearsInputs = { readonly [K in YearsNumberKey]: number } & {
  readonly nFrom: NSource;
};

/** Today's scenario and the years inputs: everything the years model reads. */
export type YearsScenario = Scenario & YearsInputs;

/**
 * Units the page does not format yet (src/format/format.ts, formatByUnit): whole years, cohorts a
 * year, a percentage a year (growth, moves: "21 %/yr") and a multiplier (importance: "10×").
 */
export type YearsInputUnit =
  InputUnit | 'years' | 'cohorts-per-year' | 'percent-per-year' | 'times';

/**
 * Proposed groups: `years` is a new one ("Over the years": the program's length and pace, the
 * field's growth, alumni moving); the judgement calls stay in `judgement`.
 */
export type YearsInputGroup = InputSpec['group'] | 'years';

export interface YearsNumberSpec extends Omit<InputSpec, 'key' | 'unit' | 'group' | 'rangeFamily'> {
  readonly key: YearsNumberKey;
  readonly unit: YearsInputUnit;
  readonly group: YearsInputGroup;
  /**
   * null: the input is never a range. Only `years`: it is the horizon the charts are drawn over,
   * a choice of what to look at and not a belief, and a sampled 12.7 years has no meaning in a
   * model that steps a whole year at a time.
   */
  readonly rangeFamily: RangeFamily | null;
}

/** An input that takes one of a few named values (a radio group, not a slider). */
export interface ChoiceSpec<V extends string> {
  readonly key: 'nFrom';
  readonly kind: 'choice';
  readonly label: string;
  readonly description: string;
  /** In display order; `value` is what links carry (`nFrom=field`), `label` what people read. */
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly defaultValue: V;
  readonly group: YearsInputGroup;
}

export const YEARS_NUMBER_SPECS: {
  readonly [K in YearsNumberKey]: YearsNumberSpec & { readonly key: K };
} = {
  years: {
    key: 'years',
    label: 'Years',
    description: 'How many years the program runs; the figures are read at the end of the last.',
    min: 1,
    max: 30,
    defaultValue: 1,
    scale: 'linear',
    precision: 1,
    sliderStep: 1,
    unit: 'years',
    group: 'years',
    rangeFamily: null,
  },
  perYear: {
    key: 'perYear',
    label: 'Cohorts per year',
    description: 'How many cohorts of the size above the program places each year.',
    min: 1,
    max: 4,
    defaultValue: 1,
    scale: 'linear',
    precision: 1,
    sliderStep: 1,
    unit: 'cohorts-per-year',
    group: 'years',
    rangeFamily: 'logit-normal',
  },
  safGrowth: {
    key: 'safGrowth',
    label: 'Safety field growth',
    description:
      'How fast the safety researchers who are not alumni of the program grow each year (negative: shrink).',
    min: -20,
    max: 100,
    defaultValue: 0,
    scale: 'linear',
    precision: 0.1,
    sliderStep: 1,
    unit: 'percent-per-year',
    group: 'years',
    rangeFamily: 'logit-normal',
  },
  capGrowth: {
    key: 'capGrowth',
    label: 'Capabilities field growth',
    description:
      'How fast the capabilities researchers who are not alumni of the program grow each year (negative: shrink).',
    min: -20,
    max: 100,
    defaultValue: 0,
    scale: 'linear',
    precision: 0.1,
    sliderStep: 1,
    unit: 'percent-per-year',
    group: 'years',
    rangeFamily: 'logit-normal',
  },
  drift: {
    key: 'drift',
    label: 'Safety alumni moving to capabilities',
    description: 'Share of the alumni counted as safety who move to capabilities work each year.',
    min: 0,
    max: 50,
    defaultValue: 0,
    scale: 'linear',
    precision: 0.1,
    sliderStep: 1,
    unit: 'percent-per-year',
    group: 'years',
    rangeFamily: 'logit-normal',
  },
  pivot: {
    key: 'pivot',
    label: 'Capabilities alumni moving to safety',
    description: 'Share of the alumni counted as capabilities who move to safety work each year.',
    min: 0,
    max: 50,
    defaultValue: 0,
    scale: 'linear',
    precision: 0.1,
    sliderStep: 1,
    unit: 'percent-per-year',
    group: 'years',
    rangeFamily: 'logit-normal',
  },
  anyway: {
    key: 'anyway',
    label: 'Would have entered anyway',
    description:
      'Share of the alumni who would have reached the same roles without the program; the program is credited only with the rest.',
    min: 0,
    max: 100,
    defaultValue: 0,
    scale: 'linear',
    precision: 0.1,
    sliderStep: 1,
    unit: 'percent',
    group: 'judgement',
    rangeFamily: 'logit-normal',
  },
  capBoost: {
    key: 'capBoost',
    label: "Capabilities alumni's extra output",
    description:
      'How much more a capabilities alumnus adds to capabilities than a median capabilities researcher (e.g. by applying what they learned about safety).',
    min: 0,
    max: 200,
    defaultValue: 0,
    scale: 'linear',
    precision: 0.1,
    sliderStep: 1,
    unit: 'percent',
    group: 'judgement',
    rangeFamily: 'logit-normal',
  },
  importance: {
    key: 'importance',
    label: 'Safety importance',
    description:
      'How many times more one unit of safety progress matters than one unit of capabilities progress; with N from the field, N = importance × capabilities ÷ safety researchers today.',
    min: 0.1,
    max: 100,
    defaultValue: 10,
    scale: 'log',
    // Hundredths, so the slider's low decade (0.1–1) has steps finer than a factor of two.
    precision: 0.01,
    sliderStep: 1,
    unit: 'times',
    group: 'judgement',
    rangeFamily: 'lognormal',
  },
};

export const N_FROM_SPEC: ChoiceSpec<NSource> = {
  key: 'nFrom',
  kind: 'choice',
  label: 'How N is set',
  description:
    'Set your net-neutral ratio with its slider, or derive it from the field: N = safety importance × capabilities ÷ safety researchers today.',
  options: [
    { value: 'set', label: 'Your slider' },
    { value: 'field', label: 'From the field' },
  ],
  defaultValue: 'set',
  group: 'judgement',
};

/** Display and URL order, as in the issue. */
export const YEARS_INPUT_KEYS: readonly (YearsNumberKey | 'nFrom')[] = [
  'years',
  'perYear',
  'safGrowth',
  'capGrowth',
  'drift',
  'pivot',
  'anyway',
  'capBoost',
  'nFrom',
  'importance',
];

export const YEARS_NUMBER_KEYS: readonly YearsNumberKey[] = YEARS_INPUT_KEYS.filter(
  (key): key is YearsNumberKey => key !== 'nFrom',
);

export const DEFAULT_YEARS_INPUTS: YearsInputs = Object.freeze({
  ...(Object.fromEntries(
    YEARS_NUMBER_KEYS.map((key) => [key, YEARS_NUMBER_SPECS[key].defaultValue]),
  ) as { [K in YearsNumberKey]: number }),
  nFrom: N_FROM_SPEC.defaultValue,
});

/** Today's defaults with the years defaults: the one-cohort model, exactly. */
export const DEFAULT_YEARS_SCENARIO: YearsScenario = Object.freeze({
  ...DEFAULT_SCENARIO,
  ...DEFAULT_YEARS_INPUTS,
});

/** A one-cohort scenario (a v=1 link, a pin, a preset of today) with the years defaults added. */
export function withYearsDefaults(s: Scenario, years: Partial<YearsInputs> = {}): YearsScenario {
  return { ...s, ...DEFAULT_YEARS_INPUTS, ...years };
}

export function isYearsNumberKey(value: string): value is YearsNumberKey {
  return Object.prototype.hasOwnProperty.call(YEARS_NUMBER_SPECS, value);
}

/** As normaliseInputValue: rounds to the input's precision and clamps; non-finite gives null. */
export function normaliseYearsValue(key: YearsNumberKey, value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const spec = YEARS_NUMBER_SPECS[key];
  return roundToPrecision(Math.min(spec.max, Math.max(spec.min, value)), spec.precision) + 0;
}

/**
 * A link's raw `nFrom` value: exactly one of the option values (case-sensitive, like every other
 * key and value in links), else null so the decoder can report it and use the default.
 */
export function parseNSource(raw: string): NSource | null {
  for (const option of N_FROM_SPEC.options) if (option.value === raw) return option.value;
  return null;
}
