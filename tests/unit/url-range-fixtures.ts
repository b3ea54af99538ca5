/**
 * Range links (issue 11) as they will be shared, with the state each one must open. Like
 * url-fixtures.ts: THESE LINKS MUST KEEP OPENING THE SAME STATE IN EVERY LATER VERSION; never
 * edit or delete one, add a migration instead. Scenarios are written out in full.
 */
import type { Scenario } from '../../src/model/inputs';
import { ONE_COHORT_MEANING } from './url-fixtures';
import type { SamplingSettings, ScenarioRanges } from '../../src/model/ranges';

export interface RangeFixture {
  readonly link: string;
  readonly note: string;
  readonly scenario: Scenario;
  readonly ranges: ScenarioRanges;
  readonly sampling: SamplingSettings;
}

const THREAD: Scenario = {
  cap: 10000,
  saf: 1000,
  cohort: 1000,
  toSafety: 50,
  toIndep: 0,
  toCap: 50,
  indepWeight: 100,
  nonGen: 0,
  neutral: 100,
  // Range links before issue 12 carried none of its inputs: they mean one cohort (url-fixtures.ts).
  ...ONE_COHORT_MEANING,
};

export const RANGE_FIXTURES: readonly RangeFixture[] = [
  {
    link: '?v=1&neutral=10~100&toCap=5~20',
    note: "the issue's example: the ratio and the capabilities share as ranges",
    scenario: { ...THREAD, toCap: 12.5, neutral: 31.6 },
    ranges: { toCap: { lo: 5, hi: 20 }, neutral: { lo: 10, hi: 100 } },
    sampling: { seed: 1, samples: 10000 },
  },
  {
    link: '?v=1&cohort=500~1500&seed=7&samples=20000',
    note: 'a cohort range with a seed and a sample count',
    scenario: { ...THREAD, cohort: 1000 },
    ranges: { cohort: { lo: 500, hi: 1500 } },
    sampling: { seed: 7, samples: 20000 },
  },
  {
    link: '?v=1&toSafety=41&toIndep=9&toCap=1.4~50&indepWeight=0~100&neutral=10~100',
    note: "the preset The thread's disagreements",
    scenario: {
      ...THREAD,
      toSafety: 41,
      toIndep: 9,
      toCap: 25.7,
      indepWeight: 50,
      neutral: 31.6,
    },
    ranges: {
      toCap: { lo: 1.4, hi: 50 },
      indepWeight: { lo: 0, hi: 100 },
      neutral: { lo: 10, hi: 100 },
    },
    sampling: { seed: 1, samples: 10000 },
  },
  {
    link: '?v=1&toSafety=60~80&toCap=40~60',
    note: 'ranged shares whose middles pass 100 %: their points scaled, the ranges kept',
    scenario: { ...THREAD, toSafety: 58.3, toCap: 41.7 },
    ranges: { toSafety: { lo: 60, hi: 80 }, toCap: { lo: 40, hi: 60 } },
    sampling: { seed: 1, samples: 10000 },
  },
  {
    link: '?v=1&cap=100~1000000&saf=10~100000&seed=0&samples=1000',
    note: 'ranges from bound to bound; the smallest seed and sample count',
    scenario: { ...THREAD, cap: 10000, saf: 1000 },
    ranges: { cap: { lo: 100, hi: 1000000 }, saf: { lo: 10, hi: 100000 } },
    sampling: { seed: 0, samples: 1000 },
  },
];
