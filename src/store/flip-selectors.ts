/**
 * Every input's flip points, computed once per scenario object (the store replaces it on every
 * change) and shared by the nine slider rows, like resultsOf in selectors.ts: the store holds
 * inputs, not results.
 */
import { allFlipPoints, type AllFlipPoints } from '../model/flip-points';
import type { Scenario } from '../model/inputs';

const flipCache = new WeakMap<Scenario, AllFlipPoints>();

/** Every input's flip points at `scenario` (about 0.1 ms for all nine; see docs/model.md). */
export function flipPointsOf(scenario: Scenario): AllFlipPoints {
  let flips = flipCache.get(scenario);
  if (!flips) {
    flips = allFlipPoints(scenario);
    flipCache.set(scenario, flips);
  }
  return flips;
}
