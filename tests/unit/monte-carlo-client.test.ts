/**
 * The page's Monte Carlo client (src/app/monte-carlo-client.ts) against a fake worker: the worker
 * starts on the first run only, one request is in the worker at a time, the latest waiting request
 * wins, replies are matched by id, and a failing worker fails its runs and is started afresh.
 */
import { describe, expect, it } from 'vitest';
import { createMonteCarloClient, type WorkerPort } from '../../src/app/monte-carlo-client';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import type { MonteCarloReply, MonteCarloRequest } from '../../src/model/monte-carlo-messages';
import { handleMonteCarloRequest } from '../../src/worker/monte-carlo-handler';

/** A worker that keeps what it is sent and answers (through the real handler) when told to. */
class FakeWorker implements WorkerPort {
  onmessage: ((event: { readonly data: MonteCarloReply }) => void) | null = null;
  onerror: ((event: { readonly message?: string }) => void) | null = null;
  readonly received: MonteCarloRequest[] = [];
  terminated = false;

  postMessage(message: MonteCarloRequest) {
    this.received.push(structuredClone(message));
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the oldest unanswered request. */
  answerNext() {
    const request = this.received.shift();
    if (!request) throw new Error('nothing to answer');
    this.onmessage?.({ data: structuredClone(handleMonteCarloRequest(request)) });
  }
}

function job(samples: number) {
  return {
    scenario: DEFAULT_SCENARIO,
    ranges: { neutral: { lo: 10, hi: 100 } },
    sampling: { seed: 1, samples },
  };
}

/** Sends at once (most tests), or when `flush` is called (as after the next paint). */
function setup(timing: 'at once' | 'on flush' = 'at once') {
  const workers: FakeWorker[] = [];
  const scheduled: (() => void)[] = [];
  const client = createMonteCarloClient(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    timing === 'at once' ? (send) => send() : (send) => scheduled.push(send),
  );
  const flush = () => {
    for (const send of scheduled.splice(0)) send();
  };
  return { client, workers, flush, scheduled };
}

describe('the Monte Carlo client', () => {
  it('sends a run only at its scheduled moment (after the next paint), coalescing what came before', async () => {
    const { client, workers, flush, scheduled } = setup('on flush');
    const first = client.run(job(1_000));
    const second = client.run(job(2_000));
    // Nothing reaches a worker before the paint: its sampling would compete with the render.
    expect(workers).toHaveLength(0);
    expect(scheduled).toHaveLength(1);
    expect(await first).toBeNull();
    flush();
    expect(workers[0]?.received.map((request) => request.sampling.samples)).toEqual([2_000]);
    workers[0]?.answerNext();
    expect((await second)?.samples).toBe(2_000);
    expect(scheduled).toHaveLength(0);
  });

  it('sends the run that waited during a reply at the next scheduled moment too', async () => {
    const { client, workers, flush, scheduled } = setup('on flush');
    const first = client.run(job(1_000));
    flush();
    const second = client.run(job(2_000));
    // One in the worker: the second waits without scheduling anything yet.
    expect(scheduled).toHaveLength(0);
    workers[0]?.answerNext();
    expect((await first)?.samples).toBe(1_000);
    expect(workers[0]?.received).toHaveLength(0);
    expect(scheduled).toHaveLength(1);
    flush();
    workers[0]?.answerNext();
    expect((await second)?.samples).toBe(2_000);
  });

  it('a dispose before the scheduled moment sends nothing', async () => {
    const { client, workers, flush } = setup('on flush');
    const run = client.run(job(1_000));
    client.dispose();
    expect(await run).toBeNull();
    flush();
    expect(workers).toHaveLength(0);
  });

  it('starts the worker on the first run, not before', async () => {
    const { client, workers } = setup();
    expect(workers).toHaveLength(0);
    const run = client.run(job(1_000));
    expect(workers).toHaveLength(1);
    workers[0]?.answerNext();
    expect((await run)?.samples).toBe(1_000);
    void client.run(job(2_000));
    expect(workers).toHaveLength(1);
  });

  it('keeps one request in the worker; a newer run replaces the waiting one (latest wins)', async () => {
    const { client, workers } = setup();
    const first = client.run(job(1_000));
    const second = client.run(job(2_000));
    const third = client.run(job(3_000));
    const worker = workers[0];
    expect(worker?.received.map((request) => request.sampling.samples)).toEqual([1_000]);
    expect(await second).toBeNull();
    worker?.answerNext();
    expect((await first)?.samples).toBe(1_000);
    // The first answer sends the latest waiting run, and only that one.
    expect(worker?.received.map((request) => request.sampling.samples)).toEqual([3_000]);
    worker?.answerNext();
    expect((await third)?.samples).toBe(3_000);
  });

  it('drops a reply whose id is not the request in the worker', async () => {
    const { client, workers } = setup();
    const run = client.run(job(1_000));
    const worker = workers[0];
    const request = worker?.received[0];
    if (!worker || !request) throw new Error('no request sent');
    const stale = handleMonteCarloRequest({ ...request, id: request.id + 100 });
    worker.onmessage?.({ data: stale });
    let settled = false;
    void run.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    worker.answerNext();
    expect((await run)?.samples).toBe(1_000);
  });

  it('rejects with the error a failed run reports', async () => {
    const { client, workers } = setup();
    const run = client.run({ ...job(1_000), scenario: { ...DEFAULT_SCENARIO, cap: Number.NaN } });
    workers[0]?.answerNext();
    await expect(run).rejects.toThrow(/cap/);
  });

  it('fails both runs when the worker itself fails, and starts a new worker next time', async () => {
    const { client, workers } = setup();
    const inWorker = client.run(job(1_000));
    const waiting = client.run(job(2_000));
    workers[0]?.onerror?.({ message: 'chunk failed to load' });
    await expect(inWorker).rejects.toThrow('chunk failed to load');
    await expect(waiting).rejects.toThrow('chunk failed to load');
    expect(workers[0]?.terminated).toBe(true);
    const again = client.run(job(1_000));
    expect(workers).toHaveLength(2);
    workers[1]?.answerNext();
    expect((await again)?.samples).toBe(1_000);
  });

  it('dispose stops the worker and settles pending runs with null', async () => {
    const { client, workers } = setup();
    const run = client.run(job(1_000));
    client.dispose();
    expect(workers[0]?.terminated).toBe(true);
    expect(await run).toBeNull();
  });
});
