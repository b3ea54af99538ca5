/**
 * Scenario ⇄ query string (after Our World in Data's GrapherUrl). Links carry only what differs
 * from the defaults, so they stay short and readable; `v` says which format wrote them. An input
 * that is a range is written as its two ends, `neutral=10~100`, and never as a point: its point is
 * the range's middle (src/model/range-points.ts), which the decoder rebuilds.
 *
 * Decoding never throws: whatever a link holds, the page opens on a valid scenario and the issues
 * say, in plain English, what was ignored or adjusted.
 */
import {
  CHOICE_KEYS,
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  sameScenario,
  type Scenario,
  type ScenarioKey,
} from '../model/inputs';
import { withRangePoints } from '../model/range-points';
import { NO_RANGES, type ScenarioRanges } from '../model/ranges';
import { FIRST_URL_VERSION, runMigrations, URL_VERSION, type UrlParams } from './migrations';
import { describeKey } from './sanitise';
import { sanitiseScenario } from './sanitise-scenario';
import {
  displayText,
  RANGE_SEPARATOR,
  RESERVED_KEYS,
  TRACKING_KEYS,
  URL_SPECS,
  VERSION_KEY,
  type DecodeIssue,
} from './url-spec';

export type { DecodeIssue, DecodeIssueKind } from './url-spec';

export interface DecodeResult {
  readonly scenario: Scenario;
  /** The inputs the link gives as ranges; NO_RANGES (empty) for a link of points only. */
  readonly ranges: ScenarioRanges;
  readonly issues: DecodeIssue[];
}

/** A flood of junk parameters should produce a short notice, not hundreds of lines. */
export const MAX_UNKNOWN_REPORTED = 10;

const VERSION_NAME = `${VERSION_KEY} (link format version)`;

// Looked up by URL key through a Map, so keys like `__proto__` or `constructor` match nothing.
const INPUT_BY_URL_KEY: ReadonlyMap<string, ScenarioKey> = new Map(
  [...INPUT_KEYS, ...CHOICE_KEYS].map((key) => [URL_SPECS[key].urlKey, key]),
);

/**
 * `?v=1` and then, in INPUT_KEYS order, every range and the points that differ from the
 * defaults, then the choices that differ from theirs (`nFrom=field`). The state is made canonical first (src/model/range-points.ts), so whatever it holds,
 * the link decodes to exactly that canonical state with no notice.
 */
export function encodeScenario(s: Scenario, ranges: ScenarioRanges = NO_RANGES): string {
  const canonical = withRangePoints(s, ranges);
  const parts = [`${VERSION_KEY}=${URL_VERSION}`];
  for (const key of INPUT_KEYS) {
    const range = canonical.ranges[key];
    const value = canonical.scenario[key];
    // String() is the shortest text that reads back as the same double; at the inputs'
    // precision and range it is a plain decimal (no exponent), e.g. "1.4", "100000".
    if (range) {
      parts.push(
        `${URL_SPECS[key].urlKey}=${String(range.lo)}${RANGE_SEPARATOR}${String(range.hi)}`,
      );
    } else if (value !== DEFAULT_SCENARIO[key]) {
      parts.push(`${URL_SPECS[key].urlKey}=${String(value)}`);
    }
  }
  for (const key of CHOICE_KEYS) {
    const value = canonical.scenario[key];
    if (value !== DEFAULT_SCENARIO[key]) parts.push(`${URL_SPECS[key].urlKey}=${value}`);
  }
  return `?${parts.join('&')}`;
}

/** Every input, of either kind, equal. */
export function scenarioEquals(a: Scenario, b: Scenario): boolean {
  return sameScenario(a, b);
}

