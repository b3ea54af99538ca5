/**
 * Every input's flip points, shared by the nine slider rows, like resultsOf in selectors.ts: the
 * store holds inputs, not results.
 *
 * The field sizes never enter a flip point (model/flip-points.ts: the verdict does not depend on
 * them), so the flip points are kept for the other seven inputs' values: dragging a field-size
 * slider reuses them instead of searching again on every step (about 0.3 ms per step).
 */
import { allFlipPoints, type AllFlipPoints } from '../model/flip-points';
import { INPUT_KEYS, type InputKey, type Scenario } from '../model/inputs';

const FIELD_SIZES: ReadonlySet<InputKey> = new Set(['cap', 'saf']);
const FLIP_INPUTS = INPUT_KEYS.filter((key) => !FIELD_SIZES.has(key));

let last: {
  readonly scenario: Scenario;
  readonly key: string;
  readonly flips: AllFlipPoints;
} | null = null;

/** Every input's flip points at `scenario`. */
export function flipPointsOf(scenario: Scenario): AllFlipPoints {
  // The eighteen rows' selectors ask for the same scenario object on every step: answer those
  // without building the key again.
  if (last?.scenario === scenario) return last.flips;
  const key = FLIP_INPUTS.map((input) => scenario[input]).join('|');
  const flips = last?.key === key ? last.flips : allFlipPoints(scenario);
  last = { scenario, key, flips };
  return flips;
}
