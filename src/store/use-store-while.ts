/**
 * How components read the scenario store: `useScenario(selector)` follows it; the same hook with
 * `live` false (`useScenarioStoreWhile`) stops following it, for a section far from the viewport
 * (ui/use-near-viewport.ts), so a slider step does not re-render it; it catches up with the
 * store's current state the moment `live` turns true again (the render that flips `live` reads
 * the current state).
 *
 * Why not zustand's own hook (React's useSyncExternalStore): on every render whose value changed,
 * useSyncExternalStore queues a passive effect that records the new snapshot, and React
 * schedules a task (a MessageChannel message) to run it. A slider step changes about ten
 * components' values, so every step paid for that task and those effects (about 0.3 ms of main-
 * thread JavaScript in a CPU profile, and one of the per-step allocations that bring on a
 * garbage collection). This hook subscribes once per component and compares in the store's
 * listener; a component re-renders only through its own state update, which React batches into
 * the step's one render.
 *
 * Consistency: store changes come from event handlers (one batched, synchronous render, as
 * before), from timers and from history navigation. Every component that reads a changed value
 * is updated in the same render batch; if the store changed again while a non-urgent render was
 * in progress, the listener queues the affected components once more, so no stale value stays.
 *
 * The selector must return a stored or memoised value (as every selector in selectors.ts does),
 * never a fresh object: values are compared by identity.
 */
import { useLayoutEffect, useReducer, useRef, useSyncExternalStore } from 'react';
import { useScenarioStore, type ScenarioState } from './scenario-store';

const subscribeToNothing = () => () => {};
const inBrowser = () => true;
const onServerOrHydrating = () => false;
const bump = (count: number): number => count + 1;

/**
 * False on the server and while hydrating the prerendered page: the store's initial state (the
 * defaults) is what the HTML was rendered from, as zustand's own hook does; the linked scenario
 * follows straight after. (A constant snapshot: this useSyncExternalStore never changes value, so
 * it queues nothing on later renders.)
 */
function useAfterHydration(): boolean {
  return useSyncExternalStore(subscribeToNothing, inBrowser, onServerOrHydrating);
}

interface Rendered<T> {
  selector: (state: ScenarioState) => T;
  value: T;
}

export function useScenarioStoreWhile<T>(live: boolean, selector: (state: ScenarioState) => T): T {
  const hydrated = useAfterHydration();
  const [, rerender] = useReducer(bump, 0);
  const state = hydrated ? useScenarioStore.getState() : useScenarioStore.getInitialState();
  const value = selector(state);
  // What this render showed, for the listener to compare against. Written after the commit, so a
  // render React throws away never becomes the reference.
  const rendered = useRef<Rendered<T> | null>(null);
  useLayoutEffect(() => {
    if (rendered.current === null) rendered.current = { selector, value };
    else {
      rendered.current.selector = selector;
      rendered.current.value = value;
    }
  });
  const following = live && hydrated;
  useLayoutEffect(() => {
    if (!following) return undefined;
    const check = (next: ScenarioState) => {
      const shown = rendered.current;
      if (shown !== null && !Object.is(shown.selector(next), shown.value)) rerender();
    };
    // The store may have changed between this render and the subscription.
    check(useScenarioStore.getState());
    return useScenarioStore.subscribe(check);
  }, [following]);
  return value;
}

/** Follows one value of the scenario store: re-renders when `selector`'s result changes. */
export function useScenario<T>(selector: (state: ScenarioState) => T): T {
  return useScenarioStoreWhile(true, selector);
}
