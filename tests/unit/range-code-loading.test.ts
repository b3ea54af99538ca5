/**
 * The code only a range needs loads with the first range (src/ui/range-parts-loader.ts and the
 * Monte Carlo client in src/app/uncertainty-runs.ts). Each test gets fresh modules, so the
 * loader starts idle as in a page that has never had a range.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MonteCarloClient, MonteCarloJob } from '../../src/app/monte-carlo-client';
import type { UncertaintySummary } from '../../src/model/uncertainty';
import type { CurveBands } from '../../src/model/curve-bands';

type Loader = typeof import('../../src/ui/range-parts-loader');
type Store = typeof import('../../src/store/scenario-store');

async function fresh(): Promise<{ loader: Loader; store: Store['useScenarioStore'] }> {
  const loader = await import('../../src/ui/range-parts-loader');
  const { useScenarioStore } = await import('../../src/store/scenario-store');
  return { loader, store: useScenarioStore };
}

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.doUnmock('../../src/ui/range-parts');
});

describe('the range parts load with the first range', () => {
  it('nothing is fetched without a range; the first range fetches them once', async () => {
    const { loader, store } = await fresh();
    const stop = loader.startRangePartsLoading(store);
    store.getState().setInput('cohort', 2_000);
    expect(loader.rangePartsState().status).toBe('idle');

    store.getState().makeRange('cohort');
    expect(loader.rangePartsState().status).toBe('loading');
    await loader.rangePartsSettled();
    const state = loader.rangePartsState();
    expect(state.status).toBe('ready');
    if (state.status === 'ready') expect(typeof state.parts.sampledFigures).toBe('function');
    // A second range asks for nothing more.
    const again = loader.loadRangeParts();
    store.getState().makeRange('toCap');
    expect(await again).toBe(state.status === 'ready' ? state.parts : null);
    stop();
  });

  it('a toggle’s change waits for the parts, then runs once; at once when they are here', async () => {
    const { loader } = await fresh();
    const change = vi.fn();
    loader.afterRangeParts(true, change);
    expect(change).not.toHaveBeenCalled();
    await loader.rangePartsSettled();
    await Promise.resolve();
    expect(change).toHaveBeenCalledTimes(1);
    loader.afterRangeParts(true, change);
    expect(change).toHaveBeenCalledTimes(2);
    // A change that brings no range never waits.
    const { loader: other } = await (vi.resetModules(), fresh());
    const plain = vi.fn();
    other.afterRangeParts(false, plain);
    expect(plain).toHaveBeenCalledTimes(1);
    expect(other.rangePartsState().status).toBe('idle');
  });

  it('a chunk that does not arrive: the change still happens, the state says failed, and a retry loads it', async () => {
    vi.doMock('../../src/ui/range-parts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { loader } = await fresh();
    const change = vi.fn();
    loader.afterRangeParts(true, change);
    await loader.rangePartsSettled();
    await Promise.resolve();
    expect(change).toHaveBeenCalledTimes(1);
    const failed = loader.rangePartsState();
    expect(failed.status).toBe('failed');
    if (failed.status === 'failed') expect(failed.error.name).toBe('SectionLoadError');

    vi.doUnmock('../../src/ui/range-parts');
    loader.retryRangeParts();
    expect(loader.rangePartsState().status).toBe('loading');
    await loader.rangePartsSettled();
    expect(loader.rangePartsState().status).toBe('ready');
  });
});

describe('the Monte Carlo client loads with the first run', () => {
  const job = {} as MonteCarloJob;
  const summary = {} as UncertaintySummary;

  it('loads once, on the first run; runs asked for meanwhile reach it in order', async () => {
    const { clientOnFirstRun } = await import('../../src/app/uncertainty-runs');
    const order: number[] = [];
    let calls = 0;
    const real: MonteCarloClient = {
      run: (asked) => {
        order.push(asked === job ? 1 : 2);
        return Promise.resolve(summary);
      },
      dispose: vi.fn(),
    };
    const load = vi.fn(() => {
      calls += 1;
      return Promise.resolve(real);
    });
    const client = clientOnFirstRun(load);
    expect(load).not.toHaveBeenCalled();
    const first = client.run(job);
    const second = client.run({} as MonteCarloJob);
    expect(await first).toBe(summary);
    expect(await second).toBe(summary);
    expect(calls).toBe(1);
    expect(order).toEqual([1, 2]);
    client.dispose();
    await Promise.resolve();
    expect(real.dispose).toHaveBeenCalledTimes(1);
  });

  it("passes each run's bands listener on to the loaded client", async () => {
    const { clientOnFirstRun } = await import('../../src/app/uncertainty-runs');
    const bands = {} as CurveBands;
    const real: MonteCarloClient = {
      run: (_asked, onBands) => {
        onBands?.(bands);
        return Promise.resolve(summary);
      },
      dispose: () => {},
    };
    const heard: (CurveBands | null)[] = [];
    await clientOnFirstRun(() => Promise.resolve(real)).run(job, (given) => heard.push(given));
    expect(heard).toEqual([bands]);
  });

  it('a run asked for before a dispose never reaches the client; a failed load is tried again', async () => {
    const { clientOnFirstRun } = await import('../../src/app/uncertainty-runs');
    const run = vi.fn(() => Promise.resolve(summary));
    let fail = true;
    const client = clientOnFirstRun(() =>
      fail
        ? Promise.reject(new Error('offline'))
        : Promise.resolve({ run, dispose: () => {} } satisfies MonteCarloClient),
    );
    await expect(client.run(job)).rejects.toThrow('offline');
    fail = false;
    const pending = client.run(job);
    client.dispose();
    expect(await pending).toBeNull();
    expect(run).not.toHaveBeenCalled();
    expect(await client.run(job)).toBe(summary);
  });
});
