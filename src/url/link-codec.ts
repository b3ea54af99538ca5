/**
 * The whole shareable state of a link: the scenario (see codec.ts), up to four pinned scenarios,
 * the comparison target, embed mode and the colour theme. Additive to the v=1 format: a v=1 link
 * without these keys means exactly what it meant before, so no migration is needed.
 *
 *   ?v=1&cohort=1200                       the scenario, as before
 *   &neutral=10~100                        an input that is a range: its two ends (codec.ts)
 *   &seed=7&samples=20000                  Monte Carlo settings, when not the defaults
 *   &pin1=Optimist&pin1.toCap=5~20         a pin: its name, then its non-default values and ranges
 *   &compare=pin1                          defaults | a preset id | pin1 … pin4
 *   &embed=impact                          embed one view: field | researchers | impact |
 *                                          field-years | alumni-years | impact-years | figures
 *   &theme=dark                            light | dark; absent: the reader's own setting
 *
 * `embed=1` is what the first embed snippets wrote (the figures and all three charts on one long
 * page). It now opens the figures view, which fits the 1,400 px frame those snippets fixed, and
 * is rewritten to `embed=figures`; `embed=0` is the full explorer, as before.
 *
 * Pin values go through the same sanitising as the scenario's, and their issues are reported
 * with the pin's key prefix ("pin1.cap …").
 */
import {
  cleanPinName,
  MAX_PINS,
  NO_COMPARISON,
  type CompareTarget,
  type PinnedScenario,
} from '../model/comparison';
import type { Scenario } from '../model/inputs';
import { PRESETS, type PresetId } from '../model/presets';
import type { SamplingSettings, ScenarioRanges } from '../model/ranges';
import { decodeScenario, encodeScenario } from './codec';
import { decodeSampling, encodeSampling } from './sampling-codec';
import { displayText, SAMPLES_KEY, SEED_KEY, VERSION_KEY, type DecodeIssue } from './url-spec';

/**
 * What an embed shows: one of the three scenario charts, one of the three "Over the years" charts
 * (issue 12: `field-years`, `alumni-years`, `impact-years`, each named after the scenario chart
 * it follows over time, or its subject), or the headline figures. A value is added here, never
 * renamed or removed: snippets already pasted into other pages carry it.
 */
export const EMBED_VIEWS = [
  'field',
  'researchers',
  'impact',
  'field-years',
  'alumni-years',
  'impact-years',
  'figures',
] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** The colour theme a link asks for; 'auto' (no `theme` key) follows the reader's setting. */
export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export interface LinkState {
  readonly scenario: Scenario;
  /** The inputs that are ranges; each one's point in `scenario` is the range's middle. */
  readonly ranges: ScenarioRanges;
  /** The seed and sample count of the Monte Carlo run. */
  readonly sampling: SamplingSettings;
  readonly pins: readonly PinnedScenario[];
  readonly compare: CompareTarget;
  /** The embedded view, or false for the full explorer. */
  readonly embed: false | EmbedView;
  /** Absent means 'auto'. */
  readonly theme?: ThemeChoice;
}

export interface LinkDecodeResult {
  readonly state: LinkState & { readonly theme: ThemeChoice };
  readonly issues: DecodeIssue[];
}

export const COMPARE_KEY = 'compare';
export const EMBED_KEY = 'embed';
export const THEME_KEY = 'theme';
/** What the first snippets' `embed=1` opens now (see the top of this file). */
export const LEGACY_EMBED_VIEW: EmbedView = 'figures';
const PIN_KEY = /^pin(\d{1,3})(?:\.(.*))?$/s;
const PRESET_IDS: ReadonlySet<string> = new Set(PRESETS.map((preset) => preset.id));

export function encodeLink(state: LinkState): string {
  let search = encodeScenario(state.scenario, state.ranges) + encodeSampling(state.sampling);
  state.pins.slice(0, MAX_PINS).forEach((pin, index) => {
    const prefix = `pin${index + 1}`;
    search += `&${prefix}=${encodeURIComponent(pin.name)}`;
    // The pin's own values: the scenario part of its canonical link, minus `v=`.
    for (const part of encodeScenario(pin.scenario, pin.ranges).slice(1).split('&')) {
      if (!part.startsWith(`${VERSION_KEY}=`)) search += `&${prefix}.${part}`;
    }
  });
  const compare = encodeCompare(state.compare, state.pins.length);
  if (compare !== null) search += `&${COMPARE_KEY}=${compare}`;
  if (state.embed !== false) search += `&${EMBED_KEY}=${state.embed}`;
  if (state.theme !== undefined && state.theme !== 'auto') search += `&${THEME_KEY}=${state.theme}`;
  return search;
}

function encodeCompare(target: CompareTarget, pinCount: number): string | null {
  switch (target.kind) {
    case 'none':
      return null;
    case 'defaults':
      return 'defaults';
    case 'preset':
      return target.id;
    case 'pin':
      return target.index < pinCount ? `pin${target.index + 1}` : null;
  }
}

