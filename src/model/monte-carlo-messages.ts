/**
 * The messages between the page and the Monte Carlo worker (src/worker): a request names the
 * scenario, its ranges and the sampling settings, and carries an id; the reply carries the same id
 * and either the run's summary or an error. Both are plain data (structured clone).
 */
import type { Scenario } from './inputs';
import type { SamplingSettings, ScenarioRanges } from './ranges';
import type { UncertaintySummary } from './uncertainty';

export interface MonteCarloRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly ranges: ScenarioRanges;
  readonly sampling: SamplingSettings;
}

export type MonteCarloReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly summary: UncertaintySummary;
      /** How long the run took in the worker, in milliseconds (for the benchmark). */
      readonly elapsedMs: number;
    }
  | { readonly id: number; readonly ok: false; readonly error: string };
