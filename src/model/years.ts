/**
 * Over the years (issue 12): a program runs for Y years, placing `perYear` cohorts a year into a
 * field that grows, while its alumni move between the sides. docs/model.md, "Over the years",
 * documents every step and formula; in short, time 0 is today's field and each year y = 1 … Y:
 *
 * 1. the base field (everyone who is not an alumnus) grows: C ← C·(1 + capGrowth),
 *    S ← S·(1 + safGrowth);
 * 2. alumni already placed move, both shares taken from the stocks at the start of the step: a
 *    share `drift` of the alumni counted as safety to capabilities, a share `pivot` of those
 *    counted as capabilities to safety;
 * 3. the year's cohorts are placed exactly as today (calculate.ts, `placements`), each adding its
 *    new safety and new capabilities researchers.
 *
 * The field ratios are headcounts; net impact and the verdicts count only what the program caused,
 * (1 − anyway) of the alumni, and weigh each capabilities alumnus by 1 + capBoost. With every
 * default and Y = 1 each figure is calculate()'s, to the bit (tests/unit/years.test.ts).
 *
 * It runs on every slider step at up to 30 years, so a year is a few multiplications on one state
 * object, and a run allocates only its result and series (one typed array per line, Y + 1 entries).
 */
import { breakEvenRatio, type BreakEvenRatio } from './break-even-ratio';
import {
  balanceOf,
  fieldSides,
  type Results,
  netImpactAt,
  placements,
  verdictAt,
  type FieldSides,
  type NewResearchersBalance,
  type Placements,
  type Verdict,
} from './calculate';
import type { NSource, Scenario } from './inputs';
import { wholeYears, type YearsEnd, type YearsStepInputs } from './years-end';

/**
 * N derived from the field (`nFrom = field`): importance × C / S of today's field. Under
 * logarithmic returns a researcher's marginal value is ∝ 1 / (size of their side), so one safety
 * researcher offsets C / S capabilities researchers, times how much more safety progress matters.
 * Not clamped to the slider's 1–1,000: the verdict is defined at any N > 0, and clamping would
 * silently change it (the page says when the derived N lies outside the slider).
 */
export function neutralFromField(cap: number, saf: number, importance: number): number {
  return importance * (cap / saf);
}

/** The N the verdict "at your ratio" uses: the slider's, or the one derived from the field. */
export function effectiveNeutral(
  s: Pick<Scenario, 'nFrom' | 'neutral' | 'cap' | 'saf' | 'importance'>,
): number {
  return s.nFrom === 'field' ? neutralFromField(s.cap, s.saf, s.importance) : s.neutral;
}

/**
 * Net impact at 1 : N from the alumni stocks: (1 − anyway) × (alumni in safety − alumni in
 * capabilities × (1 + capBoost) ÷ N), exactly 0 where the verdict is neutral (calculate.ts's rule,
 * applied to the caused safety and the caused, weighted capabilities). `keep` = 1 − anyway and
 * `boost` = 1 + capBoost, as fractions.
 */
export function yearsNetImpactAt(
  n: number,
  alumniSafety: number,
  alumniCapabilities: number,
  keep: number,
  boost: number,
): number {
  return netImpactAt(n, keep * alumniSafety, keep * (alumniCapabilities * boost));
}

/** Each line of the three charts, by year: index 0 is today (nothing placed), index y the end of year y. */
export interface YearsSeries {
  /** Y + 1. */
  readonly length: number;
  readonly baseCapabilities: Float64Array;
  readonly baseSafety: Float64Array;
  readonly alumniSafety: Float64Array;
  readonly alumniCapabilities: Float64Array;
  /** (base capabilities + alumni in capabilities) ÷ (base safety + alumni in safety). */
  readonly fieldRatio: Float64Array;
  /** The same with only the share `anyway` of the alumni. */
  readonly fieldRatioWithout: Float64Array;
  readonly netImpactAt10: Float64Array;
  readonly netImpactAt100: Float64Array;
  /** At the N in use (`neutral` of the results). */
  readonly netImpactAtUser: Float64Array;
}

