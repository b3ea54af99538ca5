/**
 * Ranges, seed and samples in the address bar and browser history (issue 11): a range drag is
 * followed like a slider drag, each finished change is one entry, and Back / Forward bring the
 * ranges and the seed back with the points.
 */
import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { REPLACE_DEBOUNCE_MS } from '../../src/app/url-sync';
import { useScenarioStore } from '../../src/store/scenario-store';
import { withUrlSync } from './url-sync-harness';

const open = withUrlSync();

describe('url sync with ranges', () => {
  beforeEach(() => useScenarioStore.getState().reset());

  it('opens a range link into the store and keeps it canonical in the address', () => {
    open('?neutral=100~10&toCap=5~20&seed=7');
    const { scenario, ranges, sampling, notice } = useScenarioStore.getState();
    expect(ranges).toEqual({ toCap: { lo: 5, hi: 20 }, neutral: { lo: 10, hi: 100 } });
    expect(scenario).toMatchObject({ toCap: 12.5, neutral: 31.6 });
    expect(sampling.seed).toBe(7);
    expect(notice).toHaveLength(1);
    expect(window.location.search).toBe('?v=1&toCap=5~20&neutral=10~100&seed=7');
  });

  it('follows a range drag and pushes one entry when it is committed', () => {
    vi.useFakeTimers();
    open('');
    const lengthBefore = window.history.length;
    const store = useScenarioStore.getState();
    store.makeRange('cohort'); // one click: one entry
    expect(window.location.search).toBe('?v=1&cohort=500~1500');
    expect(window.history.length).toBe(lengthBefore + 1);
    store.setRangeEnd('cohort', 'hi', 1_800);
    store.setRangeEnd('cohort', 'hi', 2_000);
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS + 10);
    expect(window.location.search).toBe('?v=1&cohort=500~2000');
    expect(window.history.length).toBe(lengthBefore + 1);
    store.commit();
    expect(window.history.length).toBe(lengthBefore + 2);
    store.setSamples(20_000);
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS + 10);
    expect(window.location.search).toBe('?v=1&cohort=500~2000&samples=20000');
  });

  it('Back undoes a re-roll and then the range; Forward redoes them', async () => {
    open('');
    const store = useScenarioStore.getState();
    store.makeRange('toCap');
    store.rerollSeed(() => 0.25);
    expect(window.location.search).toBe('?v=1&toCap=40~60&seed=1073741824');
    window.history.back();
    await waitFor(() => expect(useScenarioStore.getState().sampling.seed).toBe(1));
    expect(useScenarioStore.getState().ranges).toEqual({ toCap: { lo: 40, hi: 60 } });
    window.history.back();
    await waitFor(() => expect(useScenarioStore.getState().ranges).toEqual({}));
    window.history.forward();
    await waitFor(() =>
      expect(useScenarioStore.getState().ranges).toEqual({ toCap: { lo: 40, hi: 60 } }),
    );
  });
});
