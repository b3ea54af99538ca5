/**
 * The Monte Carlo summary of the current scenario's ranges (src/app/uncertainty-runs.ts), or
 * `none` when no input is a range. Re-renders only when a new summary (or state) arrives.
 */
import { useSyncExternalStore } from 'react';
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
