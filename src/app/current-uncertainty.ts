/**
 * Waiting for the page's Monte Carlo runs to answer the store's scenario as it is now, for
 * exports: the summary (the figures CSV, the samples per input) and the charts' bands (a chart's
 * picture).
 */
import type { UncertaintySummary } from '../model/uncertainty';
import {
  pageUncertaintyRuns,
  type UncertaintyRuns,
  type UncertaintyState,
} from './uncertainty-runs';

/**
 * What `read` gives once it gives something other than undefined: at once, else at the first
 * change of the runs' state that makes it; `fallback` without runs or after `timeoutMs`.
 */
function whenSettled<T>(
  read: (runs: UncertaintyRuns) => T | undefined,
  fallback: T,
  timeoutMs: number,
): Promise<T> {
  const runs = pageUncertaintyRuns();
  if (!runs) return Promise.resolve(fallback);
  const now = read(runs);
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (value: T) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(value);
    };
    const timer = setTimeout(() => done(fallback), timeoutMs);
    const unsubscribe = runs.subscribe(() => {
      const next = read(runs);
      if (next !== undefined) done(next);
    });
  });
}

function settledSummary(state: UncertaintyState): UncertaintySummary | null | undefined {
  if (state.status === 'none' || state.status === 'failed') return null;
  if (state.status === 'ready' && state.current) return state.summary;
  return undefined;
}

/**
 * The summary of the scenario as it is now: at once when the page's run is current, else when the
 * run under way answers. Null when no input is a range, the run failed, or none answered in
 * `timeoutMs`.
 */
export function currentUncertainty(timeoutMs = 15_000): Promise<UncertaintySummary | null> {
  return whenSettled((runs) => settledSummary(runs.getState()), null, timeoutMs);
}

/**
 * Resolves once the charts show the store's scenario as it is now: at once without ranges or
 * after a failure, else when the current run's bands are here (a chart draws the store's lines at
 * once and its last run's bands around them, so while a run goes the bands are a step behind) or
 * the worker could not compute them (the charts then draw no band, and neither does the picture),
 * or after `timeoutMs` whatever the state. A chart's picture waits for it, so its bands always
 * belong to its lines and to the link under it.
 */
export function chartsCurrent(timeoutMs = 15_000): Promise<void> {
  const caughtUp = (runs: UncertaintyRuns): true | undefined => {
    const state = runs.getState();
    if (state.status === 'none' || state.status === 'failed') return true;
    if (state.status !== 'ready' || !state.current) return undefined;
    return runs.getBands()?.run === state.run || runs.bandsFailedRun() === state.run
      ? true
      : undefined;
  };
  return whenSettled(caughtUp, true, timeoutMs).then(() => undefined);
}
