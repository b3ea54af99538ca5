/**
 * Setting one input's point while other inputs may be ranges (issue 11). Pure; the store calls it.
 *
 * An input that is a range has its point at the range's middle (src/model/range-points.ts), so
 * a point cannot be set on it: move its ends instead. A share that is a range keeps its middle
 * when another share is edited: the edited share can take at most what the ranged shares leave,
 * and the remaining point share gives way (down to 0) once "other" is used up. With no ranged
 * share this is exactly the old rule (`setShare`, docs/model.md "The share rule").
 */
import {
  normaliseInputValue,
  SHARE_KEYS,
  type InputKey,
  type MutableScenario,
  type Scenario,
  type ShareKey,
} from '../model/inputs';
import type { ScenarioRanges } from '../model/ranges';
import { setShare } from '../model/shares';

const TENTHS = 10;
const WHOLE_COHORT_TENTHS = 1000;

function isShareKey(key: InputKey): key is ShareKey {
  return (SHARE_KEYS as readonly InputKey[]).includes(key);
}

/** The scenario with one input's point set, clamped and rounded; the shares kept ≤ 100 %. */
export function withInput(scenario: Scenario, key: InputKey, value: number): Scenario {
  const normalised = normaliseInputValue(key, value);
  if (normalised === null) return scenario;
  if (isShareKey(key)) return { ...scenario, ...setShare(scenario, key, normalised) };
  return { ...scenario, [key]: normalised };
}

/** `withInput` when some inputs are ranges (see the top of this file). */
export function withRangedInput(
  scenario: Scenario,
  ranges: ScenarioRanges,
  key: InputKey,
  value: number,
): Scenario {
  if (ranges[key] !== undefined) return scenario;
  const rangedShares = SHARE_KEYS.filter((k) => ranges[k] !== undefined);
  if (!isShareKey(key) || rangedShares.length === 0) return withInput(scenario, key, value);
  const normalised = normaliseInputValue(key, value);
  if (normalised === null) return scenario;
  // In tenths of a percent, so the sums are exact.
  const tenths = (v: number) => Math.round(v * TENTHS);
  const held = rangedShares.reduce((sum, k) => sum + tenths(scenario[k]), 0);
  const room = Math.max(0, WHOLE_COHORT_TENTHS - held);
  const edited = Math.min(tenths(normalised), room);
  const next: MutableScenario = { ...scenario, [key]: edited / TENTHS };
  // At most one other share is a point: the edited one is a point and at least one is a range.
  const other = SHARE_KEYS.find((k) => k !== key && ranges[k] === undefined);
  if (other !== undefined) {
    next[other] = Math.min(tenths(scenario[other]), room - edited) / TENTHS;
  }
  return next;
}
