/**
 * Which scenario inputs each chart depends on. Every slider move produces a new scenario object,
 * but most sliders affect only some charts (the field sizes only move chart 1, the net-neutral
 * ratio never moves chart 1); the chart components use these checks in React.memo to skip
 * building the series and redrawing the live layer for a move that cannot change them.
 * Tests check the claims: the builders' output is identical whenever these say "equal".
 */
import type { InputKey, Scenario } from '../../model/inputs';

function sameKeys(a: Scenario, b: Scenario, keys: readonly InputKey[]): boolean {
  return keys.every((key) => Object.is(a[key], b[key]));
}

export const PLACEMENT_KEYS = ['toSafety', 'toIndep', 'toCap', 'indepWeight', 'nonGen'] as const;
/** The years inputs that move the field's headcounts at the end of year Y (years.ts). */
const FIELD_YEARS_KEYS: readonly InputKey[] = [
  'years',
  'perYear',
  'safGrowth',
  'capGrowth',
  'drift',
  'pivot',
];
// Chart 1's words also give the headline's field at the end of year Y when the program runs for
// more than one cohort (field-ratio-series.ts).
const FIELD_RATIO_KEYS: readonly InputKey[] = [
  'cap',
  'saf',
  'cohort',
  ...PLACEMENT_KEYS,
  ...FIELD_YEARS_KEYS,
];
// Chart 3 plots the program's net impact over the years (net-impact-series.ts): every years
// input but importance (which reaches it only through the derived N, already in `neutral`).
const NET_IMPACT_KEYS: readonly InputKey[] = [
  'cohort',
  'neutral',
  ...PLACEMENT_KEYS,
  ...FIELD_YEARS_KEYS,
  'anyway',
  'capBoost',
];
const NEW_RESEARCHERS_KEYS: readonly InputKey[] = ['neutral', ...PLACEMENT_KEYS];

export function fieldRatioInputsEqual(a: Scenario, b: Scenario): boolean {
  return a === b || sameKeys(a, b, FIELD_RATIO_KEYS);
}

export function netImpactInputsEqual(a: Scenario, b: Scenario): boolean {
  return a === b || sameKeys(a, b, NET_IMPACT_KEYS);
}

/** The split chart does not depend on cohort size, only on whether the cohort is empty. */
export function newResearchersInputsEqual(a: Scenario, b: Scenario): boolean {
  return a === b || (sameKeys(a, b, NEW_RESEARCHERS_KEYS) && a.cohort > 0 === b.cohort > 0);
}
