/**
 * Which verdicts the page shows: the thread's 1 : 10 and 1 : 100 always, and the reader's own N
 * as a third row only when it differs from both (issue 9, fault 12: the same two cards twice
 * told the reader nothing new).
 */
import { verdictAt, type Verdict } from '../model/calculate';
import type { YearsResults } from '../model/years';

/** A verdict pair as shown: its name in labels, N, and whether it is also the reader's own N. */
export interface VerdictRow {
  readonly name: '1:10' | '1:100' | 'your ratio';
  readonly n: number;
  readonly yours: boolean;
}

/**
 * The verdict rows: the thread's 1 : 10 and 1 : 100 always, and the reader's own N as a third
 * row unless it is one of them, in which case that row says it is also the reader's (one pair of
 * cards per distinct N, not the same figures twice).
 */
export function verdictRows(neutral: number): readonly VerdictRow[] {
  const rows: VerdictRow[] = [
    { name: '1:10', n: 10, yours: neutral === 10 },
    { name: '1:100', n: 100, yours: neutral === 100 },
  ];
  if (neutral !== 10 && neutral !== 100) rows.push({ name: 'your ratio', n: neutral, yours: true });
  return rows;
}

/**
 * The verdict of `results` in `row`: the ones `calculate` already made for 1 : 10, 1 : 100 and
 * the scenario's own N, or, for another N (a compared scenario judged at the reader's N), made
 * here.
 */
export function verdictInRow(results: YearsResults, row: VerdictRow): Verdict {
  if (row.n === 10) return results.verdictAt10;
  if (row.n === 100) return results.verdictAt100;
  if (results.verdictAtUser.n === row.n) return results.verdictAtUser;
  // What the program caused, capabilities alumni weighted by their extra output (years.ts).
  return verdictAt(row.n, results.causedSafety, results.causedCapabilities);
}
