/**
 * Keeps the address bar and the browser history in step with the store.
 *
 * - Opening the page: the query string is decoded (through the sanitising codec), the notice
 *   lists anything ignored or adjusted, and the address is rewritten to the canonical link.
 * - While a change is not yet committed, the current history entry's URL follows with
 *   replaceState once the change has settled (REPLACE_DEBOUNCE_MS without another change), or at
 *   once when the tab is hidden or left, so a reload or a bookmark keeps it.
 * - When a change is committed (pointer or key released, number entered, preset, pin), the
 *   current entry is put back to the URL it had when it was committed and ONE new entry is
 *   pushed, so Back undoes a whole drag and Forward redoes it.
 * - Back / Forward (popstate) decode the entry's URL into the store without pushing anything.
 * - Each entry of ours carries its index in history.state, so Undo / Redo know how far they can go.
 */
import { useHistoryStore } from '../store/history-store';
import { useScenarioStore, type ScenarioState } from '../store/scenario-store';
import { decodeLink, encodeLink, type EmbedView, type ThemeChoice } from '../url/link-codec';

/**
 * How long an uncommitted change must rest before the address follows it. Most changes are
 * committed long before this (releasing the pointer at once, key steps after 500 ms: see
 * use-step-commit.ts), and a commit writes the address itself; this is for a change that has not
 * been committed, such as a pointer held still mid-drag. It used to be 120 ms, so a reader moving
 * the thumb in slow steps paid for a replaceState on nearly every step: about 1 ms of main-thread
 * time, and several on a busy machine (Chromium updates its same-document navigation state each
 * time), for an address nobody can copy while holding the thumb.
 */
export const REPLACE_DEBOUNCE_MS = 800;
/** How long after a commit the Forward limit waits before it is written to sessionStorage. */
export const STORE_MAX_DELAY_MS = 1000;
const MAX_INDEX_KEY = 'ratio-explorer:history-max';

type Store = typeof useScenarioStore;

interface EntryState {
  readonly ratioExplorerIndex: number;
}

function entryIndex(state: unknown): number | null {
  if (typeof state !== 'object' || state === null) return null;
  const index = (state as Partial<EntryState>).ratioExplorerIndex;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : null;
}

// sessionStorage keeps the Forward limit across reloads of the same tab; it may be unavailable
// (privacy modes), in which case Redo simply forgets entries after a reload.
function readStoredMax(win: Window): number {
  try {
    const value = Number(win.sessionStorage.getItem(MAX_INDEX_KEY));
    return Number.isInteger(value) && value >= 0 ? value : 0;
  } catch {
    return 0;
  }
}

function storeMax(win: Window, max: number): void {
  try {
    win.sessionStorage.setItem(MAX_INDEX_KEY, String(max));
  } catch {
    // Nothing to do: see readStoredMax.
  }
}

