/**
 * The years model's stocks at the end of year Y without its series (docs/model.md, "Over the
 * years"): for the sampler and the flip-point search, which run it hundreds to tens of thousands of
 * times per step and need only the end. The same operations in the same order as calculateYears
 * (./years.ts), so the end is its to the bit (tests/unit/years.test.ts).
 */
import type { Placements } from './calculate';
import type { Scenario } from './inputs';

/** The stocks at the end of the last year, before any weighting. */
export interface YearsEnd {
  /** The base field: everyone who is not an alumnus of the program. */
  baseCapabilities: number;
  baseSafety: number;
  /** Alumni counted as safety / as capabilities (all of them, including those who came anyway). */
  alumniSafety: number;
  alumniCapabilities: number;
}

/** Whole years, at least one: the spec's precision is 1, and a stray fraction must not add a step. */
export function wholeYears(years: number): number {
  return Math.max(1, Math.floor(years));
}

export type YearsStepInputs = Pick<
  Scenario,
  'cap' | 'saf' | 'years' | 'perYear' | 'safGrowth' | 'capGrowth' | 'drift' | 'pivot'
>;

/**
 * The stocks at the end of year Y, into `out`: for the sampler and any search that needs only the
 * end, without the series. `perCohort`: one cohort's placements (placementsOf for a sample).
 */
export function runYearsInto(
  s: YearsStepInputs,
  perCohort: Pick<Placements, 'newSafety' | 'newCapabilities'>,
  out: YearsEnd,
): YearsEnd {
  // stepYear's arithmetic on locals, so that the flip-point search and the sampler, which call
  // this hundreds to tens of thousands of times per step, allocate nothing (no YearRates object);
  // the same operations in the same order, so the end is calculateYears' to the bit (tested).
  const years = wholeYears(s.years);
  const capFactor = 1 + s.capGrowth / 100;
  const safFactor = 1 + s.safGrowth / 100;
  const drift = s.drift / 100;
  const pivot = s.pivot / 100;
  const addSafety = s.perYear * perCohort.newSafety;
  const addCapabilities = s.perYear * perCohort.newCapabilities;
  let baseCapabilities = s.cap;
  let baseSafety = s.saf;
  let alumniSafety = 0;
  let alumniCapabilities = 0;
  for (let year = 1; year <= years; year += 1) {
    baseCapabilities *= capFactor;
    baseSafety *= safFactor;
    const toCapabilities = drift * alumniSafety;
    const toSafety = pivot * alumniCapabilities;
    alumniSafety = alumniSafety - toCapabilities + toSafety + addSafety;
    alumniCapabilities = alumniCapabilities - toSafety + toCapabilities + addCapabilities;
  }
  out.baseCapabilities = baseCapabilities;
  out.baseSafety = baseSafety;
  out.alumniSafety = alumniSafety;
  out.alumniCapabilities = alumniCapabilities;
  return out;
}

/** What the verdicts weigh: the caused safety and caused, weighted capabilities. */
export interface Caused {
  safety: number;
  capabilities: number;
}

/**
 * The caused figures at the end of year Y into `out`, without allocating: calculateYears'
 * causedSafety and causedCapabilities to the bit. `end`: scratch for the stocks.
 */
export function causedInto(
  s: YearsStepInputs & Pick<Scenario, 'anyway' | 'capBoost'>,
  perCohort: Pick<Placements, 'newSafety' | 'newCapabilities'>,
  end: YearsEnd,
  out: Caused,
): Caused {
  runYearsInto(s, perCohort, end);
  const keep = 1 - s.anyway / 100;
  const boost = 1 + s.capBoost / 100;
  out.safety = keep * end.alumniSafety;
  out.capabilities = keep * (end.alumniCapabilities * boost);
  return out;
}
