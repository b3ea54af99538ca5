/** Types for report.mjs (plain ESM), so the unit tests can import it. */
/** `results` is the object bench.mjs writes, with its `verdicts`. */
export function formatReport(results: unknown): string;