export function startUrlSync(
  store: Store = useScenarioStore,
  win: Window = window,
  history = useHistoryStore,
): () => void {
  const urlFor = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;

  // 1. Open the link.
  const opened = decodeLink(win.location.search);
  // Embed mode (its view) and the theme are decided when the page opens and kept in every URL
  // it writes.
  const { embed, theme } = opened.state;
  store.getState().applyLinkState(
    opened.state,
    opened.issues.map((issue) => issue.message),
  );
  const searchOf = (state: ScenarioState) =>
    encodeLink({
      scenario: state.scenario,
      ranges: state.ranges,
      sampling: state.sampling,
      pins: state.pins,
      compare: state.compare,
      embed,
      theme,
    });

  let committedSearch = searchOf(store.getState());
  const openedIndex = entryIndex(win.history.state) ?? 0;
  // The stored max is written only when it changes, and not in the task that changed it: a
  // sessionStorage write costs a few milliseconds on a busy machine (2.6 ms in a profile of a
  // drag's release), and it matters only to a reload. It is written once the page has rested
  // (STORE_MAX_DELAY_MS), or at once when the tab is hidden or left.
  let storedMax = readStoredMax(win);
  let maxToStore: number | null = null;
  let pendingStore: ReturnType<typeof setTimeout> | null = null;
  const storeMaxNow = () => {
    if (pendingStore !== null) clearTimeout(pendingStore);
    pendingStore = null;
    if (maxToStore === null) return;
    storeMax(win, maxToStore);
    storedMax = maxToStore;
    maxToStore = null;
  };
  const setPosition = (index: number, max: number) => {
    history.setState({ index, max });
    if (max === storedMax) {
      maxToStore = null;
      return;
    }
    maxToStore = max;
    pendingStore ??= setTimeout(storeMaxNow, STORE_MAX_DELAY_MS);
  };
  setPosition(openedIndex, Math.max(openedIndex, storedMax));
  win.history.replaceState({ ratioExplorerIndex: openedIndex }, '', urlFor(committedSearch));

  let pendingReplace: ReturnType<typeof setTimeout> | null = null;
  let applyingHistory = false;

  const cancelPendingReplace = () => {
    if (pendingReplace !== null) {
      clearTimeout(pendingReplace);
      pendingReplace = null;
    }
  };

  // 2. Live changes: the address follows, debounced, without new history entries. A drag sends
  // a change every frame; rather than clearing and setting a timer for each, one timer runs and,
  // when it fires early, waits out the rest of the quiet period from the latest change.
  let lastChange = 0;
  const replaceWhenQuiet = () => {
    const wait = lastChange + REPLACE_DEBOUNCE_MS - performance.now();
    if (wait > 0) {
      pendingReplace = setTimeout(replaceWhenQuiet, wait);
      return;
    }
    pendingReplace = null;
    win.history.replaceState(win.history.state, '', urlFor(searchOf(store.getState())));
  };
  // A tab being hidden or left (reload, closing, switching apps) writes a waiting change and the
  // Forward limit now, rather than losing them.
  const writeWaitingNow = () => {
    storeMaxNow();
    if (pendingReplace === null) return;
    cancelPendingReplace();
    win.history.replaceState(win.history.state, '', urlFor(searchOf(store.getState())));
  };
  const onHidden = () => {
    if (win.document.visibilityState === 'hidden') writeWaitingNow();
  };
  win.addEventListener('pagehide', writeWaitingNow);
  win.document.addEventListener('visibilitychange', onHidden);
  const unsubscribeLive = store.subscribe((state, previous) => {
    if (applyingHistory) return;
    if (
      state.scenario === previous.scenario &&
      state.ranges === previous.ranges &&
      state.sampling === previous.sampling &&
      state.pins === previous.pins
    ) {
      return;
    }
    lastChange = performance.now();
    pendingReplace ??= setTimeout(replaceWhenQuiet, REPLACE_DEBOUNCE_MS);
  });

  // 3. Commits: one history entry per finished change.
  const unsubscribeCommit = store.subscribe((state, previous) => {
    if (state.commitCount === previous.commitCount) return;
    cancelPendingReplace();
    const search = searchOf(state);
    // Restore the entry we are leaving to the URL it was committed with, so Back returns to it;
    // only if a resting change had rewritten it: most commits (a drag's release, a preset) come
    // before that, and each history call costs 1–7 ms as Chromium updates its navigation state.
    if (win.location.search !== committedSearch) {
      win.history.replaceState(win.history.state, '', urlFor(committedSearch));
    }
    if (search !== committedSearch) {
      const index = history.getState().index + 1;
      win.history.pushState({ ratioExplorerIndex: index }, '', urlFor(search));
      committedSearch = search;
      setPosition(index, index);
    }
  });

  // 4. Back / Forward.
  const onPopState = (event: PopStateEvent) => {
    cancelPendingReplace();
    const decoded = decodeLink(win.location.search);
    committedSearch = searchOf({ ...store.getState(), ...decoded.state });
    const index = entryIndex(event.state) ?? 0;
    setPosition(index, Math.max(index, history.getState().max));
    applyingHistory = true;
    try {
      store.getState().applyLinkState(
        decoded.state,
        decoded.issues.map((issue) => issue.message),
      );
    } finally {
      applyingHistory = false;
    }
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    cancelPendingReplace();
    storeMaxNow();
    unsubscribeLive();
    unsubscribeCommit();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', writeWaitingNow);
    win.document.removeEventListener('visibilitychange', onHidden);
  };
}

/** Undo and Redo walk the browser's own history, so Back / Forward and the buttons agree. */
export function undo(win: Window = window): void {
  if (useHistoryStore.getState().index > 0) win.history.back();
}

export function redo(win: Window = window): void {
  const { index, max } = useHistoryStore.getState();
  if (index < max) win.history.forward();
}

/** How the page was opened: the embedded view (`?embed=…`) or false, and the link's theme. */
export function openedPageMode(win: Window = window): {
  readonly embed: false | EmbedView;
  readonly theme: ThemeChoice;
} {
  const { embed, theme } = decodeLink(win.location.search).state;
  return { embed, theme };
}
