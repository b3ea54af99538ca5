/**
 * One-click scenarios, each citing where its figures come from. A preset lists only the inputs it
 * changes from the defaults; the rest are the defaults (the thread's illustration). A preset may
 * also make inputs ranges (issue 11); each range then cites its own sources or says it is a
 * judgement, and the input's point is the range's middle, as for any range.
 */
import { DEFAULT_SCENARIO, type InputKey, type Scenario } from './inputs';
import { withRangePoints } from './range-points';
import { NO_RANGES, type InputRange, type ScenarioRanges } from './ranges';
import type { SourceId } from './sources';

export type PresetId =
  | 'thread'
  | 'survey-with-independents'
  | 'survey-without-independents'
  | 'longitudinal'
  | 'field-sized'
  | 'disagreements'
  | 'program-running'
  | 'neglectedness';

/** Where one range of a preset comes from. */
export interface RangeCitation {
  /** One sentence: what the ends are and why. */
  readonly note: string;
  /** The sources of the ends; may be empty for a pure judgement. */
  readonly sources: readonly SourceId[];
  /** True when the interval (its ends, or reading them as a 90 % interval) is our judgement. */
  readonly judgement: boolean;
}

export interface Preset {
  readonly id: PresetId;
  readonly name: string;
  /** One line that says what the preset is and where its numbers come from. */
  readonly note: string;
  readonly sources: readonly SourceId[];
  /** The points; an input that is a range sits at the range's middle. */
  readonly scenario: Scenario;
  /** The inputs the preset makes ranges (90 % intervals); NO_RANGES for a preset of points. */
  readonly ranges: ScenarioRanges;
  /** One citation per range, by input: every key of `ranges` has one. */
  readonly rangeCitations: { readonly [K in InputKey]?: RangeCitation };
}

/** A range and its citation, written together so a range cannot lose its source. */
type CitedRange = InputRange & RangeCitation;

function preset(
  id: PresetId,
  name: string,
  note: string,
  sources: readonly SourceId[],
  changes: Partial<Scenario>,
  cited: { readonly [K in InputKey]?: CitedRange } = {},
): Preset {
  const ranges: Partial<Record<InputKey, InputRange>> = {};
  const rangeCitations: Partial<Record<InputKey, RangeCitation>> = {};
  for (const [key, range] of Object.entries(cited) as [InputKey, CitedRange][]) {
    ranges[key] = { lo: range.lo, hi: range.hi };
    rangeCitations[key] = { note: range.note, sources: range.sources, judgement: range.judgement };
  }
  // The points of the ranged inputs come from their ranges, exactly as a link would give them.
  const placed = withRangePoints(
    { ...DEFAULT_SCENARIO, ...changes },
    Object.keys(ranges).length > 0 ? ranges : NO_RANGES,
  );
  return {
    id,
    name,
    note,
    sources,
    scenario: placed.scenario,
    ranges: placed.ranges,
    rangeCitations,
  };
}

export const PRESETS: readonly Preset[] = [
  preset(
    'thread',
    "Thread's illustration",
    'Made-up numbers: a 10,000 : 1,000 field; a cohort of 1,000 splits 500 / 500.',
    ['thread'],
    {},
  ),
  preset(
    'survey-with-independents',
    '2024 alumni survey, independents counted',
    '49 % safety roles, 29 % independent, 1.4 % capabilities; field and cohort as in the thread.',
    ['alumniSurvey2024'],
    { toSafety: 49, toIndep: 29, toCap: 1.4, indepWeight: 100 },
  ),
  preset(
    'survey-without-independents',
    '2024 alumni survey, independents ignored',
    'The same survey with independents counted as nothing: 2.86 capabilities per 100 safety.',
    ['alumniSurvey2024'],
    { toSafety: 49, toIndep: 29, toCap: 1.4, indepWeight: 0 },
  ),
  preset(
    'longitudinal',
    'Longitudinal career data, 8 : 1',
    '80 % of traced alumni in safety, 10 % in capabilities (date unconfirmed); field and cohort as in the thread.',
    ['longitudinal'],
    { toSafety: 80, toIndep: 0, toCap: 10 },
  ),
  preset(
    'field-sized',
    'Field-sized estimate',
    'About 100,000 capabilities (rough) and 1,100 safety researchers; 292 alumni split 80 / 10.',
    ['aschenbrenner2023', 'mcaleese2025', 'longitudinal'],
    { cap: 100_000, saf: 1_100, cohort: 292, toSafety: 80, toIndep: 0, toCap: 10 },
  ),
  preset(
    'disagreements',
    "The thread's disagreements",
    'Ranges (90 %): your ratio 1 : 10 to 1 : 100, capabilities roles 1.4–50 %, independents ' +
      'counted 0–100 %.',
    ['thread', 'kidd2023', 'alumniSurvey2024', 'longitudinal'],
    // Half the cohort in safety as in the thread's illustration, split as the career data splits
    // the alumni in safety (18 % of them independent: 9 of the 50 %), so the independents'
    // weight matters. 41 + 9 leaves room for the 50 % capabilities end without scaling.
    { toSafety: 41, toIndep: 9 },
    {
      neutral: {
        lo: 10,
        hi: 100,
        note:
          'The thread puts the net-neutral ratio near 1 : 100 and calls 1 : 10 not crazy; ' +
          "MATS's own 2023 estimate, one safety scholar worth 5–10 capabilities researchers, " +
          'sits at and below the low end.',
        sources: ['thread', 'kidd2023'],
        judgement: false,
      },
      toCap: {
        lo: 1.4,
        hi: 50,
        note:
          'Low end: the 2024 survey (1.4 %, one respondent). High end: the split the thread ' +
          'itself calls very pessimistic (50 %). Read as a 90 % range, its median is about ' +
          "10.6 %, close to the later career data's 10 %.",
        sources: ['alumniSurvey2024', 'thread', 'longitudinal'],
        judgement: true,
      },
      indepWeight: {
        lo: 0,
        hi: 100,
        note:
          'The thread ignores independent researchers (0 %), perhaps unfairly; the survey counts ' +
          'them as doing alignment research (100 %). Which is right is a judgement.',
        sources: ['thread', 'alumniSurvey2024'],
        judgement: true,
      },
    },
  ),
  preset(
    'program-running',
    'The program as it runs',
    'Two cohorts of 100 a year for 10 years, split 80 / 10 as traced alumni are; about 600 ' +
      'technical safety researchers growing 21 % a year; 100,000 capabilities researchers ' +
      'growing 10 % a year (both rough guesses).',
    ['matsCohorts', 'longitudinal', 'mcaleese2025', 'aschenbrenner2023'],
    // Ten years is our choice of horizon, not a figure from a source. No source gives the
    // capabilities field's growth: 10 % a year is a guess, and the note says so.
    {
      cap: 100_000,
      saf: 600,
      cohort: 100,
      toSafety: 80,
      toIndep: 0,
      toCap: 10,
      years: 10,
      perYear: 2,
      safGrowth: 21,
      capGrowth: 10,
    },
  ),
  preset(
    'neglectedness',
    'Neglectedness sets N',
    'N follows from the field: N = importance × capabilities ÷ safety researchers. With the ' +
      "thread's 10,000 : 1,000 field and importance 1 that is its 1 : 10; importance 10 gives 1 : 100.",
    ['thread'],
    { nFrom: 'field', importance: 1 },
  ),
];
