/**
 * The seeded Monte Carlo run (docs/model.md, "Ranges and sampling"). Every input that is a range
 * is drawn once per sample from its own stream (./random-streams.ts) through its family's quantile
 * (./distributions.ts); every other input keeps its point value. Each sample is then one ordinary
 * scenario, run through the same formulas as the headline (placementsOf, netImpactAt in
 * ./calculate.ts), so a point range gives exactly the point model.
 *
 * Each sample then runs the years model (./years.ts, issue 12) as the headline does: the alumni at
 * the end of year Y for the balance and the field after, what the program caused for the verdicts,
 * and the N in use (the slider's, or derived from the sample's own field). With the years
 * defaults every figure is the one-cohort model's to the bit.
 *
 * The results are typed arrays, one entry per sample, for ./uncertainty.ts to summarise; they stay
 * in the worker (only the summary crosses to the page).
 */
import { netImpactAt, placementsOf, type CohortShares } from './calculate';
import { fitRange } from './distributions';
import { outputColumns, pointColumn, valuesOf, type OutputColumns } from './sampled-columns';
import { INPUT_KEYS, type InputKey, type MutableScenario, type Scenario } from './inputs';
import { YEARS_INPUT_KEYS } from './years-inputs';
import { effectiveNeutral } from './years';
import { causedInto, type Caused, type YearsEnd } from './years-end';
import { cachedNormalDraws } from './random-streams';
import { isRangeInUse } from './ranges-in-use';
import type { SamplingSettings, ScenarioRanges } from './ranges';

export interface SampleSet {
  readonly samples: number;
  readonly seed: number;
  /** The inputs that are ranges, in display order. */
  readonly ranged: readonly InputKey[];
  /** Each ranged input's sampled values, as drawn (before the share rule). */
  readonly inputs: { readonly [K in InputKey]?: Float64Array };
  /** Each ranged input's standard normal draws (its values are a non-decreasing function of them). */
  readonly draws: { readonly [K in InputKey]?: Float64Array };
  /** The alumni counted as safety / as capabilities at the end of year Y (one cohort's placements with the years defaults). */
  readonly newSafety: Float64Array;
  readonly newCapabilities: Float64Array;
  /**
   * The same per person of the cohort (a cohort of 1): what the 90 % bands of the cohort-size
   * charts scale to each cohort on their axis (./curve-bands.ts).
   */
  readonly perPersonSafety: Float64Array;
  readonly perPersonCapabilities: Float64Array;
  /**
   * One cohort's new safety and new capabilities researchers (the sample's cohort and shares):
   * what each year adds, perYear times, in the bands over the years (./years-bands.ts).
   */
  readonly cohortSafety: Float64Array;
  readonly cohortCapabilities: Float64Array;
  /**
   * The program's net impact at the sample's own N with cohorts of one person (what it caused by
   * the end of year Y): chart 3's band scales it to each cohort size, as the chart scales its
   * lines (the headline's net impact at the chart's own cohort).
   */
  readonly perPersonNetImpactAtUser: Float64Array;
  /**
   * R = caused capabilities (weighted by 1 + capBoost) ÷ caused safety: the verdict is net
   * positive at 1 : N exactly when R < N.
   */
  readonly breakEven: Float64Array;
  /** Capabilities per safety researcher in the field now and after the cohort. */
  readonly fieldRatioNow: Float64Array;
  readonly fieldRatioAfter: Float64Array;
  /** "Field ratio without the program": the field at the end of year Y with only the share `anyway` of the alumni. */
  readonly fieldRatioWithout: Float64Array;
  /**
   * The sample's own net-neutral ratio N in use (the point value when it is not a range; with N
   * from the field, importance × C ÷ S of the sample's field).
   */
  readonly neutral: Float64Array;
  readonly netImpactAt10: Float64Array;
  readonly netImpactAt100: Float64Array;
  /** Net impact at the sample's own N. */
  readonly netImpactAtUser: Float64Array;
  /** Samples whose three shares summed past 100 % and were scaled down in proportion. */
  readonly sharesScaled: number;
}

type MutableShares = { -readonly [K in keyof CohortShares]: number };

/**
 * The break-even ratio R of one sample, as a number for the typed arrays (break-even-ratio.ts
 * names the same cases for the page): the net-neutral ratio 1 : R at which the new safety
 * researchers exactly offset the new capabilities researchers. +∞ when there are no safety placements (never net
 * positive), also when nothing is placed on either side (net neutral at every N, so never net
 * positive); 0 when there are safety but no capabilities placements (net positive at every N).
 */
