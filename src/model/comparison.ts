/**
 * Scenarios people argue with: up to four pinned, named scenarios and one comparison target
 * (the defaults, a preset or a pin) drawn beside the current scenario.
 */
import { DEFAULT_SCENARIO, type Scenario } from './inputs';
import { PRESETS, type PresetId } from './presets';

export const MAX_PINS = 4;
/** Longest pin name kept; longer names are cut (links are shared in chat apps and forums). */
export const MAX_PIN_NAME_LENGTH = 40;

export interface PinnedScenario {
  readonly name: string;
  readonly scenario: Scenario;
}

export type CompareTarget =
  | { readonly kind: 'none' }
  | { readonly kind: 'defaults' }
  | { readonly kind: 'preset'; readonly id: PresetId }
  | { readonly kind: 'pin'; readonly index: number };

export const NO_COMPARISON: CompareTarget = Object.freeze({ kind: 'none' });

/** The scenario and display name of a comparison target, or null when there is none. */
export function resolveComparison(
  target: CompareTarget,
  pins: readonly PinnedScenario[],
): { readonly name: string; readonly scenario: Scenario } | null {
  switch (target.kind) {
    case 'none':
      return null;
    case 'defaults':
      return { name: 'Defaults', scenario: DEFAULT_SCENARIO };
    case 'preset': {
      const preset = PRESETS.find((p) => p.id === target.id);
      return preset ? { name: preset.name, scenario: preset.scenario } : null;
    }
    case 'pin': {
      const pin = pins[target.index];
      return pin ? { name: pin.name, scenario: pin.scenario } : null;
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
