/**
 * The 90 % bands around the scenario charts' lines (issue 11; docs/model.md, "The bands around the
 * scenario charts"): at each x sample of a chart (./chart-samples.ts, the same samples its
 * builder draws the line at), the 5th and 95th percentiles across the run's samples of the
 * value the line shows there. Each sample is one of the run's (the same draws as every other
 * figure); the x value is the chart's own, in place of the sample's.
 *
 * - Field ratio after a cohort of size c: (cap + c·k) / (saf + c·s), with k and s the sample's new
 *   capabilities and new safety per person of the cohort. The cohort is the axis, so a range on
 *   the cohort does not widen this band (every sample takes the cohort c).
 * - New safety per new capabilities at a share p of placed people in capabilities roles: per
 *   person placed, safety (1 − p)·w·(1 − g) against capabilities p + (1 − p)·w·g, with the
 *   sample's safety credit w (split.ts: the mix of safety roles and independents, and the
 *   independents' weight) and non-generalizing share g. The split is the axis, so ranges on the
 *   capabilities share, the cohort, the field sizes and N do not widen it.
 * - Net impact at the sample's own N for a cohort of size c: c times the sample's net impact per
 *   person, of the whole program over the years as chart 3's lines (the sampler's
 *   `perPersonNetImpactAtUser`). A cohort c ≥ 0 keeps the samples' order, so its percentiles are
 *   c times the per-person ones: one selection for the whole line.
 *
 * Percentiles are d3-array's, found by selection as every other figure's
 * (./order-statistics.ts, `bandStatistics`). A value with no finite ratio follows the break-even ratio's rules
 * (./monte-carlo.ts): no capabilities placements is +∞ safety per capabilities, no safety
 * placements 0, and nothing counted on either side 0 too (never net positive).
 */
import { capabilitiesShareOfPlaced, safetyCreditPerPlacement, splitBasis } from './split';
import { cohortSamplesFor, splitShareSamples } from './chart-samples';
import type { InputKey, Scenario } from './inputs';
import type { SampleSet } from './monte-carlo';
import { bandStatistics, interpolate, type OrderStatistic } from './order-statistics';
import { yearsBands, type YearsBands } from './years-bands';

/**
 * A line's band: at each of `xs`, the samples' 5th and 95th percentiles. No median: the chart
 * draws the scenario's own line (the ranges' middles), and a third selection per x would cost
 * half as much again (docs/model.md).
 */
export interface CurveBand {
  /** The chart's x samples, ascending (cohort sizes, or shares of placed people in %). */
  readonly xs: readonly number[];
  readonly p5: readonly number[];
  readonly p95: readonly number[];
}

export interface CurveBands {
  /** Chart 1: capabilities per safety researcher after a cohort of each size on its axis. */
  readonly fieldRatio: CurveBand;
  /** Chart 2: new safety per new capabilities researcher at each split on its axis. */
  readonly newResearchers: CurveBand;
  /** Chart 3: net impact at each sample's own N (your ratio) for a cohort of each size. */
  readonly netImpactAtUser: CurveBand;
  /** The "Over the years" charts' bands, at years 0 … Y (./years-bands.ts). */
  readonly years: YearsBands;
}

/** The inputs each band depends on: with none of them a range, every sample gives the same line. */
const FIELD_RATIO_KEYS: readonly InputKey[] = [
  'cap',
  'saf',
  'toSafety',
  'toIndep',
  'toCap',
  'indepWeight',
  'nonGen',
];
const NEW_RESEARCHERS_KEYS: readonly InputKey[] = ['toSafety', 'toIndep', 'indepWeight', 'nonGen'];

/** One buffer for every x sample's values, grown as needed (a run fills about 120 of them). */
let buffer = new Float64Array(0);

function valuesBuffer(count: number): Float64Array {
  if (buffer.length < count) buffer = new Float64Array(count);
  return buffer.subarray(0, count);
}

/**
 * The band of a family of curves: at each x, `fill` writes every sample's value into the buffer
 * (`count` of them) and the buffer is then selected in place.
 */
export function bandOf(
  xs: readonly number[],
  count: number,
  fill: (x: number, values: Float64Array) => void,
): CurveBand {
  const values = valuesBuffer(Math.max(1, count));
  const p5: number[] = [];
  const p95: number[] = [];
  for (const x of xs) {
    fill(x, values);
    const [low, high] = bandStatistics(values);
    p5.push(interpolate(low));
    p95.push(interpolate(high));
  }
  return { xs, p5, p95 };
}

