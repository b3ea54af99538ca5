/**
 * The page's side of the Monte Carlo worker (src/worker/monte-carlo.worker.ts). The worker is
 * created on the first `run`, so its code and the sampling packages load only when the first range
 * appears (Vite bundles `new Worker(new URL(…), { type: 'module' })` as a chunk of its own).
 *
 * Latest wins, without a queue: at most one request is in the worker and at most one waits. A new
 * `run` replaces the waiting one, whose promise resolves to null ("superseded"); when the request
 * in the worker answers, its promise resolves and the waiting one is sent. So while a range end is
 * dragged the figures follow at the worker's pace, no reply ever arrives after a newer one, and the
 * last request is always answered. Requests are tagged with an id; a reply whose id is not the
 * request in the worker (one from before a restart) is dropped.
 *
 * A request goes to the worker once the page has painted the frame of the change that asked for
 * it (`afterNextPaint`), not at once. On a machine with few cores the worker's 10–30 ms of
 * sampling otherwise ran beside the main thread's render and paint of that very change and took
 * their CPU: on the benchmark's five-range link the main thread's JavaScript per input fell from
 * 18.4 to 11.6 ms at p95 when the request waited for the paint, while the chances reached the
 * screen as fast as before (p95 83 ms both). Runs asked for before then still coalesce to the
 * latest.
 *
 * A run has two replies (src/worker/monte-carlo-handler.ts). Its summary settles the run's
 * promise; then, once the page has painted the summary (`afterNextPaint` again), the client asks
 * for the run's bands, which go to the run's `onBands`, and the bands are never computed while
 * the main thread renders a summary. The worker is the run's until its bands come; but if a newer
 * run is waiting by the time the bands would be asked for (a drag), that run goes instead and
 * the older run gets no bands. Bands that failed give null (the charts then draw no band).
 */
import { afterNextPaint } from './after-next-paint';
import type { Scenario } from '../model/inputs';
import type { CurveBands } from '../model/curve-bands';
import type { MonteCarloMessage, MonteCarloReply } from '../model/monte-carlo-messages';
import type { SamplingSettings, ScenarioRanges } from '../model/ranges';
import type { UncertaintySummary } from '../model/uncertainty';

export interface MonteCarloJob {
  readonly scenario: Scenario;
  readonly ranges: ScenarioRanges;
  readonly sampling: SamplingSettings;
}

/** The part of a Worker the client uses, so tests can give it a fake. */
export interface WorkerPort {
  postMessage(message: MonteCarloMessage): void;
  terminate(): void;
  onmessage: ((event: { readonly data: MonteCarloReply }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
}

/** Hears a run's bands, once its summary has come: null when the worker failed to compute them. */
export type BandsListener = (bands: CurveBands | null) => void;

export interface MonteCarloClient {
  /**
   * The run's summary; null when a later `run` superseded this one before it was sent. Its bands
   * go to `onBands` after the summary (never for a superseded run, nor after a dispose).
   */
  run(job: MonteCarloJob, onBands?: BandsListener): Promise<UncertaintySummary | null>;
  /** Stops the worker; pending runs resolve to null. The next `run` starts a new worker. */
  dispose(): void;
}

function startWorker(): WorkerPort {
  return new Worker(new URL('../worker/monte-carlo.worker.ts', import.meta.url), {
    type: 'module',
    name: 'monte-carlo',
  }) as unknown as WorkerPort;
}

interface Pending {
  readonly resolve: (summary: UncertaintySummary | null) => void;
  readonly reject: (error: Error) => void;
  readonly onBands: BandsListener | undefined;
}

export function createMonteCarloClient(
  createWorker: () => WorkerPort = startWorker,
  schedule: (send: () => void) => void = afterNextPaint,
): MonteCarloClient {
  let worker: WorkerPort | null = null;
  let sendScheduled = false;
  let nextId = 1;
  /** The run in the worker: its summary is on the way, or (phase 'bands') its bands are. */
  let inFlight: (Pending & { readonly id: number; readonly phase: 'summary' | 'bands' }) | null =
    null;
  let waiting: (Pending & { readonly job: MonteCarloJob }) | null = null;

  function stop() {
    worker?.terminate();
    worker = null;
  }

  function port(): WorkerPort {
    if (worker) return worker;
    const started = createWorker();
    started.onmessage = (event) => receive(event.data);
    started.onerror = (event) => fail(new Error(event.message || 'The Monte Carlo worker failed.'));
    worker = started;
    return started;
  }

  function sendWaiting() {
    if (inFlight || !waiting) return;
    const { job, resolve, reject, onBands } = waiting;
    waiting = null;
    const id = nextId;
    nextId += 1;
    inFlight = { id, resolve, reject, onBands, phase: 'summary' };
    port().postMessage({ id, scenario: job.scenario, ranges: job.ranges, sampling: job.sampling });
  }

  /** Sends the waiting run at the scheduled moment (once, whatever arrives before it). */
  function scheduleSend() {
    if (sendScheduled || inFlight || !waiting) return;
    sendScheduled = true;
    schedule(() => {
      sendScheduled = false;
      sendWaiting();
    });
  }

  /**
   * At the scheduled moment, asks for the bands of the run `id`, if it is still the worker's; or,
   * when a newer run is waiting (a drag), sends that run instead: the figures follow the thumb
   * without waiting for bands that a step later would be out of date, and the charts keep the
   * last bands until the thumb rests.
   */
  function scheduleBands(id: number) {
    schedule(() => {
      if (!worker || inFlight?.id !== id || inFlight.phase !== 'bands') return;
      if (waiting) {
        inFlight = null;
        sendWaiting();
      } else {
        worker.postMessage({ kind: 'bands', id });
      }
    });
  }

  function receive(reply: MonteCarloReply) {
    if (!inFlight || reply.id !== inFlight.id) return;
    const run = inFlight;
    if (reply.kind === 'bands') {
      if (run.phase !== 'bands') return;
      inFlight = null;
      run.onBands?.(reply.ok ? reply.bands : null);
      scheduleSend();
      return;
    }
    if (run.phase !== 'summary') return;
    if (!reply.ok) {
      inFlight = null;
      run.reject(new Error(reply.error));
      scheduleSend();
      return;
    }
    // The worker stays this run's until its bands are sent: a waiting run goes after them.
    inFlight = { ...run, phase: 'bands' };
    run.resolve(reply.summary);
    scheduleBands(run.id);
  }

  /**
   * The worker itself failed (its code did not load, or it crashed): both runs fail with it, and
   * a run whose summary came gets no bands (null).
   */
  function fail(error: Error) {
    stop();
    const failed = [inFlight, waiting];
    inFlight = null;
    waiting = null;
    for (const pending of failed) {
      if (pending && 'phase' in pending && pending.phase === 'bands') pending.onBands?.(null);
      else pending?.reject(error);
    }
  }

  return {
    run(job, onBands) {
      return new Promise((resolve, reject) => {
        waiting?.resolve(null);
        waiting = { job, resolve, reject, onBands };
        scheduleSend();
      });
    },
    dispose() {
      stop();
      const pending = [inFlight, waiting];
      inFlight = null;
      waiting = null;
      for (const entry of pending) entry?.resolve(null);
    },
  };
}
