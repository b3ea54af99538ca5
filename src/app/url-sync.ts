/**
 * Keeps the address bar and the browser history in step with the scenario.
 *
 * - Opening the page: the query string is decoded (through the sanitising codec), the notice
 *   lists anything ignored or adjusted, and the address is rewritten to the canonical link.
 * - While a slider moves, the current history entry's URL follows with replaceState, debounced.
 * - When a change is committed (pointer or key released, number entered, preset, reset), the
 *   current entry is put back to the URL it had when it was committed and ONE new entry is
 *   pushed, so Back undoes a whole drag and Forward redoes it.
 * - Back / Forward (popstate) decode the entry's URL into the store without pushing anything.
 */
import { INPUT_KEYS, type Scenario } from '../model/inputs';
import { useScenarioStore } from '../store/scenario-store';
import { decodeScenario, encodeScenario } from '../url';

export const REPLACE_DEBOUNCE_MS = 120;

type Store = typeof useScenarioStore;

function sameScenario(a: Scenario, b: Scenario): boolean {
  return INPUT_KEYS.every((key) => a[key] === b[key]);
}

export function startUrlSync(store: Store = useScenarioStore, win: Window = window): () => void {
  const urlFor = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;

  // 1. Open the link.
  const opened = decodeScenario(win.location.search);
  store.getState().applyScenario(
    opened.scenario,
    opened.issues.map((issue) => issue.message),
  );
  let committedSearch = encodeScenario(opened.scenario);
  win.history.replaceState(win.history.state, '', urlFor(committedSearch));

  let pendingReplace: ReturnType<typeof setTimeout> | null = null;
  let applyingHistory = false;

  const cancelPendingReplace = () => {
    if (pendingReplace !== null) {
      clearTimeout(pendingReplace);
      pendingReplace = null;
    }
  };

  // 2. Live changes: the address follows, debounced, without new history entries.
  const unsubscribeScenario = store.subscribe((state, previous) => {
    if (applyingHistory || state.scenario === previous.scenario) return;
    cancelPendingReplace();
    pendingReplace = setTimeout(() => {
      pendingReplace = null;
      win.history.replaceState(
        win.history.state,
        '',
        urlFor(encodeScenario(store.getState().scenario)),
      );
    }, REPLACE_DEBOUNCE_MS);
  });

  // 3. Commits: one history entry per finished change.
  const unsubscribeCommit = store.subscribe((state, previous) => {
    if (state.commitCount === previous.commitCount) return;
    cancelPendingReplace();
    const search = encodeScenario(state.scenario);
    // Restore the entry we are leaving to the URL it was committed with, so Back returns to it.
    win.history.replaceState(win.history.state, '', urlFor(committedSearch));
    if (search !== committedSearch) {
      win.history.pushState(null, '', urlFor(search));
      committedSearch = search;
    }
  });

  // 4. Back / Forward.
  const onPopState = () => {
    cancelPendingReplace();
    const decoded = decodeScenario(win.location.search);
    committedSearch = encodeScenario(decoded.scenario);
    applyingHistory = true;
    try {
      const current = store.getState().scenario;
      if (!sameScenario(current, decoded.scenario) || decoded.issues.length > 0) {
        store.getState().applyScenario(
          decoded.scenario,
          decoded.issues.map((issue) => issue.message),
        );
      }
    } finally {
      applyingHistory = false;
    }
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    cancelPendingReplace();
    unsubscribeScenario();
    unsubscribeCommit();
    win.removeEventListener('popstate', onPopState);
  };
}
