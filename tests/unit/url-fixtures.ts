/**
 * Shared links as people have posted them, with the scenario each one must open.
 *
 * THESE LINKS MUST KEEP OPENING THE SAME SCENARIO IN EVERY LATER VERSION. When the URL format
 * changes, bump URL_VERSION and add a migration (src/url/migrations.ts); never edit or delete a
 * fixture here. Add new fixtures for new versions instead.
 *
 * Scenarios are written out in full, not as changes from DEFAULT_SCENARIO: links carry only the
 * values that differ from the defaults of their time, so if a default ever changes, these
 * fixtures must fail until a migration restores the old default for old links.
 */
import type { ChoiceKey, Scenario, YearsInputKey } from '../../src/model/inputs';

export interface UrlFixture {
  readonly link: string;
  readonly note: string;
  readonly scenario: Scenario;
}

/** A scenario of the one-cohort model, as links before issue 12 described it. */
export type OneCohortScenario = Omit<Scenario, YearsInputKey | ChoiceKey>;

/**
 * What every link written before issue 12 means for the inputs it could not carry: one cohort,
 * placed once into a frozen field, everyone credited to the program, N from the slider. Written
 * out in full, not taken from DEFAULT_SCENARIO, so that changing a default of "Over the years"
 * fails every fixture below until a migration keeps this meaning for old links.
 */
export const ONE_COHORT_MEANING: Omit<Scenario, keyof OneCohortScenario> = {
  years: 1,
  perYear: 1,
  safGrowth: 0,
  capGrowth: 0,
  drift: 0,
  pivot: 0,
  anyway: 0,
  capBoost: 0,
  importance: 10,
  nFrom: 'set',
};

interface OneCohortFixture {
  readonly link: string;
  readonly note: string;
  readonly scenario: OneCohortScenario;
}

const ONE_COHORT_FIXTURES: readonly OneCohortFixture[] = [
  {
    link: '?v=1',
    note: 'the defaults (the thread illustration)',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 50,
      toIndep: 0,
      toCap: 50,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '',
    note: 'no query string at all: the defaults',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 50,
      toIndep: 0,
      toCap: 50,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '?v=1&toSafety=49&toIndep=29&toCap=1.4',
    note: 'preset: 2024 alumni survey, independents counted',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 49,
      toIndep: 29,
      toCap: 1.4,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '?v=1&toSafety=49&toIndep=29&toCap=1.4&indepWeight=0',
    note: 'preset: 2024 alumni survey, independents ignored',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 49,
      toIndep: 29,
      toCap: 1.4,
      indepWeight: 0,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '?v=1&toSafety=80&toCap=10',
    note: 'preset: longitudinal career data, 8 : 1',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 80,
      toIndep: 0,
      toCap: 10,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '?v=1&cap=100000&saf=1100&cohort=292&toSafety=80&toCap=10',
    note: 'preset: field-sized estimate',
    scenario: {
      cap: 100000,
      saf: 1100,
      cohort: 292,
      toSafety: 80,
      toIndep: 0,
      toCap: 10,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '?v=1&cohort=1200&toCap=10',
    note: 'a hand-edited cohort',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1200,
      toSafety: 50,
      toIndep: 0,
      toCap: 10,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '?cohort=1200&toCap=10',
    note: 'no v: read as v1',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1200,
      toSafety: 50,
      toIndep: 0,
      toCap: 10,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '?v=1&nonGen=25&indepWeight=50.5&neutral=7.5',
    note: 'judgement inputs, with decimals',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 50,
      toIndep: 0,
      toCap: 50,
      indepWeight: 50.5,
      nonGen: 25,
      neutral: 7.5,
    },
  },
  {
    link: '?v=1&cap=100&saf=10&cohort=0&neutral=1',
    note: 'every lower bound',
    scenario: {
      cap: 100,
      saf: 10,
      cohort: 0,
      toSafety: 50,
      toIndep: 0,
      toCap: 50,
      indepWeight: 100,
      nonGen: 0,
      neutral: 1,
    },
  },
  {
    link: '?v=1&cap=1000000&saf=100000&cohort=20000&nonGen=100&neutral=1000',
    note: 'every upper bound',
    scenario: {
      cap: 1000000,
      saf: 100000,
      cohort: 20000,
      toSafety: 50,
      toIndep: 0,
      toCap: 50,
      indepWeight: 100,
      nonGen: 100,
      neutral: 1000,
    },
  },
  {
    link: '?v=1&toSafety=0&toCap=0',
    note: 'nobody placed',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 0,
      toIndep: 0,
      toCap: 0,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '?v=1&toSafety=100&toCap=0',
    note: 'everyone in safety roles',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 100,
      toIndep: 0,
      toCap: 0,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '?v=1&toSafety=33.4&toIndep=33.3&toCap=33.3',
    note: 'shares that sum to exactly 100 in decimals',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 33.4,
      toIndep: 33.3,
      toCap: 33.3,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
  {
    link: '?v=1&cohort=1&toSafety=0.1&toIndep=0&toCap=99.9&indepWeight=0.1&nonGen=99.9&neutral=999.9',
    note: 'one step inside every bound, with a default (toIndep=0) written out',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1,
      toSafety: 0.1,
      toIndep: 0,
      toCap: 99.9,
      indepWeight: 0.1,
      nonGen: 99.9,
      neutral: 999.9,
    },
  },
  {
    link: '?v=1&toCap=10&cohort=1200&utm_source=newsletter&fbclid=abc&embed=1',
    note: 'any parameter order; tracking and reserved parameters ignored silently',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1200,
      toSafety: 50,
      toIndep: 0,
      toCap: 10,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
    },
  },
];

