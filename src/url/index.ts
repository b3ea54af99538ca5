/** The URL codec's public API: shared links ⇄ scenarios. Pure: no browser or store access. */
export {
  decodeScenario,
  encodeScenario,
  MAX_UNKNOWN_REPORTED,
  scenarioEquals,
  type DecodeResult,
} from './codec';
export {
  FIRST_URL_VERSION,
  MIGRATIONS,
  runMigrations,
  URL_VERSION,
  type UrlMigration,
  type UrlParams,
} from './migrations';
export { MAX_VALUE_LENGTH, normaliseScenario, parseStrictNumber } from './sanitise';
export { decodeSampling, encodeSampling, normaliseSampling } from './sampling-codec';
export {
  displayText,
  MAX_SHOWN_CHARS,
  RANGE_SEPARATOR,
  RESERVED_KEYS,
  SAMPLES_KEY,
  SEED_KEY,
  TRACKING_KEYS,
  URL_SPECS,
  VERSION_KEY,
  type DecodeIssue,
  type DecodeIssueKind,
  type UrlRule,
} from './url-spec';
