/**
 * The 90 % bands of the three "Over the years" charts (issue 12; docs/model.md, "The bands over
 * the years"): at each year y = 0 … Y the charts draw (0 is today), the 5th and 95th percentiles
 * across the run's samples of the value a line shows at the end of that year. Each sample is one
 * of the run's (./monte-carlo.ts: the same draws and the same share rule as every other figure)
 * and runs the years model's steps (./years.ts, `runYearsInto`) with the same operations in the
 * same order, so a point scenario gives each line exactly, and the band at year Y is exactly the
 * headline's interval of the same quantity.
 *
 * Lines with a band:
 * - the field ratio with the program, (C_y + B_y) / (S_y + A_y), and without it,
 *   (C_y + a·B_y) / (S_y + a·A_y);
 * - the alumni counted as safety, A_y, and as capabilities, B_y;
 * - net impact at your N, (1 − a)·(A_y − (1 + b)·B_y / N) with each sample's own N (the slider's,
 *   or importance × C/S of its own field). The 1 : 10 and 1 : 100 lines get none, as on the
 *   one-cohort net impact chart: three overlapping bands would hide one another.
 *
 * Cost: the samples advance together, a year at a time, in a few typed arrays (no object per
 * sample), and each line is selected once per year (`bandStatistics`). A line none of whose inputs
 * is a range is the same in every sample, so it is computed from one.
 */
import type { CurveBand } from './curve-bands';
import type { InputKey, Scenario } from './inputs';
import type { SampleSet } from './monte-carlo';
import { bandStatistics, interpolate } from './order-statistics';
import { yearsNetImpactAt } from './years';
import { wholeYears } from './years-end';
import { samplesOf, type Samples } from './years-band-samples';

export interface YearsBands {
  /** "The field over the years": capabilities per safety researcher, with the program. */
  readonly fieldRatio: CurveBand;
  /** The same with only the share `anyway` of the alumni. */
  readonly fieldRatioWithout: CurveBand;
  /** "Where alumni work": alumni counted as safety, and as capabilities. */
  readonly alumniSafety: CurveBand;
  readonly alumniCapabilities: CurveBand;
  /** "Net impact by year": at each sample's own N. */
  readonly netImpactAtUser: CurveBand;
}

/** The inputs that move the alumni stocks: one cohort's placements, the pace and the moves. */
const ALUMNI_KEYS: readonly InputKey[] = [
  'cohort',
  'toSafety',
  'toIndep',
  'toCap',
  'indepWeight',
  'nonGen',
  'perYear',
  'drift',
  'pivot',
];
/** The inputs that move the base field. */
const FIELD_KEYS: readonly InputKey[] = ['cap', 'saf', 'capGrowth', 'safGrowth'];

/** The lines' inputs (the module comment), for the samples each needs. */
function lineKeys(set: SampleSet, scenario: Scenario) {
  // Without the program only those who came anyway count: with `anyway` a point at 0 the line is
  // the base field alone, whatever moves the alumni.
  const anywayCounts = set.inputs.anyway !== undefined || scenario.anyway > 0;
  const neutralKeys: readonly InputKey[] =
    scenario.nFrom === 'field' ? ['importance', 'cap', 'saf'] : ['neutral'];
  return {
    fieldRatio: [...FIELD_KEYS, ...ALUMNI_KEYS],
    fieldRatioWithout: [...FIELD_KEYS, 'anyway', ...(anywayCounts ? ALUMNI_KEYS : [])],
    alumniSafety: ALUMNI_KEYS,
    alumniCapabilities: ALUMNI_KEYS,
    netImpactAtUser: [...ALUMNI_KEYS, 'anyway', 'capBoost', ...neutralKeys],
  } satisfies Record<keyof YearsBands, readonly InputKey[]>;
}

type LineKey = keyof YearsBands;
const LINES: readonly LineKey[] = [
  'fieldRatio',
  'fieldRatioWithout',
  'alumniSafety',
  'alumniCapabilities',
  'netImpactAtUser',
];

/** One year of years.ts's stepYear for every sample: the same operations in the same order. */
function stepSamples(s: Samples): void {
  const { capFactor, safFactor, drift, pivot, addSafety, addCapabilities } = s;
  const { baseCapabilities, baseSafety, alumniSafety, alumniCapabilities } = s;
  for (let i = 0; i < s.count; i += 1) {
    const safety = alumniSafety[i] ?? 0;
    const capabilities = alumniCapabilities[i] ?? 0;
    baseCapabilities[i] = (baseCapabilities[i] ?? 0) * (capFactor[i] ?? 0);
    baseSafety[i] = (baseSafety[i] ?? 0) * (safFactor[i] ?? 0);
    const toCapabilities = (drift[i] ?? 0) * safety;
    const toSafety = (pivot[i] ?? 0) * capabilities;
    alumniSafety[i] = safety - toCapabilities + toSafety + (addSafety[i] ?? 0);
    alumniCapabilities[i] = capabilities - toSafety + toCapabilities + (addCapabilities[i] ?? 0);
  }
}

