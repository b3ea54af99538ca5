/**
 * The page's Monte Carlo client (src/app/monte-carlo-client.ts) against a fake worker: the worker
 * starts on the first run only, one request is in the worker at a time, the latest waiting request
 * wins, replies are matched by id, each run's bands are asked for as soon as its summary comes and
 * handed over just before it (so the page renders both at once) unless a newer run is waiting,
 * and a failing worker fails its runs and is started afresh.
 */
import { describe, expect, it } from 'vitest';
import { createMonteCarloClient, type WorkerPort } from '../../src/app/monte-carlo-client';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import type {
  MonteCarloMessage,
  MonteCarloReply,
  MonteCarloRequest,
} from '../../src/model/monte-carlo-messages';
import type { CurveBands } from '../../src/model/curve-bands';
import { createMonteCarloHandler, monteCarloReplies } from '../../src/worker/monte-carlo-handler';

/**
 * A worker that keeps what it is sent and answers (through the real handler, so a bands request
 * gets the bands of the run before it) when told to.
 */
class FakeWorker implements WorkerPort {
  onmessage: ((event: { readonly data: MonteCarloReply }) => void) | null = null;
  onerror: ((event: { readonly message?: string }) => void) | null = null;
  readonly received: MonteCarloMessage[] = [];
  terminated = false;
  private readonly handle = createMonteCarloHandler();

