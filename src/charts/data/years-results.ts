/**
 * The years model's results for the three "Over the years" charts, computed once per scenario
 * object: a slider step builds all three charts from one scenario, and a run with its series is
 * only a few microseconds, but three of them per step are still three. Keyed weakly, so a
 * scenario the page has moved past is collected with its results.
 */
import { calculateYears, type YearsResults } from '../../model/years';
import type { Scenario } from '../../model/inputs';

const cache = new WeakMap<Scenario, YearsResults>();

export function yearsResultsOf(s: Scenario): YearsResults {
  let results = cache.get(s);
  if (results === undefined) {
    results = calculateYears(s);
    cache.set(s, results);
  }
  return results;
}
