/**
 * The nine numeric inputs of one cohort placed into today's field: the field's two sizes, the
 * cohort and where it is placed, how independents and non-generalizing alignment count, and your
 * net-neutral ratio. docs/model.md documents each one and its sources.
 *
 * These are entries of the one spec table, INPUT_SPECS (./inputs.ts), kept in their own file only
 * so that neither file grows past a few hundred lines: same shape, same rules, one URL rule each
 * (src/url/url-spec.ts). The URL key and the label are a public contract (shared links and screen
 * readers depend on them).
 */
import type { InputSpec } from './inputs';

/** The nine numeric inputs, in display and URL order. */
export type CohortInputKey =
  | 'cap'
  | 'saf'
  | 'cohort'
  | 'toSafety'
  | 'toIndep'
  | 'toCap'
  | 'indepWeight'
  | 'nonGen'
  | 'neutral';

export const COHORT_INPUT_SPECS: {
  readonly [K in CohortInputKey]: InputSpec & { readonly key: K };
} = {
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
