/**
 * The scenario as a JSON file: its format and the writing ("Import scenario" reads one back in
 * ./scenario-file-import.ts, through the link codec's sanitising). The file carries what a copied
 * link carries: the scenario, its ranges, the seed and samples, its pinned scenarios (with their
 * ranges) and the comparison (issue 9, fault 5; issue 11).
 *
 *   "scenario": { "cap": 10000, …, "toCap": 25.7, …, "nFrom": "set" }   every input (a range's
 *                                                        point is its middle; choices as text)
 *   "ranges": { "toCap": { "lo": 1.4, "hi": 50 } }      only when some input is a range
 *   "seed": 1, "samples": 10000                          always written
 */
import type { CompareTarget, PinnedScenario } from '../model/comparison';
import {
  CHOICE_KEYS,
  INPUT_KEYS,
  type InputKey,
  type MutableScenario,
  type Scenario,
} from '../model/inputs';
import type { InputRange, SamplingSettings, ScenarioRanges } from '../model/ranges';
import { COMPARE_KEY, decodeLink, encodeLink } from './link-codec';
import { URL_VERSION } from './migrations';

/** What a scenario file holds: the parts of a link that describe scenarios, without embed mode. */
export interface ScenarioFileState {
  readonly scenario: Scenario;
  readonly ranges: ScenarioRanges;
  readonly sampling: SamplingSettings;
  readonly pins: readonly PinnedScenario[];
  readonly compare: CompareTarget;
}

export const SCENARIO_FILE_FORMAT = 'ratio-explorer-scenario';
/** Larger files are refused before parsing: a scenario is a few hundred bytes. */
export const MAX_SCENARIO_FILE_BYTES = 100_000;

type FileRanges = { readonly [K in InputKey]?: InputRange };

export interface ScenarioFile {
  readonly format: typeof SCENARIO_FILE_FORMAT;
  readonly version: number;
  readonly scenario: Scenario;
  /** The inputs that are ranges (90 % intervals); absent when there are none. */
  readonly ranges?: FileRanges;
  readonly seed: number;
  readonly samples: number;
  /** Pinned scenarios, in order; absent when there are none. */
  readonly pins?: ReadonlyArray<{
    readonly name: string;
    readonly scenario: Scenario;
    readonly ranges?: FileRanges;
  }>;
  /** The comparison as the link writes it ("defaults", a preset id, "pin1" …); absent for none. */
  readonly compare?: string;
  /** The query string of the same state, so the file also says how to open it as a link. */
  readonly link: string;
}

/** Every input in link order, numbers then choices ("nFrom": "field"). */
function allValues(scenario: Scenario): Scenario {
  const values: MutableScenario = { ...scenario };
  const ordered: Partial<MutableScenario> = {};
  for (const key of INPUT_KEYS) ordered[key] = values[key];
  for (const key of CHOICE_KEYS) ordered[key] = values[key];
  return ordered as Scenario;
}

/** The ranges in INPUT_KEYS order as `{ lo, hi }`, or nothing when there are none. */
function rangesPart(ranges: ScenarioRanges): { ranges?: FileRanges } {
  const entries = INPUT_KEYS.flatMap((key) => {
    const range = ranges[key];
    return range ? [[key, { lo: range.lo, hi: range.hi }] as const] : [];
  });
  return entries.length > 0 ? { ranges: Object.fromEntries(entries) as FileRanges } : {};
}

export function scenarioToFile(state: ScenarioFileState): ScenarioFile {
  const link = encodeLink({ ...state, embed: false });
  // The file holds the canonical state, exactly what the link opens.
  const canonical = decodeLink(link).state;
  const compare = new URLSearchParams(link).get(COMPARE_KEY);
  return {
    format: SCENARIO_FILE_FORMAT,
    version: URL_VERSION,
    scenario: allValues(canonical.scenario),
    ...rangesPart(canonical.ranges),
    seed: canonical.sampling.seed,
    samples: canonical.sampling.samples,
    ...(canonical.pins.length > 0
      ? {
          pins: canonical.pins.map((pin) => ({
            name: pin.name,
            scenario: allValues(pin.scenario),
            ...rangesPart(pin.ranges),
          })),
        }
      : {}),
    ...(compare !== null ? { compare } : {}),
    link,
  };
}

export function scenarioToJson(state: ScenarioFileState): string {
  return `${JSON.stringify(scenarioToFile(state), null, 2)}\n`;
}
