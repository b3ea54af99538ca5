/**
 * The page's URL sync in a component test: `withUrlSync()` (called at the top of a test file or in a `describe`) resets the
 * store before each test and, after it, stops the sync, restores real timers and unstubs
 * globals. The function it returns opens a link as the page would.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { startUrlSync } from '../../src/app/url-sync';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { useScenarioStore } from '../../src/store/scenario-store';

export function withUrlSync(): (search: string) => void {
  let stop: (() => void) | null = null;
  beforeEach(() => {
    useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO);
  });
  afterEach(() => {
    stop?.();
    stop = null;
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return (search) => {
    window.history.replaceState(null, '', `/${search}`);
    stop = startUrlSync();
  };
}
