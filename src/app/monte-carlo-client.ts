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
 * A run has two replies (src/worker/monte-carlo-handler.ts): its summary, then its bands, which
 * the client asks for as soon as the summary comes. The summary is held until the bands come, and
 * the run's `onBands` hears them just before its promise settles, so the page renders both in one
 * commit (uncertainty-runs.ts). Why: rendering them apart cost the main thread a second commit,
 * task and frame per step; together, on the benchmark's five-range link (a fresh page per slider,
 * four sliders, 40 steps each, three runs of each build), the JavaScript per input fell from
 * 6.4–6.8 to 5.3–5.9 ms at the median and from 9.8–11.3 to 8.9–9.4 ms at p95, the bands reached
 * the screen sooner (median 66 → 50 ms) and the chances a little later (p95 52–54 → 68–70 ms,
 * under their 100 ms budget).
 *
 * During a drag the figures still follow at the pace of the summaries alone: if a newer run is
 * waiting when a summary comes, the summary settles at once, the older run gets no bands and the
 * newer run goes (after the next paint); a run asked for while bands are computed releases the
 * held summary at once, and the bands follow it. The worker is the run's until its bands come.
 * Bands that failed give null (the charts then draw no band).
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

/**
 * Hears a run's bands: null when the worker failed to compute them. Called just before the run's
 * promise settles with its summary, or after it when the summary was released early.
 */
export type BandsListener = (bands: CurveBands | null) => void;

export interface MonteCarloClient {
  /**
   * The run's summary; null when a later `run` superseded this one before it was sent. Its bands
   * go to `onBands`, just before the summary or after it (never for a superseded run, nor after
   * a dispose).
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
  /**
   * The run in the worker: its summary is on the way, or (phase 'bands') its bands are, with its
   * summary held until they come (`held`: null once it was released).
   */
  let inFlight:
    | (Pending & { readonly id: number; readonly phase: 'summary' })
    | (Pending & { readonly id: number; readonly phase: 'bands'; held: UncertaintySummary | null })
    | null = null;
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

  /** Settles the promise of a run whose summary was held for its bands. */
  function release(run: Pending & { held: UncertaintySummary | null }) {
    const summary = run.held;
    run.held = null;
    if (summary !== null) run.resolve(summary);
  }

  function receive(reply: MonteCarloReply) {
    if (!inFlight || reply.id !== inFlight.id) return;
    const run = inFlight;
    if (reply.kind === 'bands') {
      if (run.phase !== 'bands') return;
      inFlight = null;
      run.onBands?.(reply.ok ? reply.bands : null);
      release(run);
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
    // A newer run waits (a drag): the figures take this summary now, without bands that a step
    // later would be out of date; the charts keep the last bands until the thumb rests.
    if (waiting) {
      inFlight = null;
      run.resolve(reply.summary);
      scheduleSend();
      return;
    }
    // The worker stays this run's until its bands are sent: a run asked for meanwhile goes after.
    inFlight = { ...run, phase: 'bands', held: reply.summary };
    port().postMessage({ kind: 'bands', id: run.id });
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
      if (pending && 'phase' in pending && pending.phase === 'bands') {
        pending.onBands?.(null);
        release(pending);
      } else {
        pending?.reject(error);
      }
    }
  }

  return {
    run(job, onBands) {
      return new Promise((resolve, reject) => {
        waiting?.resolve(null);
        waiting = { job, resolve, reject, onBands };
        // The figures need not wait for bands of a run a step behind.
        if (inFlight?.phase === 'bands') release(inFlight);
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
