/**
 * Which inputs each "Over the years" chart (issue 12) depends on, as same-inputs.ts for the first
 * three charts: the components skip building and redrawing for a move that cannot change them,
 * and tests check the claims. Apart from same-inputs.ts because these load with the section's
 * own chunk (the years model with them), not with the page.
 */
import { effectiveNeutral } from '../../model/years';
import type { Scenario } from '../../model/inputs';
import { PLACEMENT_KEYS } from './same-inputs';

// Each skips the inputs its lines cannot depend on: the field's sizes and growth never move an
// alumnus, and capBoost and N are not in any headcount.
type YearsKey = keyof Scenario;

function sameYearsKeys(a: Scenario, b: Scenario, keys: readonly YearsKey[]): boolean {
  return keys.every((key) => Object.is(a[key], b[key]));
}

const ALUMNI_YEARS_KEYS: readonly YearsKey[] = [
  'cohort',
  ...PLACEMENT_KEYS,
  'years',
  'perYear',
  'drift',
  'pivot',
];
const FIELD_YEARS_KEYS: readonly YearsKey[] = [
  ...ALUMNI_YEARS_KEYS,
  'cap',
  'saf',
  'capGrowth',
  'safGrowth',
  'anyway',
];
const NET_IMPACT_YEARS_KEYS: readonly YearsKey[] = [
  ...ALUMNI_YEARS_KEYS,
  'anyway',
  'capBoost',
  'nFrom',
];

export function fieldYearsInputsEqual(a: Scenario, b: Scenario): boolean {
  return a === b || sameYearsKeys(a, b, FIELD_YEARS_KEYS);
}

/** The longitudinal marks move with the cohort, the pace and `nonGen`, which are all here. */
export function alumniYearsInputsEqual(a: Scenario, b: Scenario): boolean {
  return a === b || sameYearsKeys(a, b, ALUMNI_YEARS_KEYS);
}

/** N is compared as the one the verdict uses: the slider's, or the one derived from the field. */
export function netImpactYearsInputsEqual(a: Scenario, b: Scenario): boolean {
  return (
    a === b ||
    (sameYearsKeys(a, b, NET_IMPACT_YEARS_KEYS) && effectiveNeutral(a) === effectiveNeutral(b))
  );
}
