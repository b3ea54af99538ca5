/**
 * The nine numeric inputs of "Over the years" (issue 12) and the choice `nFrom`: how long a
 * program runs, how often it places a cohort, how the field grows, how alumni move between the
 * sides, what the program caused, and how N may follow from the field. docs/model.md, "Over the
 * years", documents each one.
 *
 * These are entries of the one spec table, INPUT_SPECS and CHOICE_SPECS (./inputs.ts), kept in
 * their own file only so that neither file grows past a few hundred lines: same shape, same rules,
 * one URL rule each (src/url/url-spec.ts).
 *
 * Every default reproduces today's one-cohort model exactly (docs/model.md), so a v=1 link keeps
 * its meaning without a migration. `years` is never a range (`rangeFamily: null`): it is the
 * horizon the figures are read at, a choice of what to look at and not a belief, and a sampled
 * 12.7 years has no meaning in a model that steps a whole year at a time.
 */
import type { ChoiceSpec, InputSpec } from './inputs';

/** The nine numeric inputs, in the order. */
export type YearsInputKey =
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

export const YEARS_INPUT_SPECS: {
  readonly [K in YearsInputKey]: InputSpec & { readonly key: K };
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
    group: 'years',
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
    group: 'years',
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
    group: 'years',
    rangeFamily: 'lognormal',
  },
};

export const N_FROM_SPEC: ChoiceSpec<'nFrom'> = {
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
  group: 'years',
};

/** The group's display order, as in the issue: `nFrom` sits just before `importance`. */
export const YEARS_GROUP_ORDER: readonly (YearsInputKey | 'nFrom')[] = [
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

/** The nine numeric inputs, in the order. */
export const YEARS_INPUT_KEYS: readonly YearsInputKey[] = YEARS_GROUP_ORDER.filter(
  (key): key is YearsInputKey => key !== 'nFrom',
);
