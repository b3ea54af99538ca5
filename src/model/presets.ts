/**
 * One-click scenarios, each citing where its figures come from. A preset lists only the inputs it
 * changes from the defaults; the rest are the defaults (the thread's illustration).
 */
import { DEFAULT_SCENARIO, type Scenario } from './inputs';
import type { SourceId } from './sources';

export type PresetId =
  | 'thread'
  | 'survey-with-independents'
  | 'survey-without-independents'
  | 'longitudinal'
  | 'field-sized';

export interface Preset {
  readonly id: PresetId;
  readonly name: string;
  /** One line that says what the preset is and where its numbers come from. */
  readonly note: string;
  readonly sources: readonly SourceId[];
  readonly scenario: Scenario;
}

function preset(
  id: PresetId,
  name: string,
  note: string,
  sources: readonly SourceId[],
  changes: Partial<Scenario>,
): Preset {
  return { id, name, note, sources, scenario: { ...DEFAULT_SCENARIO, ...changes } };
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
];
