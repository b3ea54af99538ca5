/**
 * The page's Monte Carlo runs follow the store (src/app/uncertainty-runs.ts): nothing without a
 * range; a run per change with ranges, answered in order, a summary a step behind marked as not
 * current; nothing left over once the ranges are gone; a failure said plainly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MonteCarloClient, MonteCarloJob } from '../../src/app/monte-carlo-client';
import { startUncertaintyRuns, type UncertaintyRuns } from '../../src/app/uncertainty-runs';
import { handleMonteCarloRequest } from '../../src/worker/monte-carlo-handler';
import type { UncertaintySummary } from '../../src/model/uncertainty';
import { useScenarioStore } from '../../src/store/scenario-store';

interface Call {
  readonly job: MonteCarloJob;
  readonly answer: () => void;
  readonly fail: (message: string) => void;
}

/** A client whose runs the test answers by hand, with the worker's own handler. */
function manualClient(calls: Call[]): MonteCarloClient {
  let id = 0;
  return {
    run: (job) =>
      new Promise<UncertaintySummary | null>((resolve, reject) => {
        id += 1;
        const reply = handleMonteCarloRequest({ id, ...job });
        calls.push({
          job,
          answer: () => resolve(reply.ok ? reply.summary : null),
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
});
