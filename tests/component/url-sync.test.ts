import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { REPLACE_DEBOUNCE_MS, STORE_MAX_DELAY_MS } from '../../src/app/url-sync';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { withUrlSync } from './url-sync-harness';

const open = withUrlSync();

describe('url sync', () => {
  it('opens a link into the store and rewrites the address to the canonical form', () => {
    open('?cohort=1200&toCap=10&utm_source=x');
    expect(useScenarioStore.getState().scenario).toMatchObject({ cohort: 1200, toCap: 10 });
    expect(window.location.search).toBe('?v=1&cohort=1200&toCap=10');
    expect(useScenarioStore.getState().notice).toEqual([]);
  });

  it('a bad link fills the notice and falls back to safe values', () => {
    open('?v=1&cohort=abc&cap=5&zzz=1');
    const { scenario, notice } = useScenarioStore.getState();
    expect(scenario.cohort).toBe(DEFAULT_SCENARIO.cohort);
    expect(scenario.cap).toBe(100);
    expect(notice.join(' ')).toMatch(/cohort/);
    expect(notice.join(' ')).toMatch(/cap/);
    expect(notice.join(' ')).toMatch(/zzz/);
  });

  it('follows a drag with replaceState and pushes one entry when it is committed', () => {
    vi.useFakeTimers();
    open('');
    const lengthBefore = window.history.length;
    const store = useScenarioStore.getState();
    store.setInput('cohort', 1100);
    store.setInput('cohort', 1200);
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS + 10);
    expect(window.location.search).toBe('?v=1&cohort=1200');
    expect(window.history.length).toBe(lengthBefore);
    store.setInput('cohort', 1300);
    store.commit();
    expect(window.location.search).toBe('?v=1&cohort=1300');
    expect(window.history.length).toBe(lengthBefore + 1);
    // A commit with nothing changed adds no entry.
    store.commit();
    expect(window.history.length).toBe(lengthBefore + 1);
  });

  it('leaves the address alone while a change keeps moving, then follows once it rests', () => {
    vi.useFakeTimers();
    open('');
    const store = useScenarioStore.getState();
    // Slow steps, each shorter than the rest the address waits for: no replaceState between them.
    const replace = vi.spyOn(window.history, 'replaceState');
    for (const cohort of [1100, 1200, 1300, 1400]) {
      store.setInput('cohort', cohort);
      vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS / 2);
    }
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?v=1');
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS / 2 + 10);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&cohort=1400');
    replace.mockRestore();
  });

  it.each([
    ['the page is left (pagehide)', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'the tab is hidden',
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('writes a waiting change at once when %s, so a reload keeps it', (_, leave) => {
    vi.useFakeTimers();
    open('');
    useScenarioStore.getState().setInput('cohort', 1500);
    expect(window.location.search).toBe('?v=1');
    leave();
    expect(window.location.search).toBe('?v=1&cohort=1500');
    vi.restoreAllMocks();
  });

  it('Back restores the scenario before the whole change, Forward redoes it', async () => {
    open('');
    const store = useScenarioStore.getState();
    store.setInput('toCap', 20);
    store.setInput('toCap', 10);
    store.commit();
    expect(window.location.search).toBe('?v=1&toCap=10');
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe('?v=1'));
    await waitFor(() => expect(useScenarioStore.getState().scenario.toCap).toBe(50));
    window.history.forward();
    await waitFor(() => expect(useScenarioStore.getState().scenario.toCap).toBe(10));
  });
  it('a commit before the address followed the change pushes the new entry and rewrites nothing', () => {
    vi.useFakeTimers();
    open('');
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    const store = useScenarioStore.getState();
    store.setInput('cohort', 1100);
    store.setInput('cohort', 1200);
    store.commit();
    // The entry left behind still has its committed address: only the new entry is written.
    expect(replace).not.toHaveBeenCalled();
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&cohort=1200');
    vi.restoreAllMocks();
  });

  it('Back returns to the committed address even after a resting change had rewritten it', async () => {
    open('');
    const store = useScenarioStore.getState();
    store.setInput('toCap', 20);
    // The tab is left and comes back: the waiting change is written into the current entry.
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?v=1&toCap=20');
    store.commit();
    expect(window.location.search).toBe('?v=1&toCap=20');
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe('?v=1'));
    await waitFor(() => expect(useScenarioStore.getState().scenario.toCap).toBe(50));
  });

  it('keeps the Forward limit for a reload once the page rests, or at once when it is left', () => {
    vi.useFakeTimers();
    window.sessionStorage.clear();
    open('');
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const store = useScenarioStore.getState();
    store.setInput('cohort', 1200);
    store.commit();
    // Not in the commit's own task (a drag's release).
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(STORE_MAX_DELAY_MS);
    expect(setItem).toHaveBeenCalledTimes(1);
    const [key, stored] = setItem.mock.calls[0] ?? [];
    expect(key).toMatch(/history-max/);
    store.setInput('cohort', 1300);
    store.commit();
    window.dispatchEvent(new Event('pagehide'));
    expect(setItem).toHaveBeenCalledTimes(2);
    expect(Number(setItem.mock.calls[1]?.[1])).toBe(Number(stored) + 1);
    vi.restoreAllMocks();
  });
});
