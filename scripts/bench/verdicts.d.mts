/** Types for verdicts.mjs (plain ESM), so the unit tests can import it. */
import type { Figure } from './aggregate.mjs';

export interface VerdictLine {
  name: string;
  figure: string;
  spread?: string;
  limit: string;
  verdict: string;
}

/** `results` is the object bench.mjs writes to bench-results/latest.json. */
export function verdicts(results: unknown): VerdictLine[];
export function fiveRangeVerdicts(
  section: unknown,
  spread: (figure: Figure) => string,
): VerdictLine[];
export function yearsVerdicts(section: unknown, spread: (figure: Figure) => string): VerdictLine[];
