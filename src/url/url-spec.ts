/**
 * The URL contract: which query parameters a shared link may carry. Shared links live for years
 * in posts and notes, so every name here is public: never rename or remove one; add a migration
 * (./migrations.ts) instead.
 *
 * Every input rule has two forms: a point, `cohort=1200`, and a range (issue 11), the 90 %
 * interval's two ends joined by RANGE_SEPARATOR, `cohort=500~1500`. Both go through the same rule,
 * so a new input gets its range form with its URL rule. The range form is additive to v=1: no v=1
 * link written before it could carry a `~` in a valid value.
 */
import type { ScenarioKey } from '../model/inputs';

export interface UrlRule<K extends ScenarioKey = ScenarioKey> {
  /** Name in the query string. Typed as the input key itself, so the two can never drift. */
  readonly urlKey: K;
  /** First URL version that knows this parameter (migrations use it to tell old links apart). */
  readonly since: number;
}

/**
 * Mapped over every input of either kind (a number or a choice): a new input fails to compile
 * until it has a URL rule. The inputs of "Over the years" (issue 12) are additive to v=1: every
 * one defaults to what a v=1 link meant before them (one cohort, a frozen field, N from the
 * slider), so no migration is needed and their `since` is 1.
 */
export const URL_SPECS: { readonly [K in ScenarioKey]: UrlRule<K> } = {
  cap: { urlKey: 'cap', since: 1 },
  saf: { urlKey: 'saf', since: 1 },
  cohort: { urlKey: 'cohort', since: 1 },
  toSafety: { urlKey: 'toSafety', since: 1 },
  toIndep: { urlKey: 'toIndep', since: 1 },
  toCap: { urlKey: 'toCap', since: 1 },
  indepWeight: { urlKey: 'indepWeight', since: 1 },
  nonGen: { urlKey: 'nonGen', since: 1 },
  neutral: { urlKey: 'neutral', since: 1 },
  years: { urlKey: 'years', since: 1 },
  perYear: { urlKey: 'perYear', since: 1 },
  safGrowth: { urlKey: 'safGrowth', since: 1 },
  capGrowth: { urlKey: 'capGrowth', since: 1 },
  drift: { urlKey: 'drift', since: 1 },
  pivot: { urlKey: 'pivot', since: 1 },
  anyway: { urlKey: 'anyway', since: 1 },
  capBoost: { urlKey: 'capBoost', since: 1 },
  importance: { urlKey: 'importance', since: 1 },
  nFrom: { urlKey: 'nFrom', since: 1 },
};

/** The link format version parameter. */
export const VERSION_KEY = 'v';

/** Between the two ends of a range: `neutral=10~100`. Unreserved in URLs, so never escaped. */
export const RANGE_SEPARATOR = '~';

/**
 * The Monte Carlo settings (src/model/ranges.ts), written only when they differ from
 * DEFAULT_SAMPLING: `seed` (a whole number, 0 to SEED_MAX) and `samples` (SAMPLES_MIN to
 * SAMPLES_MAX). They belong to the page, not to a scenario, so pins do not carry them.
 */
export const SEED_KEY = 'seed';
export const SAMPLES_KEY = 'samples';

/**
 * Names kept for features that are planned but not built (e.g. an embed mode). Links that carry
 * them already work today: they are accepted silently instead of being reported as unknown.
 */
export const RESERVED_KEYS: readonly string[] = ['embed'];

/**
 * Added by newsletters, ads and social sites, not by people: reporting them would only confuse.
 * Any key starting with `utm_` is also ignored silently.
 */
export const TRACKING_KEYS: readonly string[] = ['fbclid', 'gclid'];

/**
 * `reversed`: a range's ends came high end first and were swapped. `range`: a range had more
 * than two ends, or two equal ones, or was given for an input that is never a range (it is then a
 * point). `invalid` also covers a choice that is not one of its options (`nFrom=evil`).
 */
export type DecodeIssueKind =
  | 'unknown-key'
  | 'invalid'
  | 'clamped'
  | 'rounded'
  | 'duplicate'
  | 'scaled'
  | 'version'
  | 'reversed'
  | 'range';

export interface DecodeIssue {
  /**
   * The URL key the issue is about (`v` for the version). For `scaled`, the share keys that
   * changed, joined by commas; for the "more unknown parameters" summary, the empty string.
   * Unknown keys are truncated like raw values, since they come straight from the link.
   */
  readonly key: string;
  readonly kind: DecodeIssueKind;
  /** A complete plain-English sentence; plain text, never HTML. */
  readonly message: string;
}

/** Longest raw value or key shown in a message; beyond it the text ends with "…". */
export const MAX_SHOWN_CHARS = 30;

// C0/C1 controls and the bidi marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Half of a surrogate pair with no other half: not a character, and unsafe to render.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Shows untrusted text from a link safely inside a message: at most MAX_SHOWN_CHARS code points,
 * with control characters, bidi overrides and lone surrogates replaced by U+FFFD so a link cannot
 * make a notice render misleadingly (e.g. reversed text). The result is still plain text: the UI
 * must render it as text, never as HTML.
 */
export function displayText(raw: string): string {
  // Slice first so a 100k-character value costs nothing; 2 UTF-16 units per code point at most.
  const points = Array.from(raw.slice(0, MAX_SHOWN_CHARS * 2 + 2));
  const shown = points.slice(0, MAX_SHOWN_CHARS).join('');
  const safe = shown.replace(CONTROL_OR_BIDI, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
  return points.length > MAX_SHOWN_CHARS ? `${safe}…` : safe;
}
