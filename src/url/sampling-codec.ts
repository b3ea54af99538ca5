/**
 * The Monte Carlo settings in a link (issue 11): `seed=` and `samples=`, written only when they
 * differ from DEFAULT_SAMPLING, so one link shows the same numbers on every machine and a link
 * without them keeps the fixed defaults. Sanitised like an input: strict number syntax, clamped
 * into the limits and rounded to a whole number, each change named in the notice.
 */
import { formatCount } from '../format/format';
import {
  DEFAULT_SAMPLING,
  SAMPLES_MAX,
  SAMPLES_MIN,
  SEED_MAX,
  type SamplingSettings,
} from '../model/ranges';
import { MAX_VALUE_LENGTH, parseStrictNumber } from './sanitise';
import { displayText, SAMPLES_KEY, SEED_KEY, type DecodeIssue } from './url-spec';

interface SettingRule {
  readonly key: typeof SEED_KEY | typeof SAMPLES_KEY;
  /** How the notice names it. */
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly defaultValue: number;
}

const RULES: { readonly [K in keyof SamplingSettings]: SettingRule } = {
  seed: {
    key: SEED_KEY,
    name: `${SEED_KEY} (random seed)`,
    min: 0,
    max: SEED_MAX,
    defaultValue: DEFAULT_SAMPLING.seed,
  },
  samples: {
    key: SAMPLES_KEY,
    name: `${SAMPLES_KEY} (number of samples)`,
    min: SAMPLES_MIN,
    max: SAMPLES_MAX,
    defaultValue: DEFAULT_SAMPLING.samples,
  },
};

/** Whole, in range and finite; anything else becomes the nearest valid value or the default. */
export function normaliseSampling(settings: SamplingSettings): SamplingSettings {
  const seed = clampWhole(RULES.seed, settings.seed);
  const samples = clampWhole(RULES.samples, settings.samples);
  return seed === settings.seed && samples === settings.samples ? settings : { seed, samples };
}

function clampWhole(rule: SettingRule, value: number): number {
  if (!Number.isFinite(value)) return rule.defaultValue;
  return Math.min(rule.max, Math.max(rule.min, Math.round(value))) + 0;
}

/** `&seed=…&samples=…` for the settings that are not the default ('' when both are). */
export function encodeSampling(settings: SamplingSettings): string {
  const canonical = normaliseSampling(settings);
  let search = '';
  if (canonical.seed !== DEFAULT_SAMPLING.seed) search += `&${SEED_KEY}=${canonical.seed}`;
  if (canonical.samples !== DEFAULT_SAMPLING.samples) {
    search += `&${SAMPLES_KEY}=${canonical.samples}`;
  }
  return search;
}

/** The raw `seed` and `samples` values of a link (null when absent) → valid settings. */
export function decodeSampling(
  raw: { readonly seed: string | null; readonly samples: string | null },
  issues: DecodeIssue[],
): SamplingSettings {
  const seed = decodeSetting(RULES.seed, raw.seed, issues);
  const samples = decodeSetting(RULES.samples, raw.samples, issues);
  return seed === DEFAULT_SAMPLING.seed && samples === DEFAULT_SAMPLING.samples
    ? DEFAULT_SAMPLING
    : { seed, samples };
}

function decodeSetting(rule: SettingRule, raw: string | null, issues: DecodeIssue[]): number {
  if (raw === null) return rule.defaultValue;
  const parsed = parseStrictNumber(raw);
  const report = (message: string, kind: DecodeIssue['kind']) =>
    issues.push({ key: rule.key, kind, message: `${rule.name}: ${message}` });
  if (parsed === null) {
    const what =
      raw === ''
        ? 'no value was given'
        : raw.length > MAX_VALUE_LENGTH
          ? `"${displayText(raw)}" is too long to be a number`
          : `"${displayText(raw)}" is not a number`;
    report(`${what}; using the default, ${formatCount(rule.defaultValue)}.`, 'invalid');
    return rule.defaultValue;
  }
  if (parsed < rule.min || parsed > rule.max) {
    const below = parsed < rule.min;
    const value = below ? rule.min : rule.max;
    const limit = below ? 'below the minimum' : 'above the maximum';
    report(`${displayText(raw)} is ${limit}; using ${formatCount(value)}.`, 'clamped');
    return value;
  }
  const value = Math.round(parsed) + 0;
  if (value !== parsed) {
    report(`${displayText(raw)} is not a whole number; using ${formatCount(value)}.`, 'rounded');
  }
  return value;
}
