/**
 * The explorer's inputs: one spec per input. The URL key and the label are a public contract
 * (shared links and screen readers depend on them), so they are defined once, here.
 *
 * `INPUT_SPECS` is typed as a mapped type over `InputKey`, so adding a key to `Scenario`
 * fails to compile until it has a spec, and therefore a URL rule, a range and a default.
 */
import type { RangeFamily } from './ranges';

export type InputKey =
  | 'cap'
  | 'saf'
  | 'cohort'
  | 'toSafety'
  | 'toIndep'
  | 'toCap'
  | 'indepWeight'
  | 'nonGen'
  | 'neutral';

/** A complete scenario: every input has a value. Shares and weights are percentages (0–100). */
export type Scenario = { readonly [K in InputKey]: number };

export type InputUnit = 'researchers' | 'people' | 'percent' | 'ratio';

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
  readonly group: 'field' | 'cohort' | 'judgement';
  /** The distribution that fills the input's 90 % interval when it is a range (./ranges.ts). */
  readonly rangeFamily: RangeFamily;
}

export const INPUT_SPECS: { readonly [K in InputKey]: InputSpec & { readonly key: K } } = {
  cap: {
    key: 'cap',
    label: 'Capabilities researchers',
    description: 'Capabilities researchers in the field now.',
    min: 100,
    max: 1_000_000,
    defaultValue: 10_000,
    scale: 'log',
    precision: 1,
    sliderStep: 1,
    unit: 'researchers',
    group: 'field',
    rangeFamily: 'lognormal',
  },
  saf: {
    key: 'saf',
    label: 'Safety researchers',
    description: 'Safety researchers in the field now.',
    min: 10,
    max: 100_000,
    defaultValue: 1_000,
    scale: 'log',
    precision: 1,
    sliderStep: 1,
    unit: 'researchers',
    group: 'field',
    rangeFamily: 'lognormal',
  },
  cohort: {
    key: 'cohort',
    label: 'Cohort size',
    description: 'People one cohort of a program places.',
    min: 0,
    max: 20_000,
    defaultValue: 1_000,
    scale: 'ladder',
    precision: 1,
    sliderStep: 1,
    unit: 'people',
    group: 'cohort',
    rangeFamily: 'logit-normal',
  },
  toSafety: {
    key: 'toSafety',
    label: 'Safety roles',
    description: 'Share of the cohort employed in alignment, control or other safety roles.',
    min: 0,
    max: 100,
    defaultValue: 50,
    scale: 'linear',
    precision: 0.1,
    sliderStep: 1,
    unit: 'percent',
    group: 'cohort',
    rangeFamily: 'logit-normal',
  },
  toIndep: {
    key: 'toIndep',
    label: 'Independent safety research',
    description: 'Share of the cohort doing safety research independently.',
    min: 0,
    max: 100,
    defaultValue: 0,
    scale: 'linear',
    precision: 0.1,
    sliderStep: 1,
    unit: 'percent',
    group: 'cohort',
    rangeFamily: 'logit-normal',
  },
  toCap: {
    key: 'toCap',
    label: 'Capabilities roles',
    description: 'Share of the cohort employed on capabilities.',
    min: 0,
    max: 100,
    defaultValue: 50,
    scale: 'linear',
    precision: 0.1,
    sliderStep: 1,
    unit: 'percent',
    group: 'cohort',
    rangeFamily: 'logit-normal',
  },
  indepWeight: {
    key: 'indepWeight',
    label: 'Independents counted as safety',
    description: 'How much one independent researcher counts as one safety researcher.',
    min: 0,
    max: 100,
    defaultValue: 100,
    scale: 'linear',
    precision: 0.1,
    sliderStep: 1,
    unit: 'percent',
    group: 'judgement',
    rangeFamily: 'logit-normal',
  },
  nonGen: {
    key: 'nonGen',
    label: 'Non-generalizing alignment',
    description:
      'Share of the safety-counted placements whose work is locally robust alignment that speeds capabilities without generalizing; they count as capabilities.',
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
  neutral: {
    key: 'neutral',
    label: 'Your net-neutral ratio',
    description: 'N in 1 : N: one new safety researcher offsets N new capabilities researchers.',
    min: 1,
    max: 1_000,
    defaultValue: 100,
    scale: 'ladder',
    precision: 0.1,
    sliderStep: 1,
    unit: 'ratio',
    group: 'judgement',
    rangeFamily: 'lognormal',
  },
};

/** Display and URL order. */
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
];

/** The three placement shares; with "other / not placed" they make up the whole cohort. */
export const SHARE_KEYS = ['toSafety', 'toIndep', 'toCap'] as const;
export type ShareKey = (typeof SHARE_KEYS)[number];

export const DEFAULT_SCENARIO: Scenario = Object.freeze(
  Object.fromEntries(INPUT_KEYS.map((key) => [key, INPUT_SPECS[key].defaultValue])) as Scenario,
);

export function isInputKey(value: string): value is InputKey {
  return Object.prototype.hasOwnProperty.call(INPUT_SPECS, value);
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