/**
 * The page's results (src/store/selectors.ts): every field of calculate()'s Results, read at the
 * end of year Y, so each figure, sentence and export that takes Results takes these; with the
 * defaults they are calculate()'s to the bit.
 */
export interface YearsResults extends Results {
  /** Y, whole years. */
  readonly years: number;
  /** One cohort's placements, as today. */
  readonly perCohort: Placements;
  /**
   * Everyone the program placed, as one big cohort's placements, read at the end of year Y:
   * `newSafety` / `newCapabilities` are the alumni counted as safety / as capabilities then (after
   * the moves), `counted` and `other` the safety-counted and unplaced people over all Y × perYear
   * cohorts. Headcounts: for the balance and the texts; the verdicts use the caused figures below.
   */
  readonly placements: Placements;
  /** `anyway`, in percent: the share of alumni who would have entered the same roles anyway. */
  readonly anyway: number;
  /** How N was set, and the N the verdict at your ratio uses. */
  readonly nFrom: NSource;
  readonly neutral: number;
  readonly fieldNow: FieldSides;
  /** "Field ratio after": the field at the end of year Y, with every alumnus. */
  readonly fieldAfter: FieldSides;
  /** "Field ratio without the program": the same field with only the share `anyway` of alumni. */
  readonly fieldWithout: FieldSides;
  readonly alumniSafety: number;
  readonly alumniCapabilities: number;
  /** What the program caused: (1 − anyway) × alumni in safety. */
  readonly causedSafety: number;
  /** (1 − anyway) × alumni in capabilities × (1 + capBoost): capabilities-researcher equivalents. */
  readonly causedCapabilities: number;
  /** Alumni in safety against alumni in capabilities (headcounts, as the field ratio). */
  readonly balance: NewResearchersBalance;
  /** The N at which the caused, weighted alumni break even: caused capabilities ÷ caused safety. */
  readonly breakEven: BreakEvenRatio;
  readonly verdictAt10: Verdict;
  readonly verdictAt100: Verdict;
  readonly verdictAtUser: Verdict;
  readonly series: YearsSeries;
}

/** What one year does, as fractions and people; computed once per run. */
interface YearRates {
  readonly capFactor: number;
  readonly safFactor: number;
  readonly drift: number;
  readonly pivot: number;
  /** The year's cohorts: perYear × one cohort's new safety / new capabilities researchers. */
  readonly addSafety: number;
  readonly addCapabilities: number;
}

function yearRates(
  s: YearsStepInputs,
  perCohort: Pick<Placements, 'newSafety' | 'newCapabilities'>,
): YearRates {
  return {
    capFactor: 1 + s.capGrowth / 100,
    safFactor: 1 + s.safGrowth / 100,
    drift: s.drift / 100,
    pivot: s.pivot / 100,
    addSafety: s.perYear * perCohort.newSafety,
    addCapabilities: s.perYear * perCohort.newCapabilities,
  };
}

function startOf(s: YearsStepInputs, state: YearsEnd): YearsEnd {
  state.baseCapabilities = s.cap;
  state.baseSafety = s.saf;
  state.alumniSafety = 0;
  state.alumniCapabilities = 0;
  return state;
}

/**
 * One year, the issue's three steps in order. With no growth and no moves each stock only gains
 * the year's cohorts (x × 1 = x and x − 0 + 0 = x exactly), which is why the defaults at Y = 1
 * give calculate()'s figures to the bit.
 */
function stepYear(state: YearsEnd, r: YearRates): void {
  // 1. The base field grows.
  state.baseCapabilities *= r.capFactor;
  state.baseSafety *= r.safFactor;
  // 2. Alumni move, both shares of the stocks at the start of the step, so order does not matter.
  const toCapabilities = r.drift * state.alumniSafety;
  const toSafety = r.pivot * state.alumniCapabilities;
  // 3. The year's cohorts are placed.
  state.alumniSafety = state.alumniSafety - toCapabilities + toSafety + r.addSafety;
  state.alumniCapabilities =
    state.alumniCapabilities - toSafety + toCapabilities + r.addCapabilities;
}