export function sampleBreakEvenRatio(newSafety: number, newCapabilities: number): number {
  if (newSafety <= 0) return Number.POSITIVE_INFINITY;
  if (newCapabilities <= 0) return 0;
  return newCapabilities / newSafety;
}

/**
 * The share rule per sample, as for links (docs/model.md, "Placement shares"): when the three
 * shares sum past 100 % they are all scaled down in proportion, exactly (samples are not rounded
 * to the sliders' 0.1 %). Returns whether it scaled.
 */
export function fitSharesInPlace(row: Omit<MutableShares, 'cohort'>): boolean {
  const total = row.toSafety + row.toIndep + row.toCap;
  // As scaleSharesToFit: 0.7 + 88.4 + 10.9 is 100.00000000000001 in binary, and is not past 100.
  if (total <= 100 + 1e-9) return false;
  const factor = 100 / total;
  row.toSafety *= factor;
  row.toIndep *= factor;
  row.toCap *= factor;
  return true;
}

/**
 * Draws `settings.samples` samples of the scenario with its ranges.
 *
 * `recycled`: a finished run whose samples nobody reads any more (the worker's last run, once a
 * new one comes: src/worker/monte-carlo-handler.ts). Its 15 output columns are written over
 * instead of allocated afresh: at 10,000 samples that was 1.2 MB a run, whose freeing kept the
 * page's background GC threads busy on the two cores the page and the worker share. The result
 * is the same either way; `recycled` must not be read after the call.
 */
export function sampleScenario(
  scenario: Scenario,
  ranges: ScenarioRanges,
  settings: SamplingSettings,
  recycled: SampleSet | null = null,
): SampleSet {
  const count = Math.max(1, Math.floor(settings.samples));
  const seed = settings.seed >>> 0;
  // A dormant range (the net-neutral ratio while N comes from the field) is not drawn: the
  // input keeps its point value, which the N in use does not read (./ranges-in-use.ts).
  const ranged = INPUT_KEYS.filter(
    (key) => ranges[key] !== undefined && isRangeInUse(key, scenario),
  );
  const inputs: { [K in InputKey]?: Float64Array } = {};
  const draws: { [K in InputKey]?: Float64Array } = {};
  for (const key of ranged) {
    const range = ranges[key];
    if (!range) continue;
    const z = cachedNormalDraws(seed, key, count);
    inputs[key] = valuesOf(key, fitRange(key, range, scenario[key]), z);
    draws[key] = z;
  }
  // Every input as a column, the point value repeated where it is not a range: the loop then
  // reads each input by name (monomorphic and fast) instead of by a key chosen at run time.
  const column = (key: InputKey) => inputs[key] ?? pointColumn(key, scenario[key], count);
  const columns = outputColumns(count, recycled);
  const sharesScaled = fillSamples(
    count,
    scenario,
    {
      cap: column('cap'),
      saf: column('saf'),
      cohort: column('cohort'),
      toSafety: column('toSafety'),
      toIndep: column('toIndep'),
      toCap: column('toCap'),
      indepWeight: column('indepWeight'),
      nonGen: column('nonGen'),
      neutral: column('neutral'),
      // The years inputs that are ranges, read by key: most scenarios have none, and a column
      // each would cost nine arrays per run for nothing.
      years: YEARS_INPUT_KEYS.flatMap((key) => {
        const values = inputs[key];
        return values ? [{ key, values }] : [];
      }),
    },
    columns,
  );
  return { samples: count, seed, ranged, inputs, draws, ...columns, sharesScaled };
}

/** The sampled inputs, a column each; `years`: the years inputs that are ranges. */
interface InputColumns {
  readonly cap: Float64Array;
  readonly saf: Float64Array;
  readonly cohort: Float64Array;
  readonly toSafety: Float64Array;
  readonly toIndep: Float64Array;
  readonly toCap: Float64Array;
  readonly indepWeight: Float64Array;
  readonly nonGen: Float64Array;
  readonly neutral: Float64Array;
  readonly years: readonly { readonly key: InputKey; readonly values: Float64Array }[];
}

/**
 * The loop over the samples: each sample's scenario through the model into `columns`. Returns
 * how many samples' shares were scaled down.
 *
 * A function of its own that ends with its loop (docs/architecture.md, "Loops in the worker"):
 * V8 compiles a long loop on its first run while it is still running (on-stack replacement),
 * before anything after the loop has run, and that code stays in use; so the return value's
 * object, built after the loop, made it fall back to the interpreter at the end of every run.
 */
