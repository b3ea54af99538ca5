/**
 * A published placement split read as alumni counts by year, for "Where alumni work" (issue 12):
 * how many of the people a program has placed by the end of year y would count as safety and as
 * capabilities if they were split as the source found. docs/model.md, "Over the years", "A
 * published split by year".
 *
 * A career survey observes where alumni are some years after the program, so its split already
 * includes whatever moves happened by then: the counts apply the split to everyone placed so far,
 * with no drift or pivot of their own. The judgement calls (`indepWeight`, `nonGen`) apply as they
 * do to every placement (calculate.ts, `placementsOf`), so the counts sit on the scenario's own
 * lines when the scenario has the same split and no moves.
 */
import { placementsOf, type Placements } from './calculate';
import type { Scenario, ShareKey } from './inputs';

/** People placed by the end of `year`: year × perYear cohorts of `cohort` people. */
export function placedByYear(s: Pick<Scenario, 'cohort' | 'perYear'>, year: number): number {
  return year * s.perYear * s.cohort;
}

/** The placements of everyone placed by the end of `year`, had they split as `shares`. */
export function publishedSplitByYear(
  s: Scenario,
  shares: Pick<Scenario, ShareKey>,
  year: number,
): Placements {
  return placementsOf(s, {
    cohort: placedByYear(s, year),
    toSafety: shares.toSafety,
    toIndep: shares.toIndep,
    toCap: shares.toCap,
  });
}
