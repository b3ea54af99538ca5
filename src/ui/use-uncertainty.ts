/**
 * The Monte Carlo summary of the current scenario's ranges (src/app/uncertainty-runs.ts), or
 * `none` when no input is a range, for components. Three views of one subscription
 * (`useRunsSnapshot`): the whole state, the whole state while a section is near the viewport,
 * and one value derived from it.
 */
import { useCallback, useSyncExternalStore } from 'react';
import {
  NO_UNCERTAINTY,
  pageUncertaintyRuns,
  type RunBands,
  type UncertaintyState,
} from '../app/uncertainty-runs';

const unsubscribeNothing = () => {};
const noBands = () => null;
const wholeState = (state: UncertaintyState) => state;

/**
 * `select(state)`, re-rendering when it changes (by identity) while `live`. Every function
 * handed to React is stable as long as `live` and `select` are: React queues an effect (and a
 * task to run it) on every render whose subscribe or snapshot function differs from the last,
 * and these components render on every slider step.
 */
function useRunsSnapshot<T>(select: (state: UncertaintyState) => T, live: boolean): T {
  const runs = pageUncertaintyRuns();
  const subscribe = useCallback(
    (notify: () => void) => (live && runs !== null ? runs.subscribe(notify) : unsubscribeNothing),
    [live, runs],
  );
  const snapshot = useCallback(() => select(runs?.getState() ?? NO_UNCERTAINTY), [runs, select]);
  const initial = useCallback(() => select(NO_UNCERTAINTY), [select]);
  return useSyncExternalStore(subscribe, snapshot, initial);
}

/** The runs' state; re-renders only when a new summary (or state) arrives. */
export function useUncertainty(): UncertaintyState {
  return useRunsSnapshot(wholeState, true);
}

/**
 * useUncertainty for a section that pauses far from the viewport (like useScenarioStoreWhile):
 * while `live` is false a new summary does not re-render it, and it catches up the moment `live`
 * turns true. The summaries arrive on every step of a drag with ranges, and the quote and the
 * explanation at the foot of the page cost milliseconds each to rebuild.
 */
export function useUncertaintyWhile(live: boolean): UncertaintyState {
  return useRunsSnapshot(wholeState, live);
}

/**
 * One value derived from the runs' state, re-rendering only when that value changes (compared by
 * identity, so `select` must return a primitive or a stored object, never a fresh one, and be a
 * module-level function): the page asks "is any input a range?" on every step, and only the
 * answer's change should re-render it.
 */
export function useUncertaintySelect<T>(select: (state: UncertaintyState) => T): T {
  return useRunsSnapshot(select, true);
}

/**
 * The last run's 90 % bands (uncertainty-runs.ts, `getBands`), or null: re-renders only when new
 * bands come (or go), not when a summary does. While `live` is false (a chart far from the
 * viewport) new bands do not re-render it; it reads the last ones the moment `live` turns true.
 */
export function useRunBands(live = true): RunBands | null {
  const runs = pageUncertaintyRuns();
  const subscribe = useCallback(
    (notify: () => void) => (live && runs !== null ? runs.subscribe(notify) : unsubscribeNothing),
    [live, runs],
  );
  const snapshot = useCallback(() => runs?.getBands() ?? null, [runs]);
  return useSyncExternalStore(subscribe, snapshot, noBands);
}
