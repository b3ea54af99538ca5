/**
 * The Monte Carlo summary of the current scenario's ranges (src/app/uncertainty-runs.ts), or
 * `none` when no input is a range. Re-renders only when a new summary (or state) arrives.
 */
import { useCallback, useSyncExternalStore } from 'react';
import {
  NO_UNCERTAINTY,
  pageUncertaintyRuns,
  type UncertaintyState,
} from '../app/uncertainty-runs';

const subscribeToNothing = () => () => {};
const none = () => NO_UNCERTAINTY;

export function useUncertainty(): UncertaintyState {
  const runs = pageUncertaintyRuns();
  return useSyncExternalStore(runs?.subscribe ?? subscribeToNothing, runs?.getState ?? none, none);
}

const unsubscribeNothing = () => {};

/**
 * useUncertainty for a section that pauses far from the viewport (like useScenarioStoreWhile):
 * while `live` is false a new summary does not re-render it, and it catches up the moment `live`
 * turns true. The summaries arrive on every step of a drag with ranges, and the quote and the
 * explanation at the foot of the page cost milliseconds each to rebuild.
 */
export function useUncertaintyWhile(live: boolean): UncertaintyState {
  const runs = pageUncertaintyRuns();
  const subscribe = useCallback(
    (notify: () => void) => (live && runs !== null ? runs.subscribe(notify) : unsubscribeNothing),
    [live, runs],
  );
  return useSyncExternalStore(subscribe, runs?.getState ?? none, none);
}

/**
 * One value derived from the runs' state, re-rendering only when that value changes (compared by
 * identity, so `select` must return a primitive or a stored object, never a fresh one): the page
 * asks "is any input a range?" on every step, and only the answer's change should re-render it.
 */
export function useUncertaintySelect<T>(select: (state: UncertaintyState) => T): T {
  const runs = pageUncertaintyRuns();
  // Stable functions: React queues an effect (and a task to run it) on every render whose
  // snapshot function differs from the last, and the charts render on every slider step.
  const snapshot = useCallback(() => select(runs?.getState() ?? NO_UNCERTAINTY), [runs, select]);
  const initial = useCallback(() => select(NO_UNCERTAINTY), [select]);
  return useSyncExternalStore(runs?.subscribe ?? subscribeToNothing, snapshot, initial);
}
