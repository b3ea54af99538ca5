/** Types for lighthouse-median.mjs (plain ESM), so the unit tests can import it. */
export interface LighthouseRun {
  scores: Record<string, number | null>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number };
  failing: Record<string, unknown[]>;
  runWarnings: string[];
}

export interface LighthouseSeries {
  runs: LighthouseRun[];
  median: { scores: Record<string, number | null>; metrics: LighthouseRun['metrics'] };
  medianRun: LighthouseRun;
}

export function summariseLighthouseRuns(runs: readonly LighthouseRun[]): LighthouseSeries;
