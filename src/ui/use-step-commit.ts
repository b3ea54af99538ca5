/**
 * When a slider's change is committed (one browser-history entry per commit, see url-sync.ts).
 *
 * A pointer drag is one change: releasing the pointer commits at once. Keyboard steps have no
 * "release", and committing on every key-up made 30 arrow presses 30 history entries, so Back
 * stepped one person at a time. Consecutive key steps on one slider are one change: the commit
 * waits until KEY_STEP_PAUSE_MS pass without another step. Leaving the slider, releasing the
 * pointer or pressing any other key (Ctrl+Z, Alt+←) commits a waiting change first, so Undo and
 * Back never skip it.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useScenarioStore, scenarioActions } from '../store/scenario-store';

/** Longer than the gap between deliberate presses (~150–300 ms), short enough to feel final. */
export const KEY_STEP_PAUSE_MS = 500;

/** Keys with which a native range input changes its value. */
const STEP_KEYS: ReadonlySet<string> = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

export interface StepCommitHandlers {
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly onKeyUp: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly onPointerUp: () => void;
  readonly onBlur: () => void;
}

export function useStepCommit(): StepCommitHandlers {
  const commit = scenarioActions().commit;
  const waiting = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancel = () => {
    if (waiting.current === null) return false;
    clearTimeout(waiting.current);
    waiting.current = null;
    return true;
  };
  const commitNow = () => {
    cancel();
    commit();
  };
  const commitWaiting = () => {
    if (cancel()) commit();
  };

  // A slider that leaves the page (embed switch, tests) still commits its last steps.
  useEffect(
    () => () => {
      if (cancel()) useScenarioStore.getState().commit();
    },
    [],
  );

  return {
    onKeyDown: (event) => {
      if (!STEP_KEYS.has(event.key)) commitWaiting();
    },
    onKeyUp: (event) => {
      if (!STEP_KEYS.has(event.key)) return;
      cancel();
      waiting.current = setTimeout(() => {
        waiting.current = null;
        commit();
      }, KEY_STEP_PAUSE_MS);
    },
    onPointerUp: commitNow,
    onBlur: commitNow,
  };
}