/** Whether the first `n` values differ: a line every sample agrees on needs no selection. */
function varies(values: Float64Array): boolean {
  const first = values[0];
  for (let i = 1; i < values.length; i += 1) if (values[i] !== first) return true;
  return false;
}

/** (base capabilities + a·alumni in capabilities) ÷ (base safety + a·alumni in safety). */
function fillFieldRatio(s: Samples, anyway: Float64Array | null, values: Float64Array): void {
  const { baseCapabilities, baseSafety, alumniSafety, alumniCapabilities } = s;
  for (let i = 0; i < values.length; i += 1) {
    const a = anyway === null ? 1 : (anyway[i] ?? 0);
    const capabilities = alumniCapabilities[i] ?? 0;
    const safety = alumniSafety[i] ?? 0;
    // With every alumnus (a = 1) exactly years.ts's (cap + B) / (saf + A): 1 × x is x.
    values[i] =
      ((baseCapabilities[i] ?? 0) + a * capabilities) / ((baseSafety[i] ?? 0) + a * safety);
  }
}

function fillNetImpact(s: Samples, values: Float64Array): void {
  const { alumniSafety, alumniCapabilities, neutral, keep, boost } = s;
  for (let i = 0; i < values.length; i += 1) {
    values[i] = yearsNetImpactAt(
      neutral[i] ?? Number.NaN,
      alumniSafety[i] ?? 0,
      alumniCapabilities[i] ?? 0,
      keep[i] ?? 0,
      boost[i] ?? 0,
    );
  }
}

/** Each sample's value of one line at the end of the year, into `values` (the first samples). */
function fillLine(line: LineKey, s: Samples, values: Float64Array): void {
  switch (line) {
    case 'fieldRatio':
      fillFieldRatio(s, null, values);
      return;
    case 'fieldRatioWithout':
      fillFieldRatio(s, s.anyway, values);
      return;
    case 'alumniSafety':
      values.set(s.alumniSafety.subarray(0, values.length));
      return;
    case 'alumniCapabilities':
      values.set(s.alumniCapabilities.subarray(0, values.length));
      return;
    case 'netImpactAtUser':
      fillNetImpact(s, values);
      return;
  }
}

/** One buffer for a line's values in one year, grown as needed. */
let buffer = new Float64Array(0);

function valuesBuffer(count: number): Float64Array {
  if (buffer.length < count) buffer = new Float64Array(count);
  return buffer.subarray(0, count);
}

/** The five bands of a run, at years 0 … Y of `scenario` (the run's points). */
export function yearsBands(set: SampleSet, scenario: Scenario): YearsBands {
  const years = wholeYears(scenario.years);
  const xs = Array.from({ length: years + 1 }, (_, year) => year);
  const keys = lineKeys(set, scenario);
  // How many samples each line needs: all, or one when none of its inputs is a range.
  const counts = Object.fromEntries(
    LINES.map((line) => [
      line,
      set.ranged.some((key) => keys[line].includes(key)) ? set.samples : Math.min(1, set.samples),
    ]),
  ) as Record<LineKey, number>;
  const samples = samplesOf(set, scenario, Math.max(...LINES.map((line) => counts[line])));

  const p5 = Object.fromEntries(LINES.map((line) => [line, [] as number[]])) as Record<
    LineKey,
    number[]
  >;
  const p95 = Object.fromEntries(LINES.map((line) => [line, [] as number[]])) as Record<
    LineKey,
    number[]
  >;
  for (let year = 0; year <= years; year += 1) {
    if (year > 0) stepSamples(samples);
    for (const line of LINES) {
      const values = valuesBuffer(counts[line]);
      fillLine(line, samples, values);
      const [low, high] = varies(values)
        ? bandStatistics(values).map((statistic) => interpolate(statistic))
        : [values[0] ?? Number.NaN, values[0] ?? Number.NaN];
      // + 0 writes a −0 (net impact of nothing) as 0.
      p5[line].push((low ?? Number.NaN) + 0);
      p95[line].push((high ?? Number.NaN) + 0);
    }
  }

  const band = (line: LineKey): CurveBand => ({ xs, p5: p5[line], p95: p95[line] });
  return {
    fieldRatio: band('fieldRatio'),
    fieldRatioWithout: band('fieldRatioWithout'),
    alumniSafety: band('alumniSafety'),
    alumniCapabilities: band('alumniCapabilities'),
    netImpactAtUser: band('netImpactAtUser'),
  };
}
