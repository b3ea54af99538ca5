/**
 * The code that only a range needs (range-parts.ts: the range's two ends, the Sampling group,
 * the headline's medians and intervals) is a chunk of its own, fetched when the store first holds
 * a range, like the Monte Carlo worker and the "How sure is the verdict" section. Most readers
 * never make a range, so the page's first load does not carry it.
 *
 * A row's toggle and a preset with ranges fetch it before they change the store
 * (`afterRangeParts`), so the range's controls appear with the click's change; a link that opens
 * with ranges fetches it alongside hydration and shows the page once it is here
 * (use-reveal-page.ts); any other change that brings the first range (Back, Undo, an imported
 * file) fetches it then (`startRangePartsLoading`, main.tsx). The parts read the loader's state
 * without suspending (`useRangeParts`): while the chunk is on its way each keeps its place (a
 * placeholder about its size, or the figures' "sampling…"), and React's wait before revealing
 * suspended content does not apply. A fetch that fails is an error
 * (`SectionLoadError`) that the slider rows throw to their section boundary, whose "Try again"
 * calls `retryRangeParts`.
 */
import { useSyncExternalStore } from 'react';
import { useScenarioStore } from '../store/scenario-store';
import { selectHasRanges } from '../store/selectors';
import { retryingImport } from '../app/retry-import';
import { SectionLoadError } from './retryable-lazy';

export type RangeParts = typeof import('./range-parts');

export type RangePartsState =
  /** No range yet: nothing was asked for. */
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly parts: RangeParts }
  | { readonly status: 'failed'; readonly error: SectionLoadError };

const IDLE: RangePartsState = { status: 'idle' };
const LOADING: RangePartsState = { status: 'loading' };

let state: RangePartsState = IDLE;
let loading: Promise<RangeParts> | null = null;
// After a failure, the next try asks at a new address (app/retry-import.ts).
const importRangeParts = retryingImport(() => import('./range-parts'));
const listeners = new Set<() => void>();

function set(next: RangePartsState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Fetches the chunk once (again after a failure, when asked again). */
export function loadRangeParts(): Promise<RangeParts> {
  if (loading) return loading;
  if (state.status !== 'ready') set(LOADING);
  loading = importRangeParts().then(
    (parts) => {
      set({ status: 'ready', parts });
      return parts;
    },
    (error: unknown) => {
      loading = null;
      const failure = new SectionLoadError(String(error), { cause: error });
      set({ status: 'failed', error: failure });
      throw failure;
    },
  );
  return loading;
}

/**
 * Runs `change` once the range parts are here: at once when they already are or `bringsRange`
 * is false, else when the chunk has arrived (or failed: the rows then say so). A click that makes
 * the first range (a row's toggle, a preset with ranges) thus shows the range's controls outright,
 * with no placeholder in between: one change of the row, a fetch's time after the click.
 */
export function afterRangeParts(bringsRange: boolean, change: () => void): void {
  if (!bringsRange || state.status === 'ready') {
    change();
    return;
  }
  void loadRangeParts().then(change, change);
}

/** "Try again" of a part that could not load: fetch the chunk again if the last fetch failed. */
export function retryRangeParts(): void {
  if (state.status === 'failed') void loadRangeParts().catch(() => {});
}

export function rangePartsState(): RangePartsState {
  return state;
}

/**
 * Settles once the chunk has arrived or failed, at once when it is not being fetched: the page
 * waits for it before showing a link that opens with ranges (use-reveal-page.ts).
 */
export function rangePartsSettled(): Promise<void> {
  return loading
    ? loading.then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const current = () => state;
// The prerender and hydration never have a range (the page is prerendered for the defaults).
const beforeHydration = () => IDLE;

/** The loader's state, re-rendering when it changes; it never fetches anything itself. */
export function useRangeParts(): RangePartsState {
  return useSyncExternalStore(subscribe, current, beforeHydration);
}

/**
 * Fetches the parts as soon as the store holds a range, now (a link that opens with ranges:
 * the fetch runs alongside hydration) or at the first change that brings one. A failed fetch is
 * not repeated on every slider step: the rows' "Try again" asks again.
 */
export function startRangePartsLoading(store = useScenarioStore): () => void {
  const follow = () => {
    if (state.status === 'idle' && selectHasRanges(store.getState())) {
      void loadRangeParts().catch(() => {
        // The rows with a range show the failure (range-fields-slot.tsx).
      });
    }
  };
  follow();
  return store.subscribe(follow);
}
