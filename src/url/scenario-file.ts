/**
 * The scenario as a JSON file, and "Import scenario" back from one. Import goes through exactly
 * the same sanitising as a link (the file's values are turned into a query string and decoded), so
 * a hand-edited or hostile file gets the same clamping, defaults and notice as a hostile link.
 */
import { INPUT_KEYS, type Scenario } from '../model/inputs';
import { decodeScenario, encodeScenario } from './codec';
import { URL_VERSION } from './migrations';
import { displayText, VERSION_KEY, type DecodeIssue } from './url-spec';

export const SCENARIO_FILE_FORMAT = 'ratio-explorer-scenario';
/** Larger files are refused before parsing: a scenario is a few hundred bytes. */
export const MAX_SCENARIO_FILE_BYTES = 100_000;

export interface ScenarioFile {
  readonly format: typeof SCENARIO_FILE_FORMAT;
  readonly version: number;
  readonly scenario: Scenario;
  /** The scenario's query string, so the file also says how to open it as a link. */
  readonly link: string;
}

export function scenarioToFile(scenario: Scenario): ScenarioFile {
  const values = Object.fromEntries(INPUT_KEYS.map((key) => [key, scenario[key]])) as Scenario;
  return {
    format: SCENARIO_FILE_FORMAT,
    version: URL_VERSION,
    scenario: values,
    link: encodeScenario(scenario),
  };
}

export function scenarioToJson(scenario: Scenario): string {
  return `${JSON.stringify(scenarioToFile(scenario), null, 2)}\n`;
}

export type ImportResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly issues: DecodeIssue[] }
  | { readonly ok: false; readonly error: string };

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
  for (const [key, value] of Object.entries(parsed.scenario)) {
    if (typeof value === 'number' || typeof value === 'string') params.append(key, String(value));
    else {
      const message = `${displayText(key)}: the value is not a number; ignored.`;
      issues.push({ key: displayText(key), kind: 'invalid', message });
    }
  }
  const decoded = decodeScenario(params.toString());
  return { ok: true, scenario: decoded.scenario, issues: [...decoded.issues, ...issues] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
