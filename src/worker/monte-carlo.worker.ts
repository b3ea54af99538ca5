/**
 * The Monte Carlo worker: the page sends a MonteCarloRequest, the worker replies with the run's
 * summary (src/model/uncertainty.ts), and its bands when the page asks (./monte-carlo-handler.ts). Sampling 10,000–100,000 scenarios takes tens of
 * milliseconds, so it runs here, off the main thread, and a drag never waits for it. Loaded by
 * src/app/monte-carlo-client.ts the first time a range needs it.
 */
import { createMonteCarloHandler } from './monte-carlo-handler';

// The worker's global scope; typed by hand because the app is compiled with the DOM library.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
};

/** How long the worker waits after a message before it starts the work. */
const START_DELAY_MS = 2;

const handle = createMonteCarloHandler();
scope.onmessage = (event) => {
  // The work starts in a task of its own, a moment after the message. The page posts from a
  // callback that has almost nothing left to do, but on a machine with two cores this thread,
  // woken by the message and busy for 10–30 ms, took the processor from the page's thread before
  // that callback could return: on the benchmark's five-range link the callback that posts took
  // about 0.2 ms of processor time and 1.3 ms on the clock (p95 4.6 ms). Waking only to set a
  // timer lets it return first: 0.5 ms on the clock (p95 2.5 ms), for 2 ms more before the chances.
  // Messages keep their order: timers of equal delay fire in the order they were set.
  const message: unknown = event.data;
  setTimeout(() => handle(message, (reply) => scope.postMessage(reply)), START_DELAY_MS);
};