/** The years model with its series for the charts. */
export function calculateYears(s: Scenario): YearsResults {
  const perCohort = placements(s);
  const years = wholeYears(s.years);
  const n = effectiveNeutral(s);
  const anyway = s.anyway / 100;
  const keep = 1 - anyway;
  const boost = 1 + s.capBoost / 100;

  const length = years + 1;
  // One buffer for all nine lines: creating a typed array costs about 1.5 µs in V8, so nine of
  // them were most of a 30-year run; views into one cost a fraction of that.
  const buffer = new Float64Array(9 * length);
  const line = (index: number) => buffer.subarray(index * length, (index + 1) * length);
  const series: YearsSeries = {
    length,
    baseCapabilities: line(0),
    baseSafety: line(1),
    alumniSafety: line(2),
    alumniCapabilities: line(3),
    fieldRatio: line(4),
    fieldRatioWithout: line(5),
    netImpactAt10: line(6),
    netImpactAt100: line(7),
    netImpactAtUser: line(8),
  };

  const rates = yearRates(s, perCohort);
  const state = startOf(s, {
    baseCapabilities: 0,
    baseSafety: 0,
    alumniSafety: 0,
    alumniCapabilities: 0,
  });
  for (let year = 0; year <= years; year += 1) {
    if (year > 0) stepYear(state, rates);
    const { baseCapabilities: cap, baseSafety: saf, alumniSafety, alumniCapabilities } = state;
    series.baseCapabilities[year] = cap;
    series.baseSafety[year] = saf;
    series.alumniSafety[year] = alumniSafety;
    series.alumniCapabilities[year] = alumniCapabilities;
    series.fieldRatio[year] = (cap + alumniCapabilities) / (saf + alumniSafety);
    series.fieldRatioWithout[year] =
      (cap + anyway * alumniCapabilities) / (saf + anyway * alumniSafety);
    series.netImpactAt10[year] = yearsNetImpactAt(
      10,
      alumniSafety,
      alumniCapabilities,
      keep,
      boost,
    );
    series.netImpactAt100[year] = yearsNetImpactAt(
      100,
      alumniSafety,
      alumniCapabilities,
      keep,
      boost,
    );
    series.netImpactAtUser[year] = yearsNetImpactAt(
      n,
      alumniSafety,
      alumniCapabilities,
      keep,
      boost,
    );
  }

  const { baseCapabilities: cap, baseSafety: saf, alumniSafety, alumniCapabilities } = state;
  const causedSafety = keep * alumniSafety;
  const causedCapabilities = keep * (alumniCapabilities * boost);
  const cohorts = years * s.perYear;
  return {
    years,
    perCohort,
    placements: {
      counted: cohorts * perCohort.counted,
      newSafety: alumniSafety,
      newCapabilities: alumniCapabilities,
      other: cohorts * perCohort.other,
    },
    anyway: s.anyway,
    nFrom: s.nFrom,
    neutral: n,
    fieldNow: fieldSides(s.cap, s.saf),
    fieldAfter: fieldSides(cap + alumniCapabilities, saf + alumniSafety),
    fieldWithout: fieldSides(cap + anyway * alumniCapabilities, saf + anyway * alumniSafety),
    alumniSafety,
    alumniCapabilities,
    causedSafety,
    causedCapabilities,
    balance: balanceOf(alumniSafety, alumniCapabilities),
    breakEven: breakEvenRatio({
      newSafety: causedSafety,
      newCapabilities: causedCapabilities,
    }),
    verdictAt10: verdictAt(10, causedSafety, causedCapabilities),
    verdictAt100: verdictAt(100, causedSafety, causedCapabilities),
    verdictAtUser: verdictAt(n, causedSafety, causedCapabilities),
    series,
  };
}