/** The first `count` samples' values of an input: its draws when it is a range, else its point. */
function column(set: SampleSet, scenario: Scenario, key: InputKey, count: number): Float64Array {
  return set.inputs[key] ?? new Float64Array(count).fill(scenario[key]);
}

/** How many samples a band needs: all of them, or one when none of its inputs is a range. */
function samplesFor(set: SampleSet, keys: readonly InputKey[]): number {
  return set.ranged.some((key) => keys.includes(key)) ? set.samples : Math.min(1, set.samples);
}

function fieldRatioBand(set: SampleSet, scenario: Scenario, xs: readonly number[]): CurveBand {
  const count = samplesFor(set, FIELD_RATIO_KEYS);
  const cap = column(set, scenario, 'cap', count);
  const saf = column(set, scenario, 'saf', count);
  const safety = set.perPersonSafety;
  const capabilities = set.perPersonCapabilities;
  return bandOf(xs, count, (cohort, values) => {
    for (let index = 0; index < values.length; index += 1) {
      values[index] =
        ((cap[index] ?? 0) + cohort * (capabilities[index] ?? 0)) /
        ((saf[index] ?? 0) + cohort * (safety[index] ?? 0));
    }
  });
}

/** New safety per new capabilities, with the break-even ratio's edge rules (module comment). */
function safetyPerCapabilities(safety: number, capabilities: number): number {
  if (capabilities > 0) return safety / capabilities;
  return safety > 0 ? Number.POSITIVE_INFINITY : 0;
}

function newResearchersBand(set: SampleSet, scenario: Scenario, xs: readonly number[]): CurveBand {
  const count = samplesFor(set, NEW_RESEARCHERS_KEYS);
  const toSafety = column(set, scenario, 'toSafety', count);
  const toIndep = column(set, scenario, 'toIndep', count);
  const indepWeight = column(set, scenario, 'indepWeight', count);
  const nonGen = column(set, scenario, 'nonGen', count);
  // Per person placed outside capabilities: what counts as safety (w·(1 − g)) and what as
  // capabilities (w·g). The mix is a ratio of two shares, so the share rule's scaling leaves it.
  const safetyPart = new Float64Array(count);
  const capabilitiesPart = new Float64Array(count);
  const shares = { toSafety: 0, toIndep: 0, toCap: 0 };
  const weight = { indepWeight: 0 };
  for (let index = 0; index < count; index += 1) {
    shares.toSafety = toSafety[index] ?? 0;
    shares.toIndep = toIndep[index] ?? 0;
    weight.indepWeight = indepWeight[index] ?? 0;
    const credit = safetyCreditPerPlacement(weight, splitBasis(shares));
    const g = (nonGen[index] ?? 0) / 100;
    safetyPart[index] = credit * (1 - g);
    capabilitiesPart[index] = credit * g;
  }
  return bandOf(xs, count, (share, values) => {
    const p = share / 100;
    for (let index = 0; index < values.length; index += 1) {
      values[index] = safetyPerCapabilities(
        (1 - p) * (safetyPart[index] ?? 0),
        p + (1 - p) * (capabilitiesPart[index] ?? 0),
      );
    }
  });
}

function netImpactAtUserBand(set: SampleSet, xs: readonly number[]): CurveBand {
  // bandStatistics may reorder its array: the run's own column stays as drawn.
  const perPerson = Float64Array.from(set.perPersonNetImpactAtUser);
  const [low, high] = bandStatistics(perPerson);
  // A cohort of c ≥ 0 multiplies every sample's net impact by c, which keeps their order (+ 0
  // writes an empty cohort's −0 as 0).
  const at = (statistic: OrderStatistic, cohort: number) =>
    interpolate(statistic, (value) => cohort * value) + 0;
  return {
    xs,
    p5: xs.map((cohort) => at(low, cohort)),
    p95: xs.map((cohort) => at(high, cohort)),
  };
}

/**
 * The bands of a run, at the x samples the charts draw for `scenario` (the run's points): the three
 * scenario charts', and the years charts' at years 0 … Y.
 */
export function curveBands(set: SampleSet, scenario: Scenario): CurveBands {
  const cohorts = cohortSamplesFor(scenario.cohort);
  return {
    fieldRatio: fieldRatioBand(set, scenario, cohorts),
    newResearchers: newResearchersBand(
      set,
      scenario,
      splitShareSamples(capabilitiesShareOfPlaced(scenario)),
    ),
    netImpactAtUser: netImpactAtUserBand(set, cohorts),
    years: yearsBands(set, scenario),
  };
}