/** Reads a query string, with or without its leading `?`. Never throws. */
export function decodeScenario(search: string): DecodeResult {
  // Callers are typed, but a plain-JS caller could still pass undefined.
  const text = typeof search === 'string' ? search : '';
  const { params, counts } = readParams(text);
  const issues: DecodeIssue[] = [];

  const { version, issue: versionIssue } = readVersion(params.get(VERSION_KEY));
  if (versionIssue) issues.push(versionIssue);
  issues.push(...duplicateIssues(params, counts));

  const migrated = runMigrations(params, version);
  const raw: Partial<Record<ScenarioKey, string>> = {};
  const unknown: string[] = [];
  for (const [key, value] of migrated) {
    const inputKey = INPUT_BY_URL_KEY.get(key);
    if (inputKey !== undefined) raw[inputKey] = value;
    else if (key !== VERSION_KEY && !isIgnoredSilently(key)) unknown.push(key);
  }

  const sanitised = sanitiseScenario(raw);
  issues.push(...sanitised.issues, ...unknownIssues(unknown));
  return { scenario: sanitised.scenario, ranges: sanitised.ranges, issues };
}

/** Key → last value, and how many times each key appeared. */
function readParams(search: string): { params: UrlParams; counts: ReadonlyMap<string, number> } {
  const params = new Map<string, string>();
  const counts = new Map<string, number>();
  // URLSearchParams drops one leading `?`, decodes `+` and %-escapes leniently (a broken escape
  // stays as typed, invalid UTF-8 becomes U+FFFD) and does not throw on any string.
  for (const [key, value] of new URLSearchParams(search)) {
    params.set(key, value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { params, counts };
}

function readVersion(raw: string | undefined): { version: number; issue: DecodeIssue | null } {
  // Links made before versions existed carry no `v`; they are the first format.
  if (raw === undefined) return { version: FIRST_URL_VERSION, issue: null };
  const digits = /^\d+$/.test(raw) ? raw.replace(/^0+/, '') : '';
  if (digits === '') {
    const message =
      `${VERSION_NAME}: "${displayText(raw)}" is not a version number; ` +
      `reading the link as version ${FIRST_URL_VERSION}.`;
    return { version: FIRST_URL_VERSION, issue: { key: VERSION_KEY, kind: 'version', message } };
  }
  // More digits than a safe integer holds is still "newer than this code", just very much so.
  const version = digits.length > 15 ? Number.MAX_SAFE_INTEGER : Number(digits);
  if (version <= URL_VERSION) return { version, issue: null };
  const message =
    `${VERSION_NAME}: this link comes from a newer version of the explorer ` +
    `(${displayText(digits)}); it was read as version ${URL_VERSION}, so some values may be ` +
    'missing or differ.';
  return { version, issue: { key: VERSION_KEY, kind: 'version', message } };
}

/** Only keys this code understands are reported; repeated junk is one unknown-key issue. */
function duplicateIssues(params: UrlParams, counts: ReadonlyMap<string, number>): DecodeIssue[] {
  const issues: DecodeIssue[] = [];
  for (const [key, count] of counts) {
    if (count < 2) continue;
    const inputKey = INPUT_BY_URL_KEY.get(key);
    if (inputKey === undefined && key !== VERSION_KEY) continue;
    const label = inputKey === undefined ? VERSION_NAME : describeKey(inputKey);
    const last = displayText(params.get(key) ?? '');
    const message = `${label}: given ${count} times; using the last one, "${last}".`;
    issues.push({ key, kind: 'duplicate', message });
  }
  return issues;
}

function isIgnoredSilently(key: string): boolean {
  return (
    key.toLowerCase().startsWith('utm_') ||
    TRACKING_KEYS.includes(key) ||
    RESERVED_KEYS.includes(key)
  );
}

function unknownIssues(keys: readonly string[]): DecodeIssue[] {
  const issues: DecodeIssue[] = keys.slice(0, MAX_UNKNOWN_REPORTED).map((key) => {
    const shown = displayText(key);
    const message =
      shown === ''
        ? 'A parameter with no name was ignored.'
        : `${shown}: unknown parameter, ignored.`;
    return { key: shown, kind: 'unknown-key', message };
  });
  const rest = keys.length - MAX_UNKNOWN_REPORTED;
  if (rest > 0) {
    const message =
      rest === 1
        ? '1 more unknown parameter was ignored.'
        : `${rest} more unknown parameters were ignored.`;
    issues.push({ key: '', kind: 'unknown-key', message });
  }
  return issues;
}
