/**
 * The scenario as a JSON file, and "Import scenario" back from one. The file carries what a
 * copied link carries: the scenario, its pinned scenarios and the comparison (issue 9, fault 5).
 * Import goes through exactly the same sanitising as a link (the file's values are turned into a
 * query string and decoded by the link codec), so a hand-edited or hostile file gets the same
 * clamping, defaults and notice as a hostile link.
 */
import type { CompareTarget, PinnedScenario } from '../model/comparison';
import { INPUT_KEYS, type Scenario } from '../model/inputs';
import { COMPARE_KEY, decodeLink, encodeLink } from './link-codec';
import { URL_VERSION } from './migrations';
import { displayText, VERSION_KEY, type DecodeIssue } from './url-spec';

/** What a scenario file holds: the parts of a link that describe scenarios, without embed mode. */
export interface ScenarioFileState {
  readonly scenario: Scenario;
  readonly pins: readonly PinnedScenario[];
  readonly compare: CompareTarget;
}

export const SCENARIO_FILE_FORMAT = 'ratio-explorer-scenario';
/** Larger files are refused before parsing: a scenario is a few hundred bytes. */
export const MAX_SCENARIO_FILE_BYTES = 100_000;

export interface ScenarioFile {
  readonly format: typeof SCENARIO_FILE_FORMAT;
  readonly version: number;
  readonly scenario: Scenario;
  /** Pinned scenarios, in order; absent when there are none. */
  readonly pins?: ReadonlyArray<{ readonly name: string; readonly scenario: Scenario }>;
  /** The comparison as the link writes it ("defaults", a preset id, "pin1" …); absent for none. */
  readonly compare?: string;
  /** The query string of the same state, so the file also says how to open it as a link. */
  readonly link: string;
}

function allValues(scenario: Scenario): Scenario {
  return Object.fromEntries(INPUT_KEYS.map((key) => [key, scenario[key]])) as Scenario;
}

export function scenarioToFile(state: ScenarioFileState): ScenarioFile {
  const link = encodeLink({ ...state, embed: false });
  const compare = new URLSearchParams(link).get(COMPARE_KEY);
  return {
    format: SCENARIO_FILE_FORMAT,
    version: URL_VERSION,
    scenario: allValues(state.scenario),
    ...(state.pins.length > 0
      ? { pins: state.pins.map((pin) => ({ name: pin.name, scenario: allValues(pin.scenario) })) }
      : {}),
    ...(compare !== null ? { compare } : {}),
    link,
  };
}

export function scenarioToJson(state: ScenarioFileState): string {
  return `${JSON.stringify(scenarioToFile(state), null, 2)}\n`;
}

export type ImportResult =
  | ({ readonly ok: true; readonly issues: DecodeIssue[] } & ScenarioFileState)
  | { readonly ok: false; readonly error: string };

/** A file value as a link would carry it; anything else is reported and left out. */
function appendValues(
  params: URLSearchParams,
  prefix: string,
  values: Record<string, unknown>,
  issues: DecodeIssue[],
): void {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'number' || typeof value === 'string') {
      params.append(`${prefix}${key}`, String(value));
    } else {
      const shown = displayText(`${prefix}${key}`);
      issues.push({
        key: shown,
        kind: 'invalid',
        message: `${shown}: the value is not a number; ignored.`,
      });
    }
  }
}

/** Reads a scenario file's text. Never throws; a file that is not a scenario is an error. */
export function scenarioFromJson(text: string): ImportResult {
  if (text.length > MAX_SCENARIO_FILE_BYTES) {
    return { ok: false, error: 'The file is too large to be a scenario file.' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  if (!isRecord(parsed) || !isRecord(parsed.scenario)) {
    return { ok: false, error: 'The file has no "scenario" object; is it a scenario file?' };
  }
  const params = new URLSearchParams();
  const version = parsed.version;
  if (typeof version === 'number' || typeof version === 'string') {
    params.set(VERSION_KEY, String(version));
  }
  const issues: DecodeIssue[] = [];
  appendValues(params, '', parsed.scenario, issues);
  appendPins(params, parsed.pins, issues);
  if (typeof parsed.compare === 'string') params.set(COMPARE_KEY, parsed.compare);
  else if (parsed.compare !== undefined) {
    issues.push({
      key: COMPARE_KEY,
      kind: 'invalid',
      message: `${COMPARE_KEY} (Compare with): not a name of a comparison; no comparison shown.`,
    });
  }
  const decoded = decodeLink(`?${params.toString()}`);
  const { scenario, pins, compare } = decoded.state;
  return { ok: true, scenario, pins, compare, issues: [...decoded.issues, ...issues] };
}

/** Pins become `pinN=name&pinN.key=value`, so the link codec sanitises and limits them. */
function appendPins(params: URLSearchParams, raw: unknown, issues: DecodeIssue[]): void {
  if (raw === undefined) return;
  if (!Array.isArray(raw)) {
    issues.push({
      key: 'pins',
      kind: 'invalid',
      message: 'pins: not a list of pinned scenarios; ignored.',
    });
    return;
  }
  raw.forEach((pin: unknown, index) => {
    const key = `pin${index + 1}`;
    if (!isRecord(pin) || !isRecord(pin.scenario)) {
      issues.push({ key, kind: 'invalid', message: `${key}: not a pinned scenario; ignored.` });
      return;
    }
    params.set(key, typeof pin.name === 'string' ? pin.name : '');
    appendValues(params, `${key}.`, pin.scenario, issues);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
