/**
 * Scenarios people argue with: up to four pinned, named scenarios and one comparison target
 * (the defaults, a preset or a pin) drawn beside the current scenario.
 */
import { DEFAULT_SCENARIO, type Scenario } from './inputs';
import { PRESETS, type PresetId } from './presets';
import { NO_RANGES, type ScenarioRanges } from './ranges';

export const MAX_PINS = 4;
/** Longest pin name kept; longer names are cut (links are shared in chat apps and forums). */
export const MAX_PIN_NAME_LENGTH = 40;

export interface PinnedScenario {
  readonly name: string;
  readonly scenario: Scenario;
  /** The inputs that were ranges when it was pinned (the seed and samples are the page's). */
  readonly ranges: ScenarioRanges;
}

/** A comparison target as the page draws it: a name, the points and their ranges. */
export interface ResolvedComparison {
  readonly name: string;
  readonly scenario: Scenario;
  readonly ranges: ScenarioRanges;
}

export type CompareTarget =
  | { readonly kind: 'none' }
  | { readonly kind: 'defaults' }
  | { readonly kind: 'preset'; readonly id: PresetId }
  | { readonly kind: 'pin'; readonly index: number };

export const NO_COMPARISON: CompareTarget = Object.freeze({ kind: 'none' });

/**
 * The scenario, ranges and display name of a comparison target, or null when there is none. The
 * objects returned are the stored ones (a pin's, a preset's), so callers may compare by identity.
 */
export function resolveComparison(
  target: CompareTarget,
  pins: readonly PinnedScenario[],
): ResolvedComparison | null {
  switch (target.kind) {
    case 'none':
      return null;
    case 'defaults':
      return { name: 'Defaults', scenario: DEFAULT_SCENARIO, ranges: NO_RANGES };
    case 'preset': {
      const preset = PRESETS.find((p) => p.id === target.id);
      return preset
        ? { name: preset.name, scenario: preset.scenario, ranges: preset.ranges }
        : null;
    }
    case 'pin': {
      const pin = pins[target.index];
      return pin ? { name: pin.name, scenario: pin.scenario, ranges: pin.ranges } : null;
    }
  }
}

/** The name a new pin gets: "Scenario 1", "Scenario 2", … skipping names already used. */
export function nextPinName(pins: readonly PinnedScenario[]): string {
  const used = new Set(pins.map((pin) => pin.name));
  for (let n = 1; ; n += 1) {
    const name = `Scenario ${n}`;
    if (!used.has(name)) return name;
  }
}

/** Trims, collapses whitespace and cuts a pin name; an empty result falls back to `fallback`. */
export function cleanPinName(raw: string, fallback: string): string {
  const cleaned = Array.from(raw.replace(/\s+/g, ' ').trim())
    .slice(0, MAX_PIN_NAME_LENGTH)
    .join('')
    .trim();
  return cleaned === '' ? fallback : cleaned;
}
