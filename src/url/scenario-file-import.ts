/**
 * "Import scenario": reads a scenario file (./scenario-file.ts has its format and the writing).
 * Import goes through exactly the same sanitising as a link: the file's values are turned into a
 * query string and decoded by the link codec, so a hand-edited or hostile file gets the same
 * clamping, defaults and notice as a hostile link. Files written before ranges existed have no
 * `ranges`, `seed` or `samples`: they import as points with the default seed and samples.
 */
import { isInputKey, type InputKey, type Scenario } from '../model/inputs';
import { rangeMiddle } from '../model/range-points';
import type { ScenarioRanges } from '../model/ranges';
import { formatInputValue } from '../format/input-format';
import { formatInputRange } from '../format/range-text';
import { COMPARE_KEY, decodeLink } from './link-codec';
import { MAX_SCENARIO_FILE_BYTES, type ScenarioFileState } from './scenario-file';
import { describeKey } from './sanitise';
import {
  displayText,
  RANGE_SEPARATOR,
  SAMPLES_KEY,
  SEED_KEY,
  VERSION_KEY,
  type DecodeIssue,
} from './url-spec';

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

/**
 * A file's `ranges` as the link's `key=lo~hi`, replacing the point of the same key (an input that
 * is a range sits at its middle). Returns the file's points that the ranges replaced, to check.
 */
function appendRanges(
  params: URLSearchParams,
  prefix: string,
  raw: unknown,
  points: Record<string, unknown>,
  issues: DecodeIssue[],
): Map<InputKey, number> {
  const replaced = new Map<InputKey, number>();
  if (raw === undefined) return replaced;
  if (!isRecord(raw)) {
    const key = `${prefix}ranges`;
    issues.push({ key, kind: 'invalid', message: `${key}: not a list of ranges; ignored.` });
    return replaced;
  }
  for (const [key, range] of Object.entries(raw)) {
    const lo = isRecord(range) ? range.lo : undefined;
    const hi = isRecord(range) ? range.hi : undefined;
    if (!isEnd(lo) || !isEnd(hi)) {
      const shown = displayText(`${prefix}${key}`);
      issues.push({
        key: shown,
        kind: 'invalid',
        message: `${shown}: the range is not two numbers, lo and hi; ignored.`,
      });
      continue;
    }
    params.set(`${prefix}${key}`, `${String(lo)}${RANGE_SEPARATOR}${String(hi)}`);
    const point = points[key];
    if (isInputKey(key) && typeof point === 'number') replaced.set(key, point);
  }
  return replaced;
}

/**
 * A point the file gives beside a range, when it is not where the range puts it (its middle, or
 * for shares whose middles pass 100 % the scaled middle: src/model/range-points.ts).
 */
function pointIssues(
  replaced: ReadonlyMap<InputKey, number>,
  scenario: Scenario,
  ranges: ScenarioRanges,
  prefix: string,
): DecodeIssue[] {
  const issues: DecodeIssue[] = [];
  for (const [key, point] of replaced) {
    const range = ranges[key];
    if (!range || point === scenario[key]) continue;
    const placed = scenario[key];
    const where =
      placed === rangeMiddle(key, range)
        ? `an input that is a range sits at the middle of it, ${formatInputValue(key, placed)}`
        : `the ranged shares' middles pass 100 %, so it sits at ${formatInputValue(key, placed)}`;
    issues.push({
      key: `${prefix}${key}`,
      kind: 'invalid',
      message:
        `${prefix}${describeKey(key)}: the file gives the point ${formatInputValue(key, point)} ` +
        `beside the range ${formatInputRange(key, range)}; ${where}.`,
    });
  }
  return issues;
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
  const replaced = appendRanges(params, '', parsed.ranges, parsed.scenario, issues);
  appendSetting(params, SEED_KEY, parsed.seed, issues);
  appendSetting(params, SAMPLES_KEY, parsed.samples, issues);
  const pinReplaced = appendPins(params, parsed.pins, issues);
  if (typeof parsed.compare === 'string') params.set(COMPARE_KEY, parsed.compare);
  else if (parsed.compare !== undefined) {
    issues.push({
      key: COMPARE_KEY,
      kind: 'invalid',
      message: `${COMPARE_KEY} (Compare with): not a name of a comparison; no comparison shown.`,
    });
  }
  const decoded = decodeLink(`?${params.toString()}`);
  const { scenario, ranges, sampling, pins, compare } = decoded.state;
  issues.push(...pointIssues(replaced, scenario, ranges, ''));
  pinReplaced.forEach((points, index) => {
    const pin = pins[index];
    if (pin) issues.push(...pointIssues(points, pin.scenario, pin.ranges, `pin${index + 1}.`));
  });
  return {
    ok: true,
    scenario,
    ranges,
    sampling,
    pins,
    compare,
    issues: [...decoded.issues, ...issues],
  };
}

/** `seed` or `samples`: absent in older files (the defaults); otherwise sanitised as in a link. */
function appendSetting(
  params: URLSearchParams,
  key: string,
  value: unknown,
  issues: DecodeIssue[],
): void {
  if (value === undefined) return;
  if (typeof value === 'number' || typeof value === 'string') params.set(key, String(value));
  else issues.push({ key, kind: 'invalid', message: `${key}: not a number; ignored.` });
}

/**
 * Pins become `pinN=name&pinN.key=value`, so the link codec sanitises and limits them. Returns,
 * for each pin that is one (in order, as the decoder keeps them), the points its ranges replaced.
 */
function appendPins(
  params: URLSearchParams,
  raw: unknown,
  issues: DecodeIssue[],
): Map<InputKey, number>[] {
  const replaced: Map<InputKey, number>[] = [];
  if (raw === undefined) return replaced;
  if (!Array.isArray(raw)) {
    issues.push({
      key: 'pins',
      kind: 'invalid',
      message: 'pins: not a list of pinned scenarios; ignored.',
    });
    return replaced;
  }
  raw.forEach((pin: unknown, index) => {
    const key = `pin${index + 1}`;
    if (!isRecord(pin) || !isRecord(pin.scenario)) {
      // Not pushed: the decoder skips this pin too, so the lists stay aligned.
      issues.push({ key, kind: 'invalid', message: `${key}: not a pinned scenario; ignored.` });
      return;
    }
    params.set(key, typeof pin.name === 'string' ? pin.name : '');
    appendValues(params, `${key}.`, pin.scenario, issues);
    replaced.push(appendRanges(params, `${key}.`, pin.ranges, pin.scenario, issues));
  });
  return replaced;
}

function isEnd(value: unknown): value is number | string {
  return typeof value === 'number' || typeof value === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
