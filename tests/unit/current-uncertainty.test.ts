/**
 * A chart's picture waits until the charts show the scenario as it is now
 * (src/app/current-uncertainty.ts, `chartsCurrent`): the current run's bands, or word that the
 * worker could not compute them. Without that word a picture saved after a bands failure waited
 * out the whole time-out (15 s) before it saved.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MonteCarloClient } from '../../src/app/monte-carlo-client';
import { chartsCurrent } from '../../src/app/current-uncertainty';
import { startPageUncertaintyRuns, stopPageUncertaintyRuns } from '../../src/app/uncertainty-runs';
import type { CurveBands } from '../../src/model/curve-bands';
import type { UncertaintySummary } from '../../src/model/uncertainty';
import { useScenarioStore } from '../../src/store/scenario-store';
import { monteCarloReplies } from '../../src/worker/monte-carlo-handler';

interface Call {
  readonly answer: () => void;
  readonly bands: (runBands: CurveBands | null) => void;
  readonly computed: CurveBands | null;
}

/** A client whose runs the test answers by hand, with the worker's own handler. */
function manualClient(calls: Call[]): MonteCarloClient {
  let id = 0;
  return {
    run: (job, onBands) =>
      new Promise<UncertaintySummary | null>((resolve) => {
        id += 1;
        const { summary, bands } = monteCarloReplies({ id, ...job });
        calls.push({
          answer: () => resolve(summary.ok ? summary.summary : null),
          bands: (runBands) => onBands?.(runBands),
          computed: bands?.ok ? bands.bands : null,
        });
      }),
    dispose: () => {},
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether `chartsCurrent` (with a time-out far beyond the test's) settles within 50 ms. */
async function settlesSoon(): Promise<boolean> {
  let settled = false;
  void chartsCurrent(60_000).then(() => {
    settled = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return settled;
}

let calls: Call[];

beforeEach(() => {
  useScenarioStore.getState().reset();
  calls = [];
  startPageUncertaintyRuns(useScenarioStore, manualClient(calls));
});

afterEach(() => {
  stopPageUncertaintyRuns();
  useScenarioStore.getState().reset();
});

describe('chartsCurrent', () => {
  it('settles at once while every input is a point', async () => {
    expect(await settlesSoon()).toBe(true);
  });

  it("waits for the current run's bands, not only its summary", async () => {
    useScenarioStore.getState().makeRange('neutral');
    expect(await settlesSoon()).toBe(false);
    calls[0]?.answer();
    await settle();
    expect(await settlesSoon()).toBe(false);
    calls[0]?.bands(calls[0].computed);
    expect(await settlesSoon()).toBe(true);
  });

  it('stops waiting when the worker could not compute the bands', async () => {
    useScenarioStore.getState().makeRange('neutral');
    calls[0]?.answer();
    await settle();
    calls[0]?.bands(null);
    expect(await settlesSoon()).toBe(true);
  });

  it('waits again for the bands of a later run after an earlier run failed its bands', async () => {
    useScenarioStore.getState().makeRange('neutral');
    calls[0]?.answer();
    await settle();
    calls[0]?.bands(null);
    useScenarioStore.getState().setInput('toCap', 20);
    calls[1]?.answer();
    await settle();
    expect(await settlesSoon()).toBe(false);
    calls[1]?.bands(calls[1].computed);
    expect(await settlesSoon()).toBe(true);
  });
});
