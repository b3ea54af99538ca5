/**
 * The Monte Carlo summary of the store's scenario as it is now, for exports (the figures CSV, the
 * samples per input): at once when the page's run is current, else when the run under way
 * answers. Null when no input is a range, the run failed, or none answered in `timeoutMs`.
 */
import type { UncertaintySummary } from '../model/uncertainty';
import { pageUncertaintyRuns, type UncertaintyState } from './uncertainty-runs';

function settled(state: UncertaintyState): UncertaintySummary | null | undefined {
  if (state.status === 'none' || state.status === 'failed') return null;
  if (state.status === 'ready' && state.current) return state.summary;
  return undefined;
}

export function currentUncertainty(timeoutMs = 15_000): Promise<UncertaintySummary | null> {
  const runs = pageUncertaintyRuns();
  if (!runs) return Promise.resolve(null);
  const now = settled(runs.getState());
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (summary: UncertaintySummary | null) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(summary);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    const unsubscribe = runs.subscribe(() => {
      const next = settled(runs.getState());
      if (next !== undefined) done(next);
    });
  });
}

/**
 * Resolves once the charts show the store's scenario as it is now: at once without ranges or
 * after a failure, else when the current run's bands are here (a chart draws the store's lines at
 * once and its last run's bands around them, so while a run goes the bands are a step behind),
 * or after `timeoutMs` whatever the state. A chart's picture waits for it, so its bands always
 * belong to its lines and to the link under it.
 */
export function chartsCurrent(timeoutMs = 15_000): Promise<void> {
  const runs = pageUncertaintyRuns();
  if (!runs) return Promise.resolve();
  const caughtUp = () => {
    const state = runs.getState();
    if (state.status === 'none' || state.status === 'failed') return true;
    return state.status === 'ready' && state.current && runs.getBands()?.run === state.run;
  };
  if (caughtUp()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = runs.subscribe(() => {
      if (caughtUp()) done();
    });
  });
}
