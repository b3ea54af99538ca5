/**
 * The messages between the page and the Monte Carlo worker (src/worker). A run request names the
 * scenario, its ranges and the sampling settings, and carries an id; the worker answers with the
 * run's summary (the chances, the figures' percentiles, the distribution and the sensitivity).
 * Then the page asks for the run's 90 % bands around the charts' lines with a bands request of the
 * same id (at once, unless a newer run waits), and the worker computes them from the run's
 * samples, which it keeps until then (docs/architecture.md, "Data flow of one slider move", step
 * 5). Any reply may be an error instead. All plain data (structured clone).
 */
import type { CurveBands } from './curve-bands';
import type { Scenario } from './inputs';
import type { SamplingSettings, ScenarioRanges } from './ranges';
import type { UncertaintySummary } from './uncertainty';

export interface MonteCarloRequest {
  readonly kind?: 'run';
  readonly id: number;
  readonly scenario: Scenario;
  readonly ranges: ScenarioRanges;
  readonly sampling: SamplingSettings;
}

/** Asks for the bands of the run with this id (the last run the worker answered). */
export interface MonteCarloBandsRequest {
  readonly kind: 'bands';
  readonly id: number;
}

export type MonteCarloMessage = MonteCarloRequest | MonteCarloBandsRequest;

/** A reply that failed: a malformed request, or a fault in the worker's maths. */
export interface MonteCarloError {
  readonly id: number;
  readonly ok: false;
  readonly error: string;
}

export type MonteCarloSummaryReply =
  | {
      readonly id: number;
      readonly kind: 'summary';
      readonly ok: true;
      readonly summary: UncertaintySummary;
      /** How long the sampling and the summary took in the worker, in milliseconds. */
      readonly elapsedMs: number;
    }
  | (MonteCarloError & { readonly kind: 'summary' });

export type MonteCarloBandsReply =
  | {
      readonly id: number;
      readonly kind: 'bands';
      readonly ok: true;
      readonly bands: CurveBands;
      /** How long the bands took in the worker, in milliseconds. */
      readonly elapsedMs: number;
    }
  | (MonteCarloError & { readonly kind: 'bands' });

export type MonteCarloReply = MonteCarloSummaryReply | MonteCarloBandsReply;