/** Reads a whole link. Never throws; every problem becomes an issue and a safe value. */
export function decodeLink(search: string): LinkDecodeResult {
  const text = typeof search === 'string' ? search : '';
  const main = new URLSearchParams();
  const pinFields = new Map<number, URLSearchParams>();
  const pinNames = new Map<number, string>();
  const issues: DecodeIssue[] = [];
  let compareRaw: string | null = null;
  let embedRaw: string | null = null;
  let themeRaw: string | null = null;
  let seedRaw: string | null = null;
  let samplesRaw: string | null = null;
  let version: string | null = null;

  for (const [key, value] of new URLSearchParams(text)) {
    const pinMatch = PIN_KEY.exec(key);
    if (key === VERSION_KEY) version = value;
    if (key === COMPARE_KEY) compareRaw = value;
    else if (key === EMBED_KEY) embedRaw = value;
    else if (key === THEME_KEY) themeRaw = value;
    else if (key === SEED_KEY) seedRaw = value;
    else if (key === SAMPLES_KEY) samplesRaw = value;
    else if (pinMatch) {
      const number = Number(pinMatch[1]);
      const field = pinMatch[2];
      if (field === undefined) pinNames.set(number, value);
      else {
        const fields = pinFields.get(number) ?? new URLSearchParams();
        fields.append(field, value);
        pinFields.set(number, fields);
      }
    } else main.append(key, value);
  }

  const decodedMain = decodeScenario(main.toString());
  issues.push(...decodedMain.issues);

  const sampling = decodeSampling({ seed: seedRaw, samples: samplesRaw }, issues);
  const { pins, indexByNumber } = decodePins(pinNames, pinFields, version, issues);
  const compare = decodeCompare(compareRaw, indexByNumber, issues);
  const embed = decodeEmbed(embedRaw, issues);
  const theme = decodeTheme(themeRaw, issues);
  const { scenario, ranges } = decodedMain;
  return { state: { scenario, ranges, sampling, pins, compare, embed, theme }, issues };
}

function decodePins(
  names: ReadonlyMap<number, string>,
  fields: ReadonlyMap<number, URLSearchParams>,
  version: string | null,
  issues: DecodeIssue[],
): { pins: PinnedScenario[]; indexByNumber: Map<number, number> } {
  const numbers = [...new Set([...names.keys(), ...fields.keys()])].sort((a, b) => a - b);
  const pins: PinnedScenario[] = [];
  const indexByNumber = new Map<number, number>();
  for (const number of numbers) {
    const key = `pin${number}`;
    if (number < 1 || number > MAX_PINS) {
      const message = `${displayText(key)}: only pins 1 to ${MAX_PINS} are kept; ignored.`;
      issues.push({ key, kind: 'unknown-key', message });
      continue;
    }
    const rawName = names.get(number);
    const name = cleanPinName(rawName ?? '', `Pin ${number}`);
    if (rawName === undefined) {
      const message = `${key}: a pinned scenario had no name; called it "${name}".`;
      issues.push({ key, kind: 'invalid', message });
    }
    const own = new URLSearchParams(fields.get(number));
    if (version !== null) own.set(VERSION_KEY, version);
    const decoded = decodeScenario(own.toString());
    for (const issue of decoded.issues) {
      // The link's version is reported once, for the whole link.
      if (issue.kind === 'version') continue;
      issues.push({
        ...issue,
        key: `${key}.${issue.key}`,
        message: `Pinned scenario "${displayText(name)}" (${key}): ${issue.message}`,
      });
    }
    indexByNumber.set(number, pins.length);
    pins.push({ name, scenario: decoded.scenario, ranges: decoded.ranges });
  }
  return { pins, indexByNumber };
}

function decodeCompare(
  raw: string | null,
  indexByNumber: ReadonlyMap<number, number>,
  issues: DecodeIssue[],
): CompareTarget {
  if (raw === null || raw === '' || raw === 'none') return NO_COMPARISON;
  if (raw === 'defaults') return { kind: 'defaults' };
  if (PRESET_IDS.has(raw)) return { kind: 'preset', id: raw as PresetId };
  const pin = /^pin(\d)$/.exec(raw);
  const index = pin ? indexByNumber.get(Number(pin[1])) : undefined;
  if (index !== undefined) return { kind: 'pin', index };
  const message = `${COMPARE_KEY} (Compare with): "${displayText(raw)}" is not the defaults, a preset or a pinned scenario in this link; no comparison shown.`;
  issues.push({ key: COMPARE_KEY, kind: 'invalid', message });
  return NO_COMPARISON;
}

const EMBED_VIEW_SET: ReadonlySet<string> = new Set(EMBED_VIEWS);
const THEME_SET: ReadonlySet<string> = new Set(THEME_CHOICES);

function decodeEmbed(raw: string | null, issues: DecodeIssue[]): false | EmbedView {
  if (raw === null || raw === '0') return false;
  if (raw === '1') return LEGACY_EMBED_VIEW;
  if (EMBED_VIEW_SET.has(raw)) return raw as EmbedView;
  // An unknown view could be anything: the full explorer, with this notice, hides nothing.
  const message = `${EMBED_KEY} (embed mode): "${displayText(raw)}" is not ${EMBED_VIEWS.join(', ')} or 0; showing the full explorer.`;
  issues.push({ key: EMBED_KEY, kind: 'invalid', message });
  return false;
}

function decodeTheme(raw: string | null, issues: DecodeIssue[]): ThemeChoice {
  if (raw === null || raw === '') return 'auto';
  if (THEME_SET.has(raw)) return raw as ThemeChoice;
  const message = `${THEME_KEY} (colours): "${displayText(raw)}" is not light or dark; following the reader's own setting.`;
  issues.push({ key: THEME_KEY, kind: 'invalid', message });
  return 'auto';
}
