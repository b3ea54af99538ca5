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
const storeMoved = () => useScenarioStore.getState() !== useScenarioStore.getInitialState();
const onServerOrHydrating = () => false;
const bump = (count: number): number => count + 1;

/**
 * Whether to read the store's current state rather than its initial one: false on the server and
 * while hydrating the prerendered page (the initial state, the defaults, is what the HTML was
 * rendered from, as zustand's own hook does), and after that whether the store has left its
 * initial state object. Until it has, the two are the same object, so both answers read the same
 * state; the difference is in what React does once a component has hydrated: it compares this
 * value with the hydration-time one and re-renders the component at once, in one synchronous
 * task, when they differ. On a link with a scenario of its own they do (and must); on the bare
 * address url-sync leaves the store untouched, they do not, and the hydrated page has nothing to
 * redo. (It used to answer "hydration is over", which re-rendered every reader of the store right
 * after hydration: on a phone the longest task of a cold load.) Nothing subscribes: the value is
 * read on renders, which the store's own subscription below asks for.
 */
function useCurrentState(): boolean {
  return useSyncExternalStore(subscribeToNothing, storeMoved, onServerOrHydrating);
}

interface Rendered<T> {
  selector: (state: ScenarioState) => T;
  value: T;
}

export function useScenarioStoreWhile<T>(live: boolean, selector: (state: ScenarioState) => T): T {
  const current = useCurrentState();
  const [, rerender] = useReducer(bump, 0);
  const state = current ? useScenarioStore.getState() : useScenarioStore.getInitialState();
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
  // Subscribed once committed (so after this component's hydration): a store that differs from
  // what hydration showed re-renders it straight away through `check`.
  const following = live;
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
