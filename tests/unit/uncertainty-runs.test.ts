/**
 * The page's Monte Carlo runs follow the store (src/app/uncertainty-runs.ts): nothing without a
 * range; a run per change with ranges, answered in order, a summary a step behind marked as not
 * current; each run's bands with its summary or after it, held apart from it; nothing left over
 * once the ranges are gone; a failure said plainly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MonteCarloClient, MonteCarloJob } from '../../src/app/monte-carlo-client';
import { startUncertaintyRuns, type UncertaintyRuns } from '../../src/app/uncertainty-runs';
import { monteCarloReplies } from '../../src/worker/monte-carlo-handler';
import type { UncertaintySummary } from '../../src/model/uncertainty';
import { useScenarioStore } from '../../src/store/scenario-store';

interface Call {
  readonly job: MonteCarloJob;
  readonly answer: () => void;
  /** Sends the run's bands (after `answer`, as the worker does). */
  readonly bands: () => void;
  readonly fail: (message: string) => void;
}

/** A client whose runs the test answers by hand, with the worker's own handler. */
function manualClient(calls: Call[]): MonteCarloClient {
  let id = 0;
  return {
    run: (job, onBands) =>
      new Promise<UncertaintySummary | null>((resolve, reject) => {
        id += 1;
        const { summary, bands } = monteCarloReplies({ id, ...job });
        calls.push({
          job,
          answer: () => resolve(summary.ok ? summary.summary : null),
          bands: () => onBands?.(bands?.ok ? bands.bands : null),
          fail: (message) => reject(new Error(message)),
        });
      }),
    dispose: () => {},
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let runs: UncertaintyRuns;
let calls: Call[];

beforeEach(() => {
  useScenarioStore.getState().reset();
  calls = [];
  runs = startUncertaintyRuns(useScenarioStore, manualClient(calls));
});

afterEach(() => {
  runs.stop();
  useScenarioStore.getState().reset();
});

describe('uncertainty runs', () => {
  it('run nothing while every input is a point', () => {
    useScenarioStore.getState().setInput('toCap', 20);
    expect(calls).toHaveLength(0);
    expect(runs.getState().status).toBe('none');
  });

  it('sample once a range appears, and follow every change after', async () => {
    useScenarioStore.getState().makeRange('neutral');
    expect(runs.getState().status).toBe('running');
    expect(calls).toHaveLength(1);
    calls[0]?.answer();
    await settle();
    const ready = runs.getState();
    expect(ready.status === 'ready' && ready.current).toBe(true);
    expect(ready.status === 'ready' && ready.summary.ranged).toEqual(['neutral']);

    // A step: the last summary stays, marked as a step behind, until the new one arrives.
    useScenarioStore.getState().setInput('toCap', 20);
    const behind = runs.getState();
    expect(behind.status === 'ready' && behind.current).toBe(false);
    calls[1]?.answer();
    await settle();
    const caught = runs.getState();
    expect(caught.status === 'ready' && caught.current).toBe(true);
    expect(caught.status === 'ready' && caught.job.scenario.toCap).toBe(20);
  });

  it('number the runs, so a summary says which change it answers', async () => {
    // The benchmark's "input → chances updated" waits for a current summary with a larger
    // number than the one shown before the input (src/ui/chance-figures.tsx, data-summary-run).
    useScenarioStore.getState().makeRange('neutral');
    calls[0]?.answer();
    await settle();
    const first = runs.getState();
    expect(first.status === 'ready' && first.run).toBe(1);

    useScenarioStore.getState().setInput('toCap', 20);
    useScenarioStore.getState().setInput('toCap', 30);
    const behind = runs.getState();
    // Still the first summary, marked as behind, until a later run answers.
    expect(behind.status === 'ready' && [behind.run, behind.current]).toEqual([1, false]);
    calls[1]?.answer();
    await settle();
    const stale = runs.getState();
    expect(stale.status === 'ready' && [stale.run, stale.current]).toEqual([2, false]);
    calls[2]?.answer();
    await settle();
    const caught = runs.getState();
    expect(caught.status === 'ready' && [caught.run, caught.current]).toEqual([3, true]);
  });

  it('tell listeners once that the summary fell behind, not on every step of a drag', async () => {
    useScenarioStore.getState().makeRange('neutral');
    calls[0]?.answer();
    await settle();
    let notified = 0;
    const unsubscribe = runs.subscribe(() => {
      notified += 1;
    });
    for (const toCap of [10, 11, 12, 13, 14]) useScenarioStore.getState().setInput('toCap', toCap);
    // Each figure re-renders once to show it is updating, not five times.
    expect(notified).toBe(1);
    unsubscribe();
  });

  it('show nothing once the ranges are gone, even if a run answers late', async () => {
    useScenarioStore.getState().makeRange('neutral');
    useScenarioStore.getState().makePoint('neutral');
    expect(runs.getState().status).toBe('none');
    calls[0]?.answer();
    await settle();
    expect(runs.getState().status).toBe('none');
  });

  it('say when the sampling failed', async () => {
    useScenarioStore.getState().makeRange('cohort');
    calls[0]?.fail('The Monte Carlo worker failed.');
    await settle();
    expect(runs.getState()).toEqual({
      status: 'failed',
      message: 'The Monte Carlo worker failed.',
    });
  });

  it("hold each run's bands apart from its summary, a step behind while the next run goes", async () => {
    useScenarioStore.getState().makeRange('toCap');
    calls[0]?.answer();
    await settle();
    const answered = runs.getState();
    expect(runs.getBands()).toBeNull();
    let notified = 0;
    const unsubscribe = runs.subscribe(() => {
      notified += 1;
    });
    calls[0]?.bands();
    // The bands come alone: the summary (what the figures read) is the same object.
    expect(notified).toBe(1);
    expect(runs.getState()).toBe(answered);
    const first = runs.getBands();
    expect(first).toMatchObject({ run: 1, ranged: ['toCap'], samples: 10_000 });
    expect(first?.scenario).toBe(calls[0]?.job.scenario);

    useScenarioStore.getState().setInput('cohort', 200);
    calls[1]?.answer();
    await settle();
    // The second run's summary is here, its bands not yet: the first run's stay.
    expect(runs.getState()).toMatchObject({ status: 'ready', run: 2, current: true });
    expect(runs.getBands()).toBe(first);
    calls[1]?.bands();
    expect(runs.getBands()).toMatchObject({ run: 2 });
    expect(runs.getBands()?.bands.fieldRatio.xs).toContain(200);
    unsubscribe();
  });

  it('store bands handed over before their summary with it, and tell listeners once', async () => {
    useScenarioStore.getState().makeRange('toCap');
    let notified = 0;
    const unsubscribe = runs.subscribe(() => {
      notified += 1;
    });
    // The client's usual order: the bands, then (a microtask later) the summary they belong to.
    calls[0]?.bands();
    expect(runs.getBands()).toBeNull();
    expect(notified).toBe(0);
    calls[0]?.answer();
    await settle();
    expect(notified).toBe(1);
    expect(runs.getState()).toMatchObject({ status: 'ready', run: 1, current: true });
    expect(runs.getBands()).toMatchObject({ run: 1, ranged: ['toCap'], samples: 10_000 });
    unsubscribe();
  });

  it('drop the bands when the ranges are gone or the sampling failed, and ignore late ones', async () => {
    useScenarioStore.getState().makeRange('toCap');
    calls[0]?.answer();
    await settle();
    calls[0]?.bands();
    expect(runs.getBands()).not.toBeNull();
    useScenarioStore.getState().makePoint('toCap');
    expect(runs.getBands()).toBeNull();

    useScenarioStore.getState().makeRange('toCap');
    calls[1]?.fail('The Monte Carlo worker failed.');
    await settle();
    expect(runs.getBands()).toBeNull();
  });
});
