/**
 * Every input's flip points, shared by the nine slider rows, like resultsOf in selectors.ts: the
 * store holds inputs, not results.
 *
 * Two savings, both exact (tests/unit/flip-selectors.test.ts checks them against allFlipPoints):
 * - The flip points are kept while only the field sizes or its growth move: they never enter the
 *   verdict (model/flip-points.ts), so dragging those sliders searches nothing (about 0.3 ms per
 *   step). With N from the field (issue 12) the sizes set N, so they join the key then.
 *   (The cohort scales both sides of the verdict, but not exactly in floating point: at 20,000
 *   people a flip sitting on break-even can land one grid step away from where it is at 1,000,
 *   so the cohort stays in the key.)
 * - An input whose flip is where it was keeps its previous object, so the row's sentence and
 *   track mark (slider-flip.tsx, cached by that object) neither rebuild nor re-render.
 */
import { allFlipPoints, sameFlipPoints, type AllFlipPoints } from '../model/flip-points';
import { INPUT_KEYS, type InputKey, type Scenario } from '../model/inputs';

// The field's sizes enter the verdict only with N from the field (then they join the key), and
// the field's growth never does (model/flip-points.ts).
const FIELD_SIZES: readonly InputKey[] = ['cap', 'saf'];
const NOT_IN_KEY: ReadonlySet<InputKey> = new Set([...FIELD_SIZES, 'safGrowth', 'capGrowth']);
const FLIP_INPUTS = INPUT_KEYS.filter((key) => !NOT_IN_KEY.has(key));

let last: {
  readonly scenario: Scenario;
  readonly key: string;
  readonly flips: AllFlipPoints;
} | null = null;

function keyOf(scenario: Scenario): string {
  const key = FLIP_INPUTS.map((input) => scenario[input]).join('|');
  return scenario.nFrom === 'field' ? `${key}|field|${scenario.cap}|${scenario.saf}` : key;
}

/** The new flip points, with each input's previous object where its flip has not moved. */
function reuseUnmoved(next: AllFlipPoints, previous: AllFlipPoints | undefined): AllFlipPoints {
  if (previous === undefined) return next;
  const merged = { ...next };
  for (const input of INPUT_KEYS) {
    if (sameFlipPoints(next[input], previous[input])) merged[input] = previous[input];
  }
  return merged;
}

/** Every input's flip points at `scenario`. */
export function flipPointsOf(scenario: Scenario): AllFlipPoints {
  // The eighteen rows' selectors ask for the same scenario object on every step: answer those
  // without building the key again.
  if (last?.scenario === scenario) return last.flips;
  const key = keyOf(scenario);
  const flips =
    last?.key === key
      ? last.flips
      : reuseUnmoved(allFlipPoints(scenario, last?.flips), last?.flips);
  last = { scenario, key, flips };
  return flips;
}
