/**
 * Read the scenario store only while `live`: a section far from the viewport
 * (ui/use-near-viewport.ts) stops following the store, so a slider step does not re-render it,
 * and catches up with the store's current state the moment `live` turns true again (React
 * re-reads the snapshot when the subscription changes).
 *
 * The selector must return a stored or memoised value (as every selector in selectors.ts does),
 * never a fresh object: React compares snapshots by identity.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useScenarioStore, type ScenarioState } from './scenario-store';

const unsubscribeNothing = () => {};

export function useScenarioStoreWhile<T>(live: boolean, selector: (state: ScenarioState) => T): T {
  const subscribe = useCallback(
    (notify: () => void) => (live ? useScenarioStore.subscribe(notify) : unsubscribeNothing),
    [live],
  );
  const snapshot = () => selector(useScenarioStore.getState());
  // While hydrating the prerendered page, the store's initial state (the defaults), as zustand's
  // own hook does: the HTML was rendered from it; the linked scenario follows straight after.
  const initialSnapshot = () => selector(useScenarioStore.getInitialState());
  return useSyncExternalStore(subscribe, snapshot, initialSnapshot);
}