function fillSamples(
  count: number,
  scenario: Scenario,
  input: InputColumns,
  columns: OutputColumns,
): number {
  const { cap, saf, cohort, toSafety, toIndep, toCap, indepWeight, nonGen } = input;
  const neutralColumn = input.neutral;
  const yearsColumns = input.years;
  const end: YearsEnd = {
    baseCapabilities: 0,
    baseSafety: 0,
    alumniSafety: 0,
    alumniCapabilities: 0,
  };
  const caused: Caused = { safety: 0, capabilities: 0 };
  const perPersonEnd: YearsEnd = { ...end };
  const perPersonCaused: Caused = { safety: 0, capabilities: 0 };

  // Locals, not the record's properties, in the loop below.
  const {
    newSafety,
    newCapabilities,
    perPersonSafety,
    perPersonCapabilities,
    cohortSafety,
    cohortCapabilities,
    perPersonNetImpactAtUser,
    breakEven,
    fieldRatioNow,
    fieldRatioAfter,
    fieldRatioWithout,
    neutral,
    netImpactAt10,
    netImpactAt100,
    netImpactAtUser,
  } = columns;
  let sharesScaled = 0;

  // One scenario and one set of shares, overwritten per sample: no allocation in the loop. The
  // shares are copied from the row and then fitted, so the share rule never compounds.
  const row: MutableScenario = { ...scenario };
  const shares: MutableShares = { cohort: 0, toSafety: 0, toIndep: 0, toCap: 0 };
  for (let index = 0; index < count; index += 1) {
    row.cap = cap[index] ?? row.cap;
    row.saf = saf[index] ?? row.saf;
    row.cohort = cohort[index] ?? row.cohort;
    row.toSafety = toSafety[index] ?? row.toSafety;
    row.toIndep = toIndep[index] ?? row.toIndep;
    row.toCap = toCap[index] ?? row.toCap;
    row.indepWeight = indepWeight[index] ?? row.indepWeight;
    row.nonGen = nonGen[index] ?? row.nonGen;
    row.neutral = neutralColumn[index] ?? row.neutral;
    for (const { key, values } of yearsColumns) row[key] = values[index] ?? row[key];
    shares.cohort = row.cohort;
    shares.toSafety = row.toSafety;
    shares.toIndep = row.toIndep;
    shares.toCap = row.toCap;
    // Counted without a branch: a count that rarely grows would have no type feedback in the
    // loop's compiled code, which then falls back to the interpreter when it first does.
    sharesScaled += fitSharesInPlace(shares) ? 1 : 0;
    const placed = placementsOf(row, shares);
    cohortSafety[index] = placed.newSafety;
    cohortCapabilities[index] = placed.newCapabilities;
    // Over the years: the stocks at the end of year Y into `end`, what was caused into `caused`.
    causedInto(row, placed, end, caused);
    const { alumniSafety, alumniCapabilities } = end;
    const safety = caused.safety;
    const capabilities = caused.capabilities;
    const n = effectiveNeutral(row);
    newSafety[index] = alumniSafety;
    newCapabilities[index] = alumniCapabilities;
    shares.cohort = 1;
    const perPerson = placementsOf(row, shares);
    perPersonSafety[index] = perPerson.newSafety;
    perPersonCapabilities[index] = perPerson.newCapabilities;
    // The same program with cohorts of one person. What the program caused is linear in each
    // cohort's placements, which are linear in its size, so with people placed this is the
    // sample's net impact ÷ its cohort (equal up to rounding, and a second 30-year run per sample
    // cost about a quarter of the sampling); an empty cohort runs the years for one person.
    const userImpact = netImpactAt(n, safety, capabilities);
    if (row.cohort > 0) {
      perPersonNetImpactAtUser[index] = userImpact / row.cohort;
    } else {
      causedInto(row, perPerson, perPersonEnd, perPersonCaused);
      perPersonNetImpactAtUser[index] = netImpactAt(
        n,
        perPersonCaused.safety,
        perPersonCaused.capabilities,
      );
    }
    breakEven[index] = sampleBreakEvenRatio(safety, capabilities);
    fieldRatioNow[index] = row.cap / row.saf;
    fieldRatioAfter[index] =
      (end.baseCapabilities + alumniCapabilities) / (end.baseSafety + alumniSafety);
    // calculateYears' fieldWithout, the same operations in the same order (equal at a point).
    const anyway = row.anyway / 100;
    fieldRatioWithout[index] =
      (end.baseCapabilities + anyway * alumniCapabilities) /
      (end.baseSafety + anyway * alumniSafety);
    neutral[index] = n;
    netImpactAt10[index] = netImpactAt(10, safety, capabilities);
    netImpactAt100[index] = netImpactAt(100, safety, capabilities);
    netImpactAtUser[index] = userImpact;
  }

  return sharesScaled;
}