  postMessage(message: MonteCarloMessage) {
    this.received.push(structuredClone(message));
  }
  terminate() {
    this.terminated = true;
  }
  /** The run requests received and not yet answered. */
  runs(): MonteCarloRequest[] {
    return this.received.filter(
      (message): message is MonteCarloRequest => message.kind !== 'bands',
    );
  }
  /** Answers the oldest unanswered message (a run, or a bands request). */
  answerNext() {
    const message = this.received.shift();
    if (!message) throw new Error('nothing to answer');
    this.handle(message, (reply) => this.onmessage?.({ data: structuredClone(reply) }));
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

/** Whether a promise has settled yet, and with what. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value: T | undefined } = { settled: false, value: undefined };
  void promise.then((value) => {
    state.settled = true;
    state.value = value;
  });
  return state;
}

/** Lets promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The sample counts of the run requests a worker holds. */
const samplesOf = (worker: FakeWorker | undefined) =>
  worker?.runs().map((request) => request.sampling.samples);

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
    expect(samplesOf(workers[0])).toEqual([2_000]);
    workers[0]?.answerNext();
    // The bands are asked for as soon as the summary comes, with no paint to wait for.
    expect(scheduled).toHaveLength(0);
    expect(workers[0]?.received).toEqual([{ kind: 'bands', id: 1 }]);
    workers[0]?.answerNext();
    expect((await second)?.samples).toBe(2_000);
  });

  it("hands a run's bands over just before its summary, and sends a run asked for later after them", async () => {
    const { client, workers, flush, scheduled } = setup('on flush');
    const heard: { samples: number; bands: CurveBands | null; summaryOut: boolean }[] = [];
    let first: ReturnType<typeof track<unknown>> | null = null;
    const firstRun = client.run(job(1_000), (bands) =>
      heard.push({ samples: 1_000, bands, summaryOut: first?.settled ?? false }),
    );
    first = track(firstRun);
    flush();
    const worker = workers[0];
    if (!worker) throw new Error('no worker');
    worker.answerNext();
    await settle();
    // The summary is held for the bands: the page renders both in one commit.
    expect(first.settled).toBe(false);
    expect(worker.received).toEqual([{ kind: 'bands', id: 1 }]);
    worker.answerNext();
    await settle();
    expect(heard.map(({ samples, summaryOut }) => [samples, summaryOut])).toEqual([[1_000, false]]);
    expect(heard[0]?.bands?.fieldRatio.xs.length).toBeGreaterThan(10);
    expect(first.settled).toBe(true);
    const second = client.run(job(2_000), (bands) =>
      heard.push({ samples: 2_000, bands, summaryOut: false }),
    );
    expect(scheduled).toHaveLength(1);
    flush();
    expect(samplesOf(worker)).toEqual([2_000]);
    worker.answerNext();
    worker.answerNext();
    expect((await second)?.samples).toBe(2_000);
    expect(heard.map(({ samples }) => samples)).toEqual([1_000, 2_000]);
  });

  it('releases a held summary when a run is asked for during its bands, and sends that run after them', async () => {
    const { client, workers, flush } = setup('on flush');
    const heard: number[] = [];
    const first = track(client.run(job(1_000), () => heard.push(1_000)));
    flush();
    const worker = workers[0];
    if (!worker) throw new Error('no worker');
    worker.answerNext();
    await settle();
    expect(first.settled).toBe(false);
    const second = client.run(job(2_000), () => heard.push(2_000));
    await settle();
    // The figures need not wait for the bands of a run a step behind.
    expect((first.value as { samples: number } | undefined)?.samples).toBe(1_000);
    expect(heard).toEqual([]);
    expect(worker.received).toEqual([{ kind: 'bands', id: 1 }]);
    worker.answerNext();
    expect(heard).toEqual([1_000]);
    flush();
    expect(samplesOf(worker)).toEqual([2_000]);
    worker.answerNext();
    worker.answerNext();
    expect((await second)?.samples).toBe(2_000);
    expect(heard).toEqual([1_000, 2_000]);
  });

  it('sends a run that waited since the summary in place of its bands (a drag), and gives the last run its bands', async () => {
    const { client, workers, flush } = setup('on flush');
    const heard: number[] = [];
    const first = client.run(job(1_000), () => heard.push(1_000));
    flush();
    const worker = workers[0];
    if (!worker) throw new Error('no worker');
    const second = client.run(job(2_000), () => heard.push(2_000));
    worker.answerNext();
    // The summary at once, without bands: a newer run waits.
    expect((await first)?.samples).toBe(1_000);
    expect(worker.received).toHaveLength(0);
    flush();
    // Not the first run's bands: the second run, which was waiting.
    expect(samplesOf(worker)).toEqual([2_000]);
    expect(worker.received).toHaveLength(1);
    worker.answerNext();
    expect(worker.received).toEqual([{ kind: 'bands', id: 2 }]);
    worker.answerNext();
    expect((await second)?.samples).toBe(2_000);
    expect(heard).toEqual([2_000]);
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
    workers[0]?.answerNext();
    expect((await run)?.samples).toBe(1_000);
    void client.run(job(2_000));
    expect(workers).toHaveLength(1);
  });

  it('keeps one run in the worker; a newer run replaces the waiting one (latest wins)', async () => {
    const { client, workers } = setup();
    const heard: number[] = [];
    const first = client.run(job(1_000), () => heard.push(1_000));
    const second = client.run(job(2_000), () => heard.push(2_000));
    const third = client.run(job(3_000), () => heard.push(3_000));
    const worker = workers[0];
    expect(samplesOf(worker)).toEqual([1_000]);
    expect(await second).toBeNull();
    worker?.answerNext();
    expect((await first)?.samples).toBe(1_000);
    // The latest waiting run, and only that one, in place of the first run's bands.
    expect(samplesOf(worker)).toEqual([3_000]);
    worker?.answerNext();
    worker?.answerNext();
    expect((await third)?.samples).toBe(3_000);
    // A superseded run never hears of bands.
    expect(heard).toEqual([3_000]);
  });

  it('drops a reply whose id is not the run in the worker', async () => {
    const { client, workers } = setup();
    const heard: (CurveBands | null)[] = [];
    const run = client.run(job(1_000), (bands) => heard.push(bands));
    const settled = track(run);
    const worker = workers[0];
    const request = worker?.runs()[0];
    if (!worker || !request) throw new Error('no request sent');
    const stale = monteCarloReplies({ ...request, id: request.id + 100 });
    worker.onmessage?.({ data: stale.summary });
    await settle();
    expect(settled.settled).toBe(false);
    expect(worker.received).toHaveLength(1);
    worker.answerNext();
    if (stale.bands) worker.onmessage?.({ data: stale.bands });
    expect(heard).toEqual([]);
    worker.answerNext();
    expect(heard).toHaveLength(1);
    expect((await run)?.samples).toBe(1_000);
  });

  it('gives null for bands that failed with the summary, and goes on with the next run', async () => {
    const { client, workers } = setup();
    const heard: (CurveBands | null)[] = [];
    const run = client.run(job(1_000), (bands) => heard.push(bands));
    const worker = workers[0];
    if (!worker) throw new Error('no worker');
    worker.answerNext();
    worker.received.length = 0;
    worker.onmessage?.({ data: { id: 1, kind: 'bands', ok: false, error: 'bands failed' } });
    expect(heard).toEqual([null]);
    expect((await run)?.samples).toBe(1_000);
    const next = client.run(job(2_000));
    expect(samplesOf(worker)).toEqual([2_000]);
    worker.answerNext();
    worker.answerNext();
    expect((await next)?.samples).toBe(2_000);
  });

  it('rejects with the error a failed run reports, and asks for no bands', async () => {
    const { client, workers } = setup();
    const run = client.run({ ...job(1_000), scenario: { ...DEFAULT_SCENARIO, cap: Number.NaN } });
    workers[0]?.answerNext();
    await expect(run).rejects.toThrow(/cap/);
    expect(workers[0]?.received).toEqual([]);
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
    workers[1]?.answerNext();
    expect((await again)?.samples).toBe(1_000);
  });

  it('a worker that fails while computing the bands gives that run null bands and its summary', async () => {
    const { client, workers } = setup();
    const heard: (CurveBands | null)[] = [];
    const run = client.run(job(1_000), (bands) => heard.push(bands));
    workers[0]?.answerNext();
    workers[0]?.onerror?.({ message: 'out of memory' });
    expect(heard).toEqual([null]);
    expect((await run)?.samples).toBe(1_000);
  });

  it('dispose stops the worker and settles pending runs with null', async () => {
    const { client, workers } = setup();
    const run = client.run(job(1_000));
    client.dispose();
    expect(workers[0]?.terminated).toBe(true);
    expect(await run).toBeNull();
  });

  it('a dispose while the bands are computed settles the held summary with null', async () => {
    const { client, workers } = setup();
    const heard: (CurveBands | null)[] = [];
    const run = client.run(job(1_000), (bands) => heard.push(bands));
    workers[0]?.answerNext();
    client.dispose();
    expect(await run).toBeNull();
    expect(heard).toEqual([]);
  });
});