/**
 * Links with the inputs of "Over the years" (issue 12). Like the ones above, never edit or delete
 * one: add a migration instead.
 */
const YEARS_FIXTURES: readonly UrlFixture[] = [
  {
    link: '?v=1&years=10&perYear=2&safGrowth=21&capGrowth=10',
    note: 'a program running ten years, two cohorts a year, in a growing field',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 50,
      toIndep: 0,
      toCap: 50,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
      years: 10,
      perYear: 2,
      safGrowth: 21,
      capGrowth: 10,
      drift: 0,
      pivot: 0,
      anyway: 0,
      capBoost: 0,
      importance: 10,
      nFrom: 'set',
    },
  },
  {
    link: '?v=1&safGrowth=-5.5&drift=3&pivot=1.5&anyway=30&capBoost=50',
    note: 'a shrinking safety field, alumni moving both ways, counterfactuals and a capabilities boost',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 50,
      toIndep: 0,
      toCap: 50,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
      years: 1,
      perYear: 1,
      safGrowth: -5.5,
      capGrowth: 0,
      drift: 3,
      pivot: 1.5,
      anyway: 30,
      capBoost: 50,
      importance: 10,
      nFrom: 'set',
    },
  },
  {
    link: '?v=1&neutral=50&importance=1&nFrom=field',
    note: 'N derived from the field ("not crazy" 1 : 10); the slider value kept for switching back',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 50,
      toIndep: 0,
      toCap: 50,
      indepWeight: 100,
      nonGen: 0,
      neutral: 50,
      years: 1,
      perYear: 1,
      safGrowth: 0,
      capGrowth: 0,
      drift: 0,
      pivot: 0,
      anyway: 0,
      capBoost: 0,
      importance: 1,
      nFrom: 'field',
    },
  },
  {
    link: '?v=1&years=30&perYear=4&importance=0.25&nFrom=field&toCap=10',
    note: 'the longest run with four cohorts a year and a fractional importance',
    scenario: {
      cap: 10000,
      saf: 1000,
      cohort: 1000,
      toSafety: 50,
      toIndep: 0,
      toCap: 10,
      indepWeight: 100,
      nonGen: 0,
      neutral: 100,
      years: 30,
      perYear: 4,
      safGrowth: 0,
      capGrowth: 0,
      drift: 0,
      pivot: 0,
      anyway: 0,
      capBoost: 0,
      importance: 0.25,
      nFrom: 'field',
    },
  },
];

export const URL_FIXTURES: readonly UrlFixture[] = [
  ...ONE_COHORT_FIXTURES.map((fixture) => ({
    ...fixture,
    scenario: { ...fixture.scenario, ...ONE_COHORT_MEANING },
  })),
  ...YEARS_FIXTURES,
];
